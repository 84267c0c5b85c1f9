// The unit dashboard's reads: matters counted by field, source, village and state (the kept
// per-month summary, 0026, or the received-day index for partial months), the follow-up figures
// per due date (report_answer_summary, 0016) and the overdue items, and the current round's
// session with its items summed (0024).
import { sql } from 'kysely';
import type { Q } from '../shared/query.js';
import { isWholeArea, type Area } from './dashboard-scope.js';
import { inArea } from './area.repository.js';

/** Open items past their due date, oldest first, with the matter and the official in charge. */
export async function overdueFacts(db: Q, area: Area, today: string, limit: number) {
  return db
    .selectFrom('report_answer_fact as f')
    .innerJoin('matter as m', 'm.id', 'f.matter_id')
    .leftJoin('person as p', 'p.id', 'm.assignee_person_id')
    .select(['f.matter_id', 'f.session_id', 'f.due_date', 'm.content', 'm.field', 'p.full_name'])
    .where(inArea(area, 'f.unit_id', 'f.unit_path'))
    .where('f.answered_on', 'is', null)
    .where('f.escalated_on', 'is', null)
    .where('f.due_date', '<', today)
    .orderBy('f.due_date')
    .limit(limit)
    .execute();
}

/** Matters received in whole months ('YYYY-MM'), from the kept summary, by dimension and bucket. */
export async function keptMatterCounts(db: Q, area: Area, months: { from: string; to: string }) {
  let query = db
    .selectFrom('dashboard_matter_summary')
    .select(['dimension', 'bucket', (eb) => eb.fn.sum<number | string>('n').as('n')])
    .where(inArea(area, 'unit_id'));
  // A province's figures are by commune (keptMatterCountsByUnit), not by its thousands of villages.
  if (isWholeArea(area)) query = query.where('dimension', '!=', 'village');
  return query
    .where('month', '>=', months.from)
    .where('month', '<=', months.to)
    .groupBy(['dimension', 'bucket'])
    .execute();
}

/** Matters received in [from, to] (merged ones left out), counted by field, source, village and state. */
export async function receivedMatterCounts(db: Q, area: Area, from: string, to: string) {
  return db
    .selectFrom('matter')
    .select([
      'unit_id',
      'field',
      'source',
      'village_id',
      'state',
      (eb) => eb.fn.countAll<number | string>().as('n'),
    ])
    .where(inArea(area, 'unit_id'))
    .where('received_on', '>=', from)
    .where('received_on', '<=', to)
    .where('state', '!=', 'merged')
    .groupBy(['unit_id', 'field', 'source', 'village_id', 'state'])
    .execute();
}

/** The area's follow-up figures for each due date in [from, to] (a province's communes summed). */
export async function answerDays(db: Q, area: Area, from: string, to: string) {
  return db
    .selectFrom('report_answer_summary')
    .select((eb) => [
      'due_date',
      eb.fn.sum<number | string>('on_time').as('on_time'),
      eb.fn.sum<number | string>('late').as('late'),
      eb.fn.sum<number | string>('escalated').as('escalated'),
      eb.fn.sum<number | string>('open').as('open'),
    ])
    .where(inArea(area, 'unit_id', 'unit_path'))
    .where('due_date', '>=', from)
    .where('due_date', '<=', to)
    .groupBy('due_date')
    .execute();
}

/** Matters received in whole months, by the unit they belong to (a province's figures by commune). */
export async function keptMatterCountsByUnit(
  db: Q,
  area: Area,
  months: { from: string; to: string },
) {
  return db
    .selectFrom('dashboard_matter_summary as s')
    .innerJoin('unit as u', 'u.id', 's.unit_id')
    .select(['s.unit_id', 'u.name', (eb) => eb.fn.sum<number | string>('s.n').as('n')])
    .where(inArea(area, 's.unit_id'))
    .where('s.dimension', '=', 'state')
    .where('s.month', '>=', months.from)
    .where('s.month', '<=', months.to)
    .groupBy(['s.unit_id', 'u.name'])
    .execute();
}

/** How many of the unit's items are still open with their due date before the day. */
export async function openDueBefore(db: Q, area: Area, day: string): Promise<number> {
  const row = await db
    .selectFrom('report_answer_summary')
    .select((eb) => eb.fn.sum<number | string>('open').as('n'))
    .where(inArea(area, 'unit_id', 'unit_path'))
    .where('due_date', '<', day)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

const roundColumns = [
  'id',
  'round',
  'state',
  'held_by',
  'date',
  'scheduled_on',
  'notice_date',
  'held_on',
  'conclusion_date',
] as const;

/** The unit's session with the latest date, or, when none has a date, the first to be held. */
export async function latestSession(db: Q, unitId: string) {
  return (
    (await db
      .selectFrom('dialogue_session')
      .select(roundColumns)
      .where('unit_id', '=', unitId)
      .where('date', 'is not', null)
      .orderBy('date', 'desc')
      .limit(1)
      .executeTakeFirst()) ??
    (await db
      .selectFrom('dialogue_session')
      .select(roundColumns)
      .where('unit_id', '=', unitId)
      .orderBy('held_by')
      .limit(1)
      .executeTakeFirst())
  );
}

/** A session's items summed in the database, from a covering index (0024). */
export async function sessionItemSums(db: Q, sessionId: string) {
  const open = sql`f.answered_on is null and f.escalated_on is null`;
  return db
    .selectFrom('report_answer_fact as f')
    .where('f.session_id', '=', sessionId)
    .select([
      sql<number | string>`count(*)`.as('items'),
      sql<number | string | null>`sum(case when ${open} then 1 else 0 end)`.as('open'),
      sql<string | null>`min(case when ${open} then f.due_date end)`.as('open_due'),
      sql<string | null>`max(f.due_date)`.as('last_due'),
      sql<string | null>`max(coalesce(f.answered_on, f.escalated_on))`.as('done'),
    ])
    .executeTakeFirstOrThrow();
}
