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
import {
  answerFactsPage,
  dashboardMatterRows,
  receivedMattersPage,
} from './dashboard-matters.repository.js';
import { areaOf, periodOf, unitInScope } from './dashboard-scope.js';

export const DashboardListQuery = z.object({
  from: z.string().max(10).optional(),
  to: z.string().max(10).optional(),
  year: z.coerce.number().int().min(1900).max(2100).optional(),
  field: z.string().max(64).optional(),
  source: z.string().max(64).optional(),
  villageId: z.string().max(64).optional(),
  state: z.string().max(64).optional(),
  /** On a province's or a district's dashboard: the matters of this commune. */
  communeId: z.string().max(64).optional(),
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
  const area = areaOf(await unitInScope(k, actor, unitId, 'opinion.read'));
  const today = todayInVietnam(clock);
  const period = periodOf(q, today);
  const limit = q.limit ?? DASHBOARD_PAGE;
  const after = afterKey(q.after);
  if (q.answer) {
    const from = q.month ? `${q.month}-01` : period.from;
    const to = q.month ? `${q.month}-31` : period.to;
    const page = await answerFactsPage(
      k,
      area,
      { from, to, answer: q.answer, today },
      { after, limit },
    );
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
      (await dashboardMatterRows(k, area, [...byMatter.keys()])).map((r) => [r.id, r]),
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
  // Newest received first, the latest entered first within a day.
  let afterRow: { day: string; seq: number } | null = null;
  if (after) {
    const seq = Number(after[1]);
    if (!Number.isInteger(seq)) throw badAfter();
    afterRow = { day: after[0], seq };
  }
  const rows = await receivedMattersPage(
    k,
    area,
    {
      ...period,
      field: q.field,
      source: q.source,
      villageId: q.villageId,
      state: q.state,
      communeId: q.communeId,
    },
    { after: afterRow, limit },
  );
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
