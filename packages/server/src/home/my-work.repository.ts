// The reads behind "Việc của tôi": for each kind of work, how many and the first few, each a
// bounded query on an indexed column (report_answer_fact by unit and due date, matter by unit and
// state or assignee, the session by unit and date), so the home page costs the same at 50 matters
// as at 50,000.
import { sql } from 'kysely';
import type { Q } from '../shared/query.js';

export interface Counted<T> {
  count: number;
  items: T[];
}
export interface DueRow {
  matterId: string;
  content: string;
  due: string;
  official: string | null;
}

const counted = async <T>(
  count: Promise<{ n: number | string | bigint } | undefined>,
  items: Promise<T[]>,
): Promise<Counted<T>> => {
  const [c, i] = await Promise.all([count, items]);
  return { count: Number(c?.n ?? 0), items: i };
};

export interface DueFilter {
  /** Only items due before this day (overdue), or from/to inclusive (due soon). */
  before?: string;
  from?: string;
  to?: string;
  /** Only matters assigned to these people (an official's own); undefined: every matter of the unit. */
  personIds?: string[];
  /** Only matters nobody is assigned to. */
  unassigned?: boolean;
}

/** Follow-up items of the unit still owing an answer (not answered, not escalated), by due date in force. */
export function openItemsDue(
  db: Q,
  unitId: string,
  f: DueFilter,
  limit: number,
): Promise<Counted<DueRow>> {
  // The open items only (report_fact_open_idx, migration 0024: its condition is written here as
  // there), in due-date order: a page stops after `limit`.
  // Nobody named: the few unassigned followed-up matters lead (matter_assignee_due_idx, then
  // report_fact_open_matter_idx; a cross join keeps SQLite from walking every open item to find them).
  let q = (
    f.unassigned
      ? db
          .selectFrom('matter as m')
          .crossJoin('report_answer_fact as f')
          .whereRef('f.matter_id', '=', 'm.id')
          .where(sql<boolean>`m.assignee_person_id is null and m.follow_up_due is not null`)
      : db.selectFrom('report_answer_fact as f').innerJoin('matter as m', 'm.id', 'f.matter_id')
  )
    .where('f.unit_id', '=', unitId)
    .where(sql<boolean>`f.answered_on is null and f.escalated_on is null`);
  let s = db.selectFrom('report_answer_summary as s').where('s.unit_id', '=', unitId);
  if (f.before) {
    q = q.where('f.due_date', '<', f.before);
    s = s.where('s.due_date', '<', f.before);
  }
  if (f.from) {
    q = q.where('f.due_date', '>=', f.from);
    s = s.where('s.due_date', '>=', f.from);
  }
  if (f.to) {
    q = q.where('f.due_date', '<=', f.to);
    s = s.where('s.due_date', '<=', f.to);
  }
  if (f.personIds)
    q = f.personIds.length
      ? q.where('m.assignee_person_id', 'in', f.personIds)
      : q.where(sql<boolean>`1 = 0`);
  // Every item of the unit: the kept summary's open figures (a row per due date), not the items.
  const count =
    f.personIds || f.unassigned
      ? q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst()
      : s.select(sql<number>`coalesce(sum(s.open), 0)`.as('n')).executeTakeFirst();
  return counted(
    count,
    q
      .leftJoin('person as p', 'p.id', 'm.assignee_person_id')
      .select(['m.id', 'm.content', 'f.due_date', 'p.full_name'])
      .orderBy('f.due_date')
      .orderBy('f.matter_id')
      .limit(limit)
      .execute()
      .then((rows) =>
        rows.map((r) => ({
          matterId: r.id,
          content: r.content,
          due: r.due_date,
          official: r.full_name,
        })),
      ),
  );
}

export interface MatterRow {
  matterId: string;
  content: string;
  received: string;
}

/** Matters still waiting for a confirmed field (state 'received'), newest first. */
export function unclassifiedMatters(
  db: Q,
  unitId: string,
  limit: number,
): Promise<Counted<MatterRow>> {
  const q = db.selectFrom('matter').where('unit_id', '=', unitId).where('state', '=', 'received');
  return counted(
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
    q
      .select(['id', 'content', 'received_on'])
      .orderBy('seq', 'desc')
      .limit(limit)
      .execute()
      .then((rows) =>
        rows.map((r) => ({ matterId: r.id, content: r.content, received: r.received_on })),
      ),
  );
}

export interface AnswerRow {
  matterId: string;
  content: string;
  official: string;
  submittedAt: string | null;
}

/** Written answers submitted and waiting for the chair's approval, oldest first. */
export function submittedAnswers(
  db: Q,
  unitId: string,
  limit: number,
): Promise<Counted<AnswerRow>> {
  const q = db
    .selectFrom('matter_answer as a')
    .innerJoin('matter as m', 'm.id', 'a.matter_id')
    .where('a.unit_id', '=', unitId)
    .where('a.state', '=', 'submitted');
  return counted(
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
    q
      .select(['m.id', 'm.content', 'a.official_name', 'a.submitted_at'])
      .orderBy('a.submitted_at')
      .limit(limit)
      .execute()
      .then((rows) =>
        rows.map((r) => ({
          matterId: r.id,
          content: r.content,
          official: r.official_name,
          submittedAt: r.submitted_at,
        })),
      ),
  );
}

export interface AssignedRow {
  matterId: string;
  content: string;
  state: string;
  due: string | null;
}

/** States in which a matter waits for its official: an answer to prepare before the session, or the written answer after it. */
export const answerOwedStates = ['assigned', 'in-follow-up', 'complex'] as const;

/** Matters of the unit assigned to these people that still owe an answer; the earliest due first. */
export function assignedMatters(
  db: Q,
  unitId: string,
  personIds: string[],
  limit: number,
): Promise<Counted<AssignedRow>> {
  if (!personIds.length) return Promise.resolve({ count: 0, items: [] });
  const q = db
    .selectFrom('matter as m')
    .where('m.unit_id', '=', unitId)
    .where('m.assignee_person_id', 'in', personIds)
    .where('m.state', 'in', [...answerOwedStates]);
  const due = sql<
    string | null
  >`coalesce((select min(f.due_date) from report_answer_fact f where f.matter_id = m.id and f.answered_on is null and f.escalated_on is null), m.prepare_by)`;
  return counted(
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
    q
      .select(['m.id', 'm.content', 'm.state', due.as('due')])
      .orderBy(sql`case when ${due} is null then 1 else 0 end`)
      .orderBy(due)
      .orderBy('m.seq')
      .limit(limit)
      .execute()
      .then((rows) =>
        rows.map((r) => ({ matterId: r.id, content: r.content, state: r.state, due: r.due })),
      ),
  );
}

export interface SessionRow {
  id: string;
  round: number | null;
  state: string;
  date: string | null;
  heldBy: string | null;
  heldOn: string | null;
}

/** Sessions of the unit with a notice to issue: scheduled (public notice) or held (conclusion notice). */
export async function sessionsOwingNotice(db: Q, unitId: string): Promise<SessionRow[]> {
  const rows = await db
    .selectFrom('dialogue_session')
    .select(['id', 'round', 'state', 'date', 'held_by', 'held_on'])
    .where('unit_id', '=', unitId)
    .where('state', 'in', ['scheduled', 'held'])
    .orderBy('date')
    .limit(10)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    round: r.round === null ? null : Number(r.round),
    state: r.state,
    date: r.date,
    heldBy: r.held_by,
    heldOn: r.held_on,
  }));
}

/** Does the unit have an issued plan for this year? (The first step of the round.) */
export async function hasIssuedPlan(db: Q, unitId: string, year: number): Promise<boolean> {
  const row = await db
    .selectFrom('plan')
    .select('id')
    .where('unit_id', '=', unitId)
    .where('year', '=', year)
    .where('state', '!=', 'draft')
    .limit(1)
    .executeTakeFirst();
  return !!row;
}

export interface CommuneRow {
  unitId: string;
  name: string;
  overdue: number;
}

/** Units below this one with follow-up items past due and unanswered, most first (the oversight's summary table). */
export function lateCommunes(
  db: Q,
  unitId: string,
  unitPath: string,
  today: string,
  limit: number,
): Promise<Counted<CommuneRow>> {
  const late = db
    .selectFrom('report_answer_summary as s')
    .where('s.unit_path', 'like', `${unitPath}%`)
    .where('s.unit_id', '!=', unitId)
    .where('s.due_date', '<', today)
    .where('s.open', '>', 0);
  return counted(
    late.select(sql<number>`count(distinct s.unit_id)`.as('n')).executeTakeFirst(),
    late
      .innerJoin('unit as u', 'u.id', 's.unit_id')
      .select(['s.unit_id', 'u.name', sql<number>`sum(s.open)`.as('overdue')])
      .groupBy(['s.unit_id', 'u.name'])
      .orderBy(sql`sum(s.open)`, 'desc')
      .orderBy('u.name')
      .limit(limit)
      .execute()
      .then((rows) =>
        rows.map((r) => ({ unitId: r.unit_id, name: r.name, overdue: Number(r.overdue) })),
      ),
  );
}
