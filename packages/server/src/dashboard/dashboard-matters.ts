// The list behind a figure of the unit dashboard: the same filters the counts were made with
// (field, source, village, state in the period; or an answer status, optionally in one month of
// due dates). Matters only: no petitioner's name or contact here.
// One page at a time (issue 17): newest received first, or by due date for an answer status; the
// next page starts after the last row's key (`next`), so a page costs its own rows, never the
// history (a year's "on time" was 3.8 MB and 321 ms at 100,000 matters, unpaged).
import {
  DomainError,
  answerStatus,
  answerStatuses,
  type Actor,
  type AnswerStatus,
} from '@doithoai/core';
import { z } from 'zod';
import type { Db } from '../db/open-database.js';
import { todayInVietnam, type Clock } from '../shared/clock.js';
import { periodOf, unitInScope } from './dashboard-scope.js';

export const DashboardListQuery = z.object({
  from: z.string().max(10).optional(),
  to: z.string().max(10).optional(),
  year: z.coerce.number().int().min(1900).max(2100).optional(),
  field: z.string().max(64).optional(),
  source: z.string().max(64).optional(),
  villageId: z.string().max(64).optional(),
  state: z.string().max(64).optional(),
  answer: z.enum(answerStatuses as [AnswerStatus, ...AnswerStatus[]]).optional(),
  /** With `answer`: items due in this month ('YYYY-MM') instead of the period. */
  month: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .optional(),
  /** Rows in a page (default DASHBOARD_PAGE). */
  limit: z.coerce.number().int().min(1).max(500).optional(),
  /** The `next` of the page before. */
  after: z.string().max(200).optional(),
});
export type DashboardListQuery = z.infer<typeof DashboardListQuery>;

export interface DashboardMatter {
  id: string;
  content: string;
  field: string | null;
  source: string;
  village: string | null;
  state: string;
  receivedOn: string;
  official: string | null;
  due: string | null;
  answeredOn: string | null;
  answer: AnswerStatus | null;
}

export const DASHBOARD_PAGE = 50;
/** The Excel of a list holds at most this many rows (a year's figure at 100,000 matters is ~20,000). */
export const DASHBOARD_EXPORTED = 20_000;

const badAfter = () =>
  new DomainError('VALIDATION', undefined, [
    {
      field: 'after',
      message: {
        vi: 'Trường «after»: không phải mốc trang danh sách này đưa ra',
        en: "Field 'after': not a page key this list gave",
      },
    },
  ]);

/** A page's last key, as `next`: two parts joined by a character neither holds (dates, ids, seq). */
const keyOf = (a: string | number, b: string | number) => `${a}~${b}`;
function afterKey(after: string | undefined): [string, string] | null {
  if (!after) return null;
  const i = after.indexOf('~');
  if (i <= 0 || i === after.length - 1) throw badAfter();
  return [after.slice(0, i), after.slice(i + 1)];
}

export async function dashboardMatters(
  { db, clock }: { db: Db; clock?: Clock },
  actor: Actor,
  unitId: string,
  q: DashboardListQuery,
): Promise<{ items: DashboardMatter[]; next: string | null }> {
  const k = db.kysely;
  await unitInScope(k, actor, unitId, 'opinion.read');
  const today = todayInVietnam(clock);
  const period = periodOf(q, today);
  const limit = q.limit ?? DASHBOARD_PAGE;
  const after = afterKey(q.after);
  let query = k
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
    .where('m.unit_id', '=', unitId);
  if (q.answer) {
    const from = q.month ? `${q.month}-01` : period.from;
    const to = q.month ? `${q.month}-31` : period.to;
    // The status is chosen in the database (answerStatus's rules, written as conditions on the
    // fact's dates), so only the wanted items are read, not the period's.
    let facts = k
      .selectFrom('report_answer_fact')
      .select(['matter_id', 'due_date', 'answered_on', 'escalated_on'])
      .where('unit_id', '=', unitId)
      .where('due_date', '>=', from)
      .where('due_date', '<=', to);
    if (q.answer === 'on-time' || q.answer === 'late') {
      facts = facts
        .where('answered_on', 'is not', null)
        .where('answered_on', q.answer === 'on-time' ? '<=' : '>', (eb) => eb.ref('due_date'));
    } else {
      facts = facts
        .where('answered_on', 'is', null)
        .where('escalated_on', q.answer === 'escalated' ? 'is not' : 'is', null);
      if (q.answer === 'overdue') facts = facts.where('due_date', '<', today);
      if (q.answer === 'open') facts = facts.where('due_date', '>=', today);
    }
    // Earliest due first; the next page after the last (due date, matter) of this one.
    if (after)
      facts = facts.where((eb) =>
        eb.or([
          eb('due_date', '>', after[0]),
          eb.and([eb('due_date', '=', after[0]), eb('matter_id', '>', after[1])]),
        ]),
      );
    const page = await facts.orderBy('due_date').orderBy('matter_id').limit(limit).execute();
    const next =
      page.length === limit ? keyOf(page.at(-1)!.due_date, page.at(-1)!.matter_id) : null;
    // The conditions are answerStatus's own; checked again here so the two can never drift apart.
    const wanted = page.filter(
      (f) =>
        answerStatus(
          { due: f.due_date, answeredOn: f.answered_on, escalatedOn: f.escalated_on },
          today,
        ) === q.answer,
    );
    if (!wanted.length) return { items: [], next };
    const byMatter = new Map(wanted.map((f) => [f.matter_id, f]));
    const rows = new Map(
      (await query.where('m.id', 'in', [...byMatter.keys()]).execute()).map((r) => [r.id, r]),
    );
    return {
      items: wanted.flatMap((f) => {
        const r = rows.get(f.matter_id);
        return r
          ? [{ ...row(r), due: f.due_date, answeredOn: f.answered_on, answer: q.answer! }]
          : [];
      }),
      next,
    };
  }
  query = query
    .where('m.received_on', '>=', period.from)
    .where('m.received_on', '<=', period.to)
    .where('m.state', '!=', 'merged');
  if (q.field !== undefined)
    query =
      q.field === '' ? query.where('m.field', 'is', null) : query.where('m.field', '=', q.field);
  if (q.source) query = query.where('m.source', '=', q.source);
  if (q.villageId !== undefined)
    query =
      q.villageId === ''
        ? query.where('m.village_id', 'is', null)
        : query.where('m.village_id', '=', q.villageId);
  if (q.state) query = query.where('m.state', '=', q.state);
  // Newest received first, the latest entered first within a day; the next page after the last (day, seq).
  if (after) {
    const seq = Number(after[1]);
    if (!Number.isInteger(seq)) throw badAfter();
    query = query.where((eb) =>
      eb.or([
        eb('m.received_on', '<', after[0]),
        eb.and([eb('m.received_on', '=', after[0]), eb('m.seq', '<', seq)]),
      ]),
    );
  }
  const rows = await query
    .orderBy('m.received_on', 'desc')
    .orderBy('m.seq', 'desc')
    .limit(limit)
    .execute();
  return {
    items: rows.map(row),
    next: rows.length === limit ? keyOf(rows.at(-1)!.received_on, rows.at(-1)!.seq) : null,
  };
}

function row(r: {
  id: string;
  content: string;
  field: string | null;
  source: string;
  village: string | null;
  state: string;
  received_on: string;
  official: string | null;
}): DashboardMatter {
  return {
    id: r.id,
    content: r.content,
    field: r.field,
    source: r.source,
    village: r.village,
    state: r.state,
    receivedOn: r.received_on,
    official: r.official,
    due: null,
    answeredOn: null,
    answer: null,
  };
}
