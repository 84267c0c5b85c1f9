// The rows behind a dashboard figure: a page of the unit's matters received in the period under
// the figure's filters (newest first), or a page of its follow-up facts in one answer status
// (earliest due first), and the matters those facts name. Each page starts after the last key of
// the page before, so it costs its own rows.
import type { AnswerStatus } from '@doithoai/core';
import type { Q } from '../shared/query.js';
import type { Area } from './dashboard-scope.js';
import { inArea } from './area.repository.js';

const matterRows = (db: Q, area: Area) =>
  db
    .selectFrom('matter as m')
    .leftJoin('unit as v', 'v.id', 'm.village_id')
    .leftJoin('person as p', 'p.id', 'm.assignee_person_id')
    .select([
      'm.id',
      'm.seq',
      'm.content',
      'm.field',
      'm.source',
      'v.name as village',
      'm.state',
      'm.received_on',
      'p.full_name as official',
    ])
    .where(inArea(area, 'm.unit_id'));

/** The area's matters with these ids, as a list row. */
export async function dashboardMatterRows(db: Q, area: Area, ids: readonly string[]) {
  return matterRows(db, area).where('m.id', 'in', ids).execute();
}

export interface ReceivedFilter {
  from: string;
  to: string;
  /** '' for "none". */
  field?: string;
  source?: string;
  /** '' for "none". */
  villageId?: string;
  state?: string;
  /** A province's or a district's figure by commune: that commune's matters. */
  communeId?: string;
}

/** A page of the matters received in the period (merged ones left out), newest first. */
export async function receivedMattersPage(
  db: Q,
  area: Area,
  f: ReceivedFilter,
  page: { after: { day: string; seq: number } | null; limit: number },
) {
  let query = matterRows(db, area)
    .where('m.received_on', '>=', f.from)
    .where('m.received_on', '<=', f.to)
    .where('m.state', '!=', 'merged');
  if (f.field !== undefined)
    query =
      f.field === '' ? query.where('m.field', 'is', null) : query.where('m.field', '=', f.field);
  if (f.source) query = query.where('m.source', '=', f.source);
  if (f.villageId !== undefined)
    query =
      f.villageId === ''
        ? query.where('m.village_id', 'is', null)
        : query.where('m.village_id', '=', f.villageId);
  if (f.state) query = query.where('m.state', '=', f.state);
  if (f.communeId) query = query.where('m.unit_id', '=', f.communeId);
  // The latest entered first within a day; the next page after the last (day, seq).
  const after = page.after;
  if (after)
    query = query.where((eb) =>
      eb.or([
        eb('m.received_on', '<', after.day),
        eb.and([eb('m.received_on', '=', after.day), eb('m.seq', '<', after.seq)]),
      ]),
    );
  return query
    .orderBy('m.received_on', 'desc')
    .orderBy('m.seq', 'desc')
    .limit(page.limit)
    .execute();
}

/**
 * A page of the unit's follow-up facts due in [from, to] in one answer status, earliest due first.
 * The status is chosen here (answerStatus's rules written as conditions on the fact's dates), so
 * only the wanted items are read, not the period's.
 */
export async function answerFactsPage(
  db: Q,
  area: Area,
  f: { from: string; to: string; answer: AnswerStatus; today: string },
  page: { after: [string, string] | null; limit: number },
) {
  let facts = db
    .selectFrom('report_answer_fact')
    .select(['matter_id', 'due_date', 'answered_on', 'escalated_on'])
    .where(inArea(area, 'unit_id', 'unit_path'))
    .where('due_date', '>=', f.from)
    .where('due_date', '<=', f.to);
  if (f.answer === 'on-time' || f.answer === 'late') {
    facts = facts
      .where('answered_on', 'is not', null)
      .where('answered_on', f.answer === 'on-time' ? '<=' : '>', (eb) => eb.ref('due_date'));
  } else {
    facts = facts
      .where('answered_on', 'is', null)
      .where('escalated_on', f.answer === 'escalated' ? 'is not' : 'is', null);
    if (f.answer === 'overdue') facts = facts.where('due_date', '<', f.today);
    if (f.answer === 'open') facts = facts.where('due_date', '>=', f.today);
  }
  // The next page after the last (due date, matter) of this one.
  const after = page.after;
  if (after)
    facts = facts.where((eb) =>
      eb.or([
        eb('due_date', '>', after[0]),
        eb.and([eb('due_date', '=', after[0]), eb('matter_id', '>', after[1])]),
      ]),
    );
  return facts.orderBy('due_date').orderBy('matter_id').limit(page.limit).execute();
}
