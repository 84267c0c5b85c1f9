// One page of the follow-up worklist, read as an index range (issue 17). The worklist ranks by
// urgency, the profile's reminder stage of the due date in force, which only grows more urgent as
// the due date is earlier: the rank is the due date itself, kept on the matter (follow_up_due,
// migration 0024), then the matter's seq. Two sources, each walked in that order and stopped at
// the page's end, then merged:
// - matters in follow-up, complex or escalated: matter_follow_up_due_idx, one range per unit of
//   the subtree (a range per unit keeps the order; one range over many units must be sorted);
// - responded matters with letters still to send: from answer_letter_unsent_idx.
// A matter counts only with a conclusion item (the latest one gives its session and round).
// The count stops at COUNT_CAP, as the opinion list's does.
import type { FollowUpFilter } from '@doithoai/core';
import { sql, type RawBuilder } from 'kysely';
import { followUpIndexedStates } from '../db/migrations/0024-matter-follow-up-due.js';
import { COUNT_CAP } from '../opinion/opinion-search.repository.js';
import { scopeCondition, type Scope } from '../opinion/matter-scope.repository.js';
import type { Q } from '../shared/query.js';

/** Above this many units in the subtree (a district, a province), one range over all of them, sorted. */
const RANGE_PER_UNIT_MAX = 64;

export interface WorklistPage {
  ids: string[];
  total: number;
  totalCapped: boolean;
}

export async function worklistPage(
  db: Q,
  q: {
    unitPath: string;
    scope: Scope;
    filter: FollowUpFilter;
    today: string;
    offset: number;
    limit: number;
  },
): Promise<WorklistPage> {
  const { filter: f } = q;
  const units = (
    await db.selectFrom('unit').select('id').where('path', 'like', `${q.unitPath}%`).execute()
  ).map((u) => u.id);
  if (!units.length) return { ids: [], total: 0, totalCapped: false };
  // follow_up_due is set only on matters with a conclusion item, which the worklist requires.
  const c: RawBuilder<unknown>[] = [sql`m.follow_up_due is not null`];
  // Reading the whole unit: every matter of the subtree is in scope, nothing to check per row.
  const scoped = !q.scope.read.some((p) => q.unitPath.startsWith(p));
  if (scoped) c.push(scopeCondition(q.scope));
  if (f.official) c.push(sql`m.assignee_person_id = ${f.official}`);
  if (f.unassigned === '1') c.push(sql`m.assignee_person_id is null`);
  if (f.field) c.push(sql`m.field = ${f.field}`);
  if (f.village) c.push(sql`m.village_id = ${f.village}`);
  if (f.overdue === '1') c.push(sql`m.follow_up_due < ${q.today}`);
  if (f.session !== undefined || f.round !== undefined) {
    // The latest conclusion item (by created_at, then id) gives the session and the round.
    const item: RawBuilder<unknown>[] = [
      sql`ci.matter_id = m.id`,
      sql`not exists (select 1 from conclusion_item c2 where c2.matter_id = ci.matter_id and (c2.created_at > ci.created_at or (c2.created_at = ci.created_at and c2.id > ci.id)))`,
    ];
    if (f.session !== undefined) item.push(sql`ci.session_id = ${f.session}`);
    if (f.round !== undefined) item.push(sql`s.round = ${f.round}`);
    c.push(
      sql`exists (select 1 from conclusion_item ci join dialogue_session s on s.id = ci.session_id where ${sql.join(item, sql` and `)})`,
    );
  }
  const where = sql.join(c, sql` and `);
  const unitIs = (u: string[]) =>
    u.length === 1 ? sql`m.unit_id = ${u[0]}` : sql`m.unit_id in (${sql.join(u)})`;
  // In follow-up: the partial index's own condition, written as in migration 0024 (literals).
  const joinUnit = scoped ? sql`join unit u on u.id = m.unit_id` : sql``;
  const inFollowUp = (u: string[]) =>
    sql`from matter m ${joinUnit} where ${unitIs(u)} and ${sql.raw(`m.state in (${followUpIndexedStates})`)} and ${where}`;
  // Letters to send: the few unsent letters lead (a cross join keeps SQLite from walking the unit's answered matters instead).
  const lettersToSend = (
    u: string[],
  ) => sql`from (select distinct l.matter_id from answer_letter l where l.sent_on is null) ul cross join matter m ${joinUnit}
    where m.id = ul.matter_id and ${unitIs(u)} and m.state = 'responded' and ${where}`;

  const end = q.offset + q.limit;
  const ranged = (from: RawBuilder<unknown>) =>
    sql`select * from (select m.id, m.seq, m.follow_up_due as due ${from} order by m.follow_up_due, m.seq limit ${end}) r`;
  const perUnit = units.length <= RANGE_PER_UNIT_MAX ? units.map((u) => [u]) : [units];
  const branches = [...perUnit.map((u) => ranged(inFollowUp(u))), ranged(lettersToSend(units))];
  type Row = { id: string; seq: number | string; due: string };
  const page = sql<Row>`select x.id, x.seq, x.due from (${sql.join(branches, sql` union all `)}) x order by x.due, x.seq limit ${q.limit} offset ${q.offset}`;
  const counted = (from: RawBuilder<unknown>) =>
    sql<{
      n: number | string;
    }>`select count(*) as n from (select 1 as one ${from} limit ${COUNT_CAP + 1}) k`;
  const [rows, a, b] = await Promise.all([
    page.execute(db),
    counted(inFollowUp(units)).execute(db),
    counted(lettersToSend(units)).execute(db),
  ]);
  const n = Number(a.rows[0]?.n ?? 0) + Number(b.rows[0]?.n ?? 0);
  return {
    ids: rows.rows.map((r) => r.id),
    total: Math.min(n, COUNT_CAP),
    totalCapped: n > COUNT_CAP,
  };
}

/** The page's rows: each matter with its conclusion items (a matter carried over twice has two, oldest first). */
export async function worklistRows(db: Q, ids: readonly string[]) {
  if (!ids.length) return [];
  return db
    .selectFrom('matter as m')
    .innerJoin('conclusion_item as ci', 'ci.matter_id', 'm.id')
    .innerJoin('dialogue_session as s', 's.id', 'ci.session_id')
    .leftJoin('person as p', 'p.id', 'm.assignee_person_id')
    .leftJoin('unit as v', 'v.id', 'm.village_id')
    .select([
      'm.id',
      'm.content',
      'm.field',
      'm.state',
      'm.assignee_person_id',
      'm.village_id',
      'v.name as village_name',
      'p.full_name as official_name',
      'ci.session_id',
      'ci.responsible',
      's.round',
    ])
    .where('m.id', 'in', ids)
    .orderBy('ci.created_at')
    .orderBy('ci.id')
    .execute();
}

/** The latest answer's state of each matter (an approved one on a 'responded' matter: letters to send). */
export async function answerStates(db: Q, ids: readonly string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const answers = await db
    .selectFrom('matter_answer')
    .select(['matter_id', 'state'])
    .where('matter_id', 'in', ids)
    .orderBy('created_at')
    .execute();
  return new Map(answers.map((a) => [a.matter_id, a.state]));
}

/** The answer letters not yet sent, one row per letter. */
export async function unsentLetters(db: Q, ids: readonly string[]) {
  if (!ids.length) return [];
  return db
    .selectFrom('answer_letter')
    .select('matter_id')
    .where('matter_id', 'in', ids)
    .where('sent_on', 'is', null)
    .execute();
}
