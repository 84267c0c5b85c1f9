// A commune's dashboard (office, chairs; read-only for the levels above): its matters by field,
// source, village and state in the period; the on-time rate of written answers and its trend
// over the last 12 months; the overdue list with owners; the current round's timeline against
// its deadlines. Figures come from core/report; every count has a filter the list behind it
// takes (dashboard-matters.ts).
import { can, sumBy, lastMonths, monthlyTimeliness, sessionTimeline, timeliness, workingDaysLate, type Actor, type AnswerFact } from '@doithoai/core';
import { sql } from 'kysely';
import { loadWorkingCalendar } from '../calendar/calendar.repository.js';
import type { Db } from '../db/open-database.js';
import { todayInVietnam, type Clock } from '../plan/plan-clock.js';
import { periodOf, profilesFor, unitInScope, type PeriodQuery, type Q } from './dashboard-scope.js';

interface Deps { db: Db; clock?: Clock }

export interface OverdueItem { matterId: string; content: string; field: string | null; official: string | null; due: string; workingDaysLate: number; sessionId: string }

/** Open follow-up items of the unit past their due date, oldest first, with the official in charge. */
export async function overdueItems(db: Q, unitId: string, today: string, calendar: Awaited<ReturnType<typeof loadWorkingCalendar>>): Promise<OverdueItem[]> {
  const rows = await db.selectFrom('report_answer_fact as f').innerJoin('matter as m', 'm.id', 'f.matter_id').leftJoin('person as p', 'p.id', 'm.assignee_person_id')
    .select(['f.matter_id', 'f.session_id', 'f.due_date', 'm.content', 'm.field', 'p.full_name'])
    .where('f.unit_id', '=', unitId).where('f.answered_on', 'is', null).where('f.escalated_on', 'is', null).where('f.due_date', '<', today)
    .orderBy('f.due_date').limit(500).execute();
  return rows.map((r) => ({
    matterId: r.matter_id, content: r.content, field: r.field, official: r.full_name, due: r.due_date, sessionId: r.session_id,
    workingDaysLate: workingDaysLate(calendar, { due: r.due_date, answeredOn: null }, today),
  }));
}

export async function unitDashboard({ db, clock }: Deps, actor: Actor, unitId: string, q: PeriodQuery = {}) {
  const k = db.kysely;
  const unit = await unitInScope(k, actor, unitId);
  const today = todayInVietnam(clock);
  const period = periodOf(q, today);
  const calendar = await loadWorkingCalendar(k);

  // Counted by the database, one row per combination (a few hundred), not one per matter.
  const matters = (await k.selectFrom('matter').select(['field', 'source', 'village_id', 'state', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('unit_id', '=', unitId).where('received_on', '>=', period.from).where('received_on', '<=', period.to).where('state', '!=', 'merged')
    .groupBy(['field', 'source', 'village_id', 'state']).execute()).map((m) => ({ ...m, n: Number(m.n) }));
  const villages = await k.selectFrom('unit').select(['id', 'name']).where('parent_id', '=', unitId).execute();
  const villageName = new Map(villages.map((v) => [v.id, v.name]));

  const trendRange = lastMonths(period.to < today ? period.to : today, 12);
  const from = trendRange.from < period.from ? trendRange.from : period.from;
  const facts = await k.selectFrom('report_answer_fact').select(['due_date', 'answered_on', 'escalated_on'])
    .where('unit_id', '=', unitId).where('due_date', '>=', from).where('due_date', '<=', period.to > trendRange.to ? period.to : trendRange.to).execute();
  const asFacts: (AnswerFact & { inPeriod: boolean })[] = facts.map((f) => ({ due: f.due_date, answeredOn: f.answered_on, escalatedOn: f.escalated_on, inPeriod: f.due_date >= period.from && f.due_date <= period.to }));
  const months = [];
  for (let i = 0; i < 12; i++) {
    const d = new Date(`${trendRange.from}T00:00:00Z`);
    d.setUTCMonth(d.getUTCMonth() + i);
    months.push(d.toISOString().slice(0, 7));
  }

  return {
    unit: { id: unit.id, name: unit.name },
    period, today,
    readOnly: !can(actor, 'opinion.update', { unitPath: unit.path }),
    matters: {
      total: matters.reduce((t, m) => t + m.n, 0),
      byField: sumBy(matters, (m) => m.field, (m) => m.n),
      bySource: sumBy(matters, (m) => m.source, (m) => m.n),
      byVillage: sumBy(matters, (m) => m.village_id, (m) => m.n).map((v) => ({ ...v, name: v.key ? (villageName.get(v.key) ?? v.key) : null })),
      byState: sumBy(matters, (m) => m.state, (m) => m.n),
    },
    answers: timeliness(asFacts.filter((f) => f.inPeriod), today),
    trend: monthlyTimeliness(asFacts, months, today).map((m) => ({ month: m.month, ...m.t })),
    overdue: await overdueItems(k, unitId, today, calendar),
    round: await currentRound(k, unit.path, unitId, today, calendar),
  };
}

/** The latest session of the unit (held, or the next one planned) and its timeline against the deadlines (also the home page's stepper). */
export async function currentRound(k: Q, unitPath: string, unitId: string, today: string, calendar: Awaited<ReturnType<typeof loadWorkingCalendar>>) {
  const s = await k.selectFrom('dialogue_session').select(['id', 'round', 'state', 'held_by', 'date', 'scheduled_on', 'notice_date', 'held_on', 'conclusion_date'])
    .where('unit_id', '=', unitId).where('date', 'is not', null).orderBy('date', 'desc').limit(1).executeTakeFirst()
    ?? await k.selectFrom('dialogue_session').select(['id', 'round', 'state', 'held_by', 'date', 'scheduled_on', 'notice_date', 'held_on', 'conclusion_date'])
      .where('unit_id', '=', unitId).orderBy('held_by').limit(1).executeTakeFirst();
  if (!s) return null;
  // The session's items summed in the database, from a covering index (migration 0024).
  const open = sql`f.answered_on is null and f.escalated_on is null`;
  const sums = await k.selectFrom('report_answer_fact as f').where('f.session_id', '=', s.id).select([
    sql<number | string>`count(*)`.as('items'),
    sql<number | string | null>`sum(case when ${open} then 1 else 0 end)`.as('open'),
    sql<string | null>`min(case when ${open} then f.due_date end)`.as('open_due'),
    sql<string | null>`max(f.due_date)`.as('last_due'),
    sql<string | null>`max(coalesce(f.answered_on, f.escalated_on))`.as('done'),
  ]).executeTakeFirstOrThrow();
  const items = Number(sums.items);
  const openItems = Number(sums.open ?? 0);
  // While answers are owed, the step's deadline is the earliest open one: one overdue item makes it overdue.
  const answersDue = openItems ? sums.open_due : sums.last_due;
  const answersDone = items && !openItems ? sums.done : null;
  const profile = (await profilesFor(k, [unitPath]))(unitPath);
  const timeline = sessionTimeline({
    heldBy: s.held_by, date: s.date, scheduledOn: s.scheduled_on, noticeDate: s.notice_date, heldOn: s.held_on, conclusionDate: s.conclusion_date,
    answersDue, answersDeadline: null, answersDone, overrides: [],
  }, profile, calendar, today);
  return { sessionId: s.id, round: s.round === null ? null : Number(s.round), state: s.state, date: s.date, items, open: openItems, timeline };
}
