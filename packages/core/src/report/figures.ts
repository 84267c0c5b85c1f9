// The figures of the dashboards and reports, computed from plain rows (the server reads them,
// this file counts). One definition of "answered on time" for the whole system:
// a follow-up item (a matter carried over in a conclusion notice) is answered on time when its
// written answer is dated on or before the due date in force (the conclusion notice's
// 30-working-day date, or an extension's); it is overdue when unanswered after that day.
// Lateness is counted in working days on the Vietnamese calendar (so Tết does not count).
import type { WorkingCalendar } from '../calendar/working-calendar.js';

export interface AnswerFact {
  /** Due date in force, 'YYYY-MM-DD'. */
  due: string;
  /** Day the written answer was issued, or null while open. */
  answeredOn: string | null;
  /** Day it was proposed to a higher level (its own clock runs there), or null. */
  escalatedOn?: string | null;
}

export type AnswerStatus = 'on-time' | 'late' | 'overdue' | 'open' | 'escalated';
export const answerStatuses: readonly AnswerStatus[] = [
  'on-time',
  'late',
  'overdue',
  'open',
  'escalated',
];

export function answerStatus(f: AnswerFact, today: string): AnswerStatus {
  if (f.answeredOn) return f.answeredOn <= f.due ? 'on-time' : 'late';
  if (f.escalatedOn) return 'escalated';
  return today > f.due ? 'overdue' : 'open';
}

export interface Timeliness {
  total: number;
  onTime: number;
  late: number;
  /** Open and past the due date. */
  overdue: number;
  /** Open, not yet due. */
  open: number;
  /** Unanswered, proposed to a higher level: out of the commune's own clock. */
  escalated: number;
  /** Answered on time ÷ items whose outcome is known (answered, or overdue); null when none. */
  onTimeRate: number | null;
}

export function emptyTimeliness(): Timeliness {
  return { total: 0, onTime: 0, late: 0, overdue: 0, open: 0, escalated: 0, onTimeRate: null };
}

export function addStatus(t: Timeliness, s: AnswerStatus, n = 1): Timeliness {
  t.total += n;
  if (s === 'on-time') t.onTime += n;
  else if (s === 'late') t.late += n;
  else if (s === 'overdue') t.overdue += n;
  else if (s === 'escalated') t.escalated += n;
  else t.open += n;
  return t;
}

export function withRate(t: Timeliness): Timeliness {
  const decided = t.onTime + t.late + t.overdue;
  return { ...t, onTimeRate: decided ? t.onTime / decided : null };
}

export function timeliness(facts: readonly AnswerFact[], today: string): Timeliness {
  const t = emptyTimeliness();
  for (const f of facts) addStatus(t, answerStatus(f, today));
  return withRate(t);
}

/** Working days past the due date: of the answer if answered late, else up to today; 0 if not late. */
export function workingDaysLate(calendar: WorkingCalendar, f: AnswerFact, today: string): number {
  const end = f.answeredOn ?? today;
  return end > f.due ? calendar.countWorkingDays(f.due, end) : 0;
}

/** On-time rate by month of the due date (items due that month and how they ended up). */
export function monthlyTimeliness(
  facts: readonly AnswerFact[],
  months: readonly string[],
  today: string,
): { month: string; t: Timeliness }[] {
  const by = new Map(months.map((m) => [m, emptyTimeliness()]));
  for (const f of facts) {
    const t = by.get(f.due.slice(0, 7));
    if (t) addStatus(t, answerStatus(f, today));
  }
  return months.map((month) => ({ month, t: withRate(by.get(month)!) }));
}

/** Counts of rows by a key, largest first, then by key; null keys are counted under ''. */
export function countBy<T>(
  rows: readonly T[],
  key: (r: T) => string | null,
): { key: string; count: number }[] {
  return sumBy(rows, key, () => 1);
}

/** countBy over rows that each stand for `weight` of them (rows counted by the database). */
export function sumBy<T>(
  rows: readonly T[],
  key: (r: T) => string | null,
  weight: (r: T) => number,
): { key: string; count: number }[] {
  const m = new Map<string, number>();
  for (const r of rows) {
    const k = key(r) ?? '';
    m.set(k, (m.get(k) ?? 0) + weight(r));
  }
  return [...m]
    .map(([k, count]) => ({ key: k, count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/** Follow-up items due on one day, counted ahead by how they stand (the kept per-day summary). */
export interface AnswerDay {
  due: string;
  onTime: number;
  late: number;
  escalated: number;
  /** Unanswered, not escalated: overdue once `today` is past `due`. */
  open: number;
}

function addDay(t: Timeliness, d: AnswerDay, today: string): void {
  if (d.onTime) addStatus(t, 'on-time', d.onTime);
  if (d.late) addStatus(t, 'late', d.late);
  if (d.escalated) addStatus(t, 'escalated', d.escalated);
  if (d.open) addStatus(t, today > d.due ? 'overdue' : 'open', d.open);
}

/** timeliness() from days counted ahead instead of one row per item: the same figures. */
export function timelinessOfDays(days: readonly AnswerDay[], today: string): Timeliness {
  const t = emptyTimeliness();
  for (const d of days) addDay(t, d, today);
  return withRate(t);
}

/** monthlyTimeliness() from days counted ahead: the same figures. */
export function monthlyTimelinessOfDays(
  days: readonly AnswerDay[],
  months: readonly string[],
  today: string,
): { month: string; t: Timeliness }[] {
  const by = new Map(months.map((m) => [m, emptyTimeliness()]));
  for (const d of days) {
    const t = by.get(d.due.slice(0, 7));
    if (t) addDay(t, d, today);
  }
  return months.map((month) => ({ month, t: withRate(by.get(month)!) }));
}

/** The days of a list of items: what the per-day summary holds for them (for tests and callers without one). */
export function answerDays(facts: readonly AnswerFact[]): AnswerDay[] {
  const by = new Map<string, AnswerDay>();
  for (const f of facts) {
    const d = by.get(f.due) ?? { due: f.due, onTime: 0, late: 0, escalated: 0, open: 0 };
    const s = answerStatus(f, '0000-00-00');
    if (s === 'on-time') d.onTime++;
    else if (s === 'late') d.late++;
    else if (s === 'escalated') d.escalated++;
    else d.open++;
    by.set(f.due, d);
  }
  return [...by.values()];
}
