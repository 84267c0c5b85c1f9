// The oversight table (a district, a province): one row per commune below the unit — rounds held
// by their dates, notice lead time, conclusion in time, written answers in time, matters escalated
// and their state — with a colour per cell. Three grouped reads, whatever the number of communes:
// the period's sessions (a few per commune, checked against each commune's profile on the
// calendar in core), the follow-up facts grouped by commune in SQL (report_answer_fact, kept by
// triggers, read from one covering index), and escalations grouped by commune and state.
import { deadlineMemo, emptyTimeliness, gradeRow, sessionCompliance, withRate, type Actor, type EscalationCounts, type OversightRowData, type SessionFact, type Timeliness } from '@doithoai/core';
import { sql } from 'kysely';
import { loadWorkingCalendar } from '../calendar/calendar.repository.js';
import type { Db } from '../db/open-database.js';
import { todayInVietnam, type Clock } from '../plan/plan-clock.js';
import { periodOf, profilesFor, unitInScope, type PeriodQuery } from './dashboard-scope.js';

/** One commune's row of the oversight table (its shape lives in core, beside its columns). */
export type OversightRow = OversightRowData;

const communeKinds = ['xa', 'phuong'];
const n = (v: unknown) => Number(v ?? 0);

// The table is computed per request from the facts and sessions (no summary to keep in step), and
// the result is kept for a short while: a province's table (3,321 communes) costs a few hundred
// milliseconds to compute on a busy machine, and the level above reads it far more often than a
// minute's change matters to it. `cacheMs: 0` reads fresh (tests; a "refresh" could pass it).
const cache = new Map<string, { at: number; value: OversightTable }>();
export type OversightTable = Awaited<ReturnType<typeof computeOversight>>;

export async function oversightTable(deps: { db: Db; clock?: Clock; cacheMs?: number }, actor: Actor, unitId: string, q: PeriodQuery = {}): Promise<OversightTable> {
  const unit = await unitInScope(deps.db.kysely, actor, unitId);
  const today = todayInVietnam(deps.clock);
  const period = periodOf(q, today);
  const maxAge = deps.cacheMs ?? 60_000;
  const key = `${deps.db.location}|${unit.id}|${period.from}|${period.to}|${today}`;
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < maxAge) return hit.value;
  const value = await computeOversight(deps.db, unit, period, today);
  if (cache.size >= 50) cache.delete(cache.keys().next().value!); // a province table is ~1 MB: keep a few
  cache.set(key, { at: Date.now(), value });
  return value;
}

async function computeOversight(db: Db, unit: { id: string; name: string; path: string }, period: { from: string; to: string }, today: string) {
  const k = db.kysely;
  const prefix = `${unit.path}%`;

  const units = await k.selectFrom('unit').select(['id', 'name', 'path', 'parent_id', 'kind'])
    .where('path', 'like', prefix).where('kind', 'not in', ['thon', 'to-dan-pho']).execute();
  const communes = units.filter((u) => communeKinds.includes(u.kind)).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  const parents = new Map(units.filter((u) => !communeKinds.includes(u.kind)).map((u) => [u.id, u.name]));

  // By date alone (an index range), then kept if the commune is in scope: cheaper than a join on paths.
  const inScope = new Set(communes.map((c) => c.id));
  const sessionColumns = ['unit_id', 'round', 'held_by', 'date', 'notice_date', 'held_on', 'conclusion_date'] as const;
  const sessions = [
    ...await k.selectFrom('dialogue_session').select(sessionColumns).where('date', '>=', period.from).where('date', '<=', period.to).execute(),
    ...await k.selectFrom('dialogue_session').select(sessionColumns).where('date', 'is', null).where('held_by', '>=', period.from).where('held_by', '<=', period.to).execute(),
  ].filter((s) => inScope.has(s.unit_id));
  const sessionsOf = new Map<string, SessionFact[]>();
  for (const s of sessions) {
    const list = sessionsOf.get(s.unit_id) ?? [];
    list.push({ round: s.round === null ? null : Number(s.round), heldBy: s.held_by, date: s.date, noticeDate: s.notice_date, heldOn: s.held_on, conclusionDate: s.conclusion_date });
    sessionsOf.set(s.unit_id, list);
  }

  const facts = await k.selectFrom('report_answer_fact')
    .select([
      'unit_path',
      sql<number>`count(*)`.as('total'),
      sql<number>`sum(case when answered_on is not null and answered_on <= due_date then 1 else 0 end)`.as('on_time'),
      sql<number>`sum(case when answered_on > due_date then 1 else 0 end)`.as('late'),
      sql<number>`sum(case when answered_on is null and escalated_on is null and due_date < ${today} then 1 else 0 end)`.as('overdue'),
      sql<number>`sum(case when answered_on is null and escalated_on is not null then 1 else 0 end)`.as('escalated'),
    ])
    .where('due_date', '>=', period.from).where('due_date', '<=', period.to).where('unit_path', 'like', prefix)
    // Grouped by path (one per commune), not id: on SQLite grouping by id walks the per-commune
    // index over every year to save a sort; by path it reads the period's range of the covering index.
    .groupBy('unit_path').execute();
  const answersOf = new Map(facts.map((f) => {
    const t: Timeliness = { ...emptyTimeliness(), total: n(f.total), onTime: n(f.on_time), late: n(f.late), overdue: n(f.overdue), escalated: n(f.escalated) };
    t.open = t.total - t.onTime - t.late - t.overdue - t.escalated;
    return [f.unit_path, withRate(t)];
  }));

  const escalations = await k.selectFrom('escalation as e').innerJoin('unit as u', 'u.id', 'e.unit_id')
    .select(['e.unit_id', 'e.state', sql<number>`count(*)`.as('count'), sql<number>`sum(case when e.state <> 'answered' and e.due_date < ${today} then 1 else 0 end)`.as('overdue')])
    .where('e.sent_on', '>=', period.from).where('e.sent_on', '<=', period.to).where('u.path', 'like', prefix)
    .groupBy(['e.unit_id', 'e.state']).execute();
  const escalationsOf = new Map<string, EscalationCounts>();
  for (const e of escalations) {
    const c = escalationsOf.get(e.unit_id) ?? { sent: 0, acknowledged: 0, answered: 0, overdue: 0 };
    if (e.state === 'sent' || e.state === 'acknowledged' || e.state === 'answered') c[e.state] += n(e.count);
    c.overdue += n(e.overdue);
    escalationsOf.set(e.unit_id, c);
  }

  const calendar = await loadWorkingCalendar(k);
  const profileOf = await profilesFor(k, communes.map((c) => c.path));
  const memo = deadlineMemo();
  const rows: OversightRow[] = communes.map((c) => {
    const s = sessionCompliance(sessionsOf.get(c.id) ?? [], profileOf(c.path), calendar, today, memo);
    const a = answersOf.get(c.path) ?? withRate(emptyTimeliness());
    const e = escalationsOf.get(c.id) ?? { sent: 0, acknowledged: 0, answered: 0, overdue: 0 };
    return { unitId: c.id, name: c.name, parentName: c.parent_id && c.parent_id !== unit.id ? (parents.get(c.parent_id) ?? null) : null, sessions: s, answers: a, escalations: e, grades: gradeRow(s, a, e) };
  });
  return { unit: { id: unit.id, name: unit.name }, period, today, rows };
}
