// A commune's dashboard (office, chairs; read-only for the levels above): its matters by field,
// source, village and state in the period; the on-time rate of written answers and its trend
// over the last 12 months; the overdue list with owners; the current round's timeline against
// its deadlines. Figures come from core/report; every count has a filter the list behind it
// takes (dashboard-matters.ts).
import {
  can,
  sumBy,
  lastMonths,
  monthlyTimelinessOfDays,
  sessionTimeline,
  timelinessOfDays,
  wholeMonths,
  workingDaysLate,
  type Actor,
  type AnswerDay,
} from '@doithoai/core';
import { loadWorkingCalendar } from '../calendar/calendar.repository.js';
import type { Db } from '../db/open-database.js';
import { todayInVietnam, type Clock } from '../shared/clock.js';
import {
  areaOf,
  isWholeArea,
  periodOf,
  profilesFor,
  unitInScope,
  type Area,
  type PeriodQuery,
} from './dashboard-scope.js';
import type { Q } from '../shared/query.js';
import { listVillages } from '../opinion/opinion.repository.js';
import {
  answerDays,
  keptMatterCounts,
  keptMatterCountsByUnit,
  latestSession,
  openDueBefore,
  overdueFacts,
  receivedMatterCounts,
  sessionItemSums,
} from './unit-dashboard.repository.js';
import { unitNames } from '../unit/unit.repository.js';

interface Deps {
  db: Db;
  clock?: Clock;
}

/** The oldest overdue items the dashboard shows; the count says how many in all, the opinion list shows the rest (the page's cost stays that of its page). */
export const OVERDUE_SHOWN = 20;
/** The overdue list as Excel: every one, up to this. */
export const OVERDUE_EXPORTED = 5000;

export interface OverdueItem {
  matterId: string;
  content: string;
  field: string | null;
  official: string | null;
  due: string;
  workingDaysLate: number;
  sessionId: string;
}

/** Open follow-up items of the unit past their due date, oldest first, with the official in charge. */
export async function overdueItems(
  db: Q,
  area: Area,
  today: string,
  calendar: Awaited<ReturnType<typeof loadWorkingCalendar>>,
  limit = OVERDUE_SHOWN,
): Promise<OverdueItem[]> {
  const rows = await overdueFacts(db, area, today, limit);
  return rows.map((r) => ({
    matterId: r.matter_id,
    content: r.content,
    field: r.field,
    official: r.full_name,
    due: r.due_date,
    sessionId: r.session_id,
    workingDaysLate: workingDaysLate(calendar, { due: r.due_date, answeredOn: null }, today),
  }));
}

export async function unitDashboard(
  { db, clock }: Deps,
  actor: Actor,
  unitId: string,
  q: PeriodQuery = {},
  options: { overdueLimit?: number } = {},
) {
  const k = db.kysely;
  const unit = await unitInScope(k, actor, unitId);
  const area = areaOf(unit);
  const today = todayInVietnam(clock);
  const period = periodOf(q, today);
  const calendar = await loadWorkingCalendar(k);

  // The period's matters from the per-month summary kept by triggers (0026): a few dozen rows a
  // month whatever the number of matters. Partial months at the ends of a from/to period are
  // counted from the (unit, received day) covering index (0022), at most two months of it.
  const split = wholeMonths(period.from, period.to);
  // A province's counts by commune are read beside the rest (PostgreSQL runs them at once).
  const [kept, edges, keptByUnit] = await Promise.all([
    split.months ? keptMatterCounts(k, area, split.months) : [],
    Promise.all(split.edges.map((e) => receivedMatterCounts(k, area, e.from, e.to))),
    split.months && isWholeArea(area) ? keptMatterCountsByUnit(k, area, split.months) : [],
  ]);
  const counted = (
    dimension: 'field' | 'source' | 'village' | 'state',
    edge: (m: (typeof edges)[number][number]) => string | null,
  ) => [
    ...kept
      .filter((r) => r.dimension === dimension)
      .map((r) => ({ key: r.bucket, n: Number(r.n) })),
    ...edges.flat().map((m) => ({ key: edge(m) ?? '', n: Number(m.n) })),
  ];
  const byState = sumBy(
    counted('state', (m) => m.state),
    (m) => m.key,
    (m) => m.n,
  );
  const byPlace = await (isWholeArea(area)
    ? communeCounts(k, keptByUnit, edges.flat())
    : villageCounts(
        k,
        unitId,
        counted('village', (m) => m.village_id),
      ));

  // The follow-up figures from the per-(commune, due date) summary kept by triggers (0016), as
  // the oversight table reads them: at most one row a day of the trend and the period.
  const trendRange = lastMonths(period.to < today ? period.to : today, 12);
  const from = trendRange.from < period.from ? trendRange.from : period.from;
  const to = period.to > trendRange.to ? period.to : trendRange.to;
  const days: AnswerDay[] = (await answerDays(k, area, from, to)).map((d) => ({
    due: d.due_date,
    onTime: Number(d.on_time),
    late: Number(d.late),
    escalated: Number(d.escalated),
    open: Number(d.open),
  }));
  const months = [];
  for (let i = 0; i < 12; i++) {
    const d = new Date(`${trendRange.from}T00:00:00Z`);
    d.setUTCMonth(d.getUTCMonth() + i);
    months.push(d.toISOString().slice(0, 7));
  }

  return {
    unit: { id: unit.id, name: unit.name },
    period,
    today,
    readOnly: !can(actor, 'opinion.update', { unitPath: unit.path }),
    /** The figures sum every commune under the unit (a province, a district); `byVillage` is then by commune. */
    wholeArea: isWholeArea(area),
    matters: {
      total: byState.reduce((t, s) => t + s.count, 0),
      byField: sumBy(
        counted('field', (m) => m.field),
        (m) => m.key,
        (m) => m.n,
      ),
      bySource: sumBy(
        counted('source', (m) => m.source),
        (m) => m.key,
        (m) => m.n,
      ),
      byVillage: byPlace,
      byState,
    },
    answers: timelinessOfDays(
      days.filter((d) => d.due >= period.from && d.due <= period.to),
      today,
    ),
    trend: monthlyTimelinessOfDays(days, months, today).map((m) => ({ month: m.month, ...m.t })),
    overdue: await overdueItems(k, area, today, calendar, options.overdueLimit),
    /** How many items are overdue in all (the list above shows the oldest OVERDUE_SHOWN): from the kept per-day summary. */
    overdueCount: await openDueBefore(k, area, today),
    round: isWholeArea(area) ? null : await currentRound(k, unit.path, unitId, today, calendar),
  };
}

/** A commune's matters by village, named. */
async function villageCounts(k: Q, unitId: string, counts: { key: string; n: number }[]) {
  const villageName = new Map((await listVillages(k, unitId)).map((v) => [v.id, v.name]));
  return sumBy(
    counts,
    (m) => m.key,
    (m) => m.n,
  ).map((v) => ({ ...v, name: v.key ? (villageName.get(v.key) ?? v.key) : null }));
}

/** A province's or a district's matters by commune (the unit a matter belongs to), named. */
async function communeCounts(
  k: Q,
  kept: { unit_id: string; name: string; n: number | string }[],
  edges: { unit_id: string; n: number | string }[],
) {
  const counts = sumBy(
    [
      ...kept.map((r) => ({ key: r.unit_id, n: Number(r.n) })),
      ...edges.map((m) => ({ key: m.unit_id, n: Number(m.n) })),
    ],
    (m) => m.key,
    (m) => m.n,
  );
  const names = new Map(kept.map((r) => [r.unit_id, r.name]));
  const unnamed = counts.map((c) => c.key).filter((id) => !names.has(id));
  for (const [id, name] of await unitNames(k, unnamed)) names.set(id, name);
  return counts.map((c) => ({ ...c, name: names.get(c.key) ?? c.key }));
}

/** The latest session of the unit (held, or the next one planned) and its timeline against the deadlines (also the home page's stepper). */
export async function currentRound(
  k: Q,
  unitPath: string,
  unitId: string,
  today: string,
  calendar: Awaited<ReturnType<typeof loadWorkingCalendar>>,
) {
  const s = await latestSession(k, unitId);
  if (!s) return null;
  // The session's items summed in the database, from a covering index (migration 0024).
  const sums = await sessionItemSums(k, s.id);
  const items = Number(sums.items);
  const openItems = Number(sums.open ?? 0);
  // While answers are owed, the step's deadline is the earliest open one: one overdue item makes it overdue.
  const answersDue = openItems ? sums.open_due : sums.last_due;
  const answersDone = items && !openItems ? sums.done : null;
  const profile = (await profilesFor(k, [unitPath]))(unitPath);
  const timeline = sessionTimeline(
    {
      heldBy: s.held_by,
      date: s.date,
      scheduledOn: s.scheduled_on,
      noticeDate: s.notice_date,
      heldOn: s.held_on,
      conclusionDate: s.conclusion_date,
      answersDue,
      answersDeadline: null,
      answersDone,
      overrides: [],
    },
    profile,
    calendar,
    today,
  );
  return {
    sessionId: s.id,
    round: s.round === null ? null : Number(s.round),
    state: s.state,
    date: s.date,
    items,
    open: openItems,
    timeline,
  };
}
