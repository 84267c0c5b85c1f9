// The oversight table (a district, a province): one row per commune below the unit — rounds held
// by their dates, notice lead time, conclusion in time, written answers in time, matters escalated
// and their state — with a colour per cell. The same few reads whatever the number of communes:
// the communes, the period's sessions (a few per commune, checked against each commune's profile
// on the calendar in core), the follow-up figures grouped by commune in SQL (report_answer_summary,
// kept by triggers per commune and due date, read from one covering index), and escalations
// grouped by commune and state.
import {
  deadlineMemo,
  emptyTimeliness,
  gradeRow,
  oversightColumns,
  sessionCompliance,
  sortRows,
  withRate,
  type Actor,
  type EscalationCounts,
  type OversightRowData,
  type SessionFact,
  type Timeliness,
} from '@doithoai/core';
import { loadWorkingCalendar } from '../calendar/calendar.repository.js';
import type { Db } from '../db/open-database.js';
import { todayInVietnam, type Clock } from '../shared/clock.js';
import { periodOf, profilesFor, unitInScope, type PeriodQuery } from './dashboard-scope.js';
import {
  answerSummaryByCommune,
  escalationsSentIn,
  sessionsDatedIn,
  undatedSessionsDueIn,
  unitsExistingIn,
} from './oversight.repository.js';

/** One commune's row of the oversight table (its shape lives in core, beside its columns). */
export type OversightRow = OversightRowData;

const communeKinds = ['xa', 'phuong'];
// One collator for the sort: localeCompare(…, 'vi') builds one per comparison (~40,000 for a province).
const vietnamese = new Intl.Collator('vi');
const n = (v: unknown) => Number(v ?? 0);

export type OversightTable = Awaited<ReturnType<typeof computeOversight>>;

/**
 * Computed on every request, never kept: the follow-up figures come summed ahead by commune and
 * due date (0016), so a province's table (3,321 communes) is ~50 ms (docs/PERFORMANCE.md,
 * "Dashboards"), and an answer approved a moment ago shows at once.
 */
export async function oversightTable(
  deps: { db: Db; clock?: Clock },
  actor: Actor,
  unitId: string,
  q: PeriodQuery = {},
): Promise<OversightTable> {
  const unit = await unitInScope(deps.db.kysely, actor, unitId);
  const today = todayInVietnam(deps.clock);
  return computeOversight(deps.db, unit, periodOf(q, today), today);
}

/** The rows in the order of one column (as the screen and its Excel file show them), optionally one page; `total` counts them all. */
export function oversightPage(
  table: OversightTable,
  q: { sort?: string; dir?: 'asc' | 'desc'; offset?: number; limit?: number },
): OversightTable & { total: number } {
  const column = oversightColumns.find((c) => c.key === q.sort);
  const sorted = column ? sortRows(table.rows, column, q.dir) : table.rows;
  const offset = q.offset ?? 0;
  return {
    ...table,
    total: table.rows.length,
    rows:
      q.limit === undefined && offset === 0
        ? sorted
        : sorted.slice(offset, q.limit === undefined ? undefined : offset + q.limit),
  };
}

async function computeOversight(
  db: Db,
  unit: { id: string; name: string; path: string },
  period: { from: string; to: string },
  today: string,
) {
  const k = db.kysely;
  // The reads do not depend on each other: started together, PostgreSQL answers them on separate
  // connections of the pool (SQLite runs them one after the other, as before).
  const [units, datedSessions, undatedSessions, facts, escalations, calendar] = await Promise.all([
    // Units that existed in some day of the period (issue 20: a commune merged away before it, or
    // one created after it, is no row of that period's table).
    unitsExistingIn(k, unit.path, period, ['thon', 'to-dan-pho']),
    // By date alone, then kept if the commune is in scope: cheaper than a join on paths.
    sessionsDatedIn(k, period),
    undatedSessionsDueIn(k, period),
    // The follow-up figures from the per-(commune, due date) summary kept by triggers (0016):
    // a province's year is ~8,000 rows; "overdue" is what is still open with its day before today.
    answerSummaryByCommune(k, unit.path, period, today),
    // By date alone too, kept below if the commune is in scope (a province's year is ~1,500).
    escalationsSentIn(k, period, today),
    loadWorkingCalendar(k),
  ]);

  const communes = units
    .filter((u) => communeKinds.includes(u.kind))
    .sort((a, b) => vietnamese.compare(a.name, b.name));
  const parents = new Map(
    units.filter((u) => !communeKinds.includes(u.kind)).map((u) => [u.id, u.name]),
  );
  const inScope = new Set(communes.map((c) => c.id));
  const sessionsOf = new Map<string, SessionFact[]>();
  for (const s of [...datedSessions, ...undatedSessions]) {
    if (!inScope.has(s.unit_id)) continue;
    const list = sessionsOf.get(s.unit_id) ?? [];
    list.push({
      round: s.round === null ? null : Number(s.round),
      heldBy: s.held_by,
      date: s.date,
      noticeDate: s.notice_date,
      heldOn: s.held_on,
      conclusionDate: s.conclusion_date,
    });
    sessionsOf.set(s.unit_id, list);
  }

  const answersOf = new Map(
    facts.map((f) => {
      const t: Timeliness = {
        ...emptyTimeliness(),
        total: n(f.total),
        onTime: n(f.on_time),
        late: n(f.late),
        overdue: n(f.overdue),
        escalated: n(f.escalated),
      };
      t.open = t.total - t.onTime - t.late - t.overdue - t.escalated;
      return [f.unit_path, withRate(t)];
    }),
  );

  const escalationsOf = new Map<string, EscalationCounts>();
  for (const e of escalations) {
    if (!inScope.has(e.unit_id)) continue;
    const c = escalationsOf.get(e.unit_id) ?? { sent: 0, acknowledged: 0, answered: 0, overdue: 0 };
    if (e.state === 'sent' || e.state === 'acknowledged' || e.state === 'answered')
      c[e.state] += n(e.count);
    c.overdue += n(e.overdue);
    escalationsOf.set(e.unit_id, c);
  }

  const profileOf = await profilesFor(
    k,
    communes.map((c) => c.path),
  );
  const memo = deadlineMemo();
  const rows: OversightRow[] = communes.map((c) => {
    const s = sessionCompliance(
      sessionsOf.get(c.id) ?? [],
      profileOf(c.path),
      calendar,
      today,
      memo,
    );
    const a = answersOf.get(c.path) ?? withRate(emptyTimeliness());
    const e = escalationsOf.get(c.id) ?? { sent: 0, acknowledged: 0, answered: 0, overdue: 0 };
    return {
      unitId: c.id,
      name: c.name,
      parentName:
        c.parent_id && c.parent_id !== unit.id ? (parents.get(c.parent_id) ?? null) : null,
      sessions: s,
      answers: a,
      escalations: e,
      grades: gradeRow(s, a, e),
    };
  });
  return { unit: { id: unit.id, name: unit.name }, period, today, rows };
}
