// The three deadline rules, each returning the date together with what a person needs to check it
// by hand: the rule, the days skipped and why, and a Vietnamese/English explanation.
// Counting follows Bộ luật Dân sự 2015 Điều 147–148: the triggering day is not counted; a period
// in calendar days that ends on a weekend or holiday ends with the next working day.
import { DomainError } from '../errors/domain-error.js';
import {
  type IsoDate,
  type DayNumber,
  formatIsoDate,
  parseIsoDate,
  isWeekend,
} from './iso-date.js';
import { isDayOff } from './holidays.js';
import type { WorkingCalendar } from './working-calendar.js';
import { explainDeadline } from './explain.js';
import type { Deadline, SkipReason, SkippedDay } from './deadline-types.js';

function checkCount(n: number): void {
  if (!Number.isInteger(n) || n < 0) {
    throw new DomainError('VALIDATION', {
      vi: `Số ngày không hợp lệ: ${n} (cần số nguyên không âm)`,
      en: `invalid number of days: ${n} (expected a non-negative integer)`,
    });
  }
}

/** The non-working days in [from, to], with the reason for each. */
export function skippedBetween(
  calendar: WorkingCalendar,
  from: DayNumber,
  to: DayNumber,
): SkippedDay[] {
  const out: SkippedDay[] = [];
  for (let d = from; d <= to; d++) {
    if (calendar.isWorkingDayNumber(d)) continue;
    const date = formatIsoDate(d);
    const entry = isWeekend(d) ? undefined : calendar.entriesOnDay(d).find((e) => isDayOff(e.kind));
    if (!entry) out.push({ date, reason: 'weekend' });
    else out.push({ date, reason: entry.kind as SkipReason, name: entry.name, basis: entry.basis });
  }
  return out;
}

function workedWeekendsBetween(
  calendar: WorkingCalendar,
  from: DayNumber,
  to: DayNumber,
): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = from; d <= to; d++)
    if (isWeekend(d) && calendar.isWorkingDayNumber(d)) out.push(formatIsoDate(d));
  return out;
}

function finish(deadline: Omit<Deadline, 'text'>): Deadline {
  return { ...deadline, text: explainDeadline(deadline) };
}

/** "n days after start" (BLDS 2015 Điều 147–148): ends on start + n, or the next working day after it. */
export function calendarDaysAfter(calendar: WorkingCalendar, start: IsoDate, n: number): Deadline {
  checkCount(n);
  const s = parseIsoDate(start);
  const nominal = s + n;
  const moved = !calendar.isWorkingDayNumber(nominal);
  const due = moved ? calendar.addWorkingDayNumber(nominal, 1) : nominal;
  return finish({
    date: formatIsoDate(due),
    rule: 'calendar-days-after',
    start,
    n,
    skipped: moved ? skippedBetween(calendar, nominal, due - 1) : [],
    workedWeekendDays: [],
    ...(moved ? { movedFrom: formatIsoDate(nominal) } : {}),
    computedYears: calendar.computedYears(s, due),
  });
}

/** "At least n days before date": on or before date − n, never moved; flags a non-working day. */
export function calendarDaysBefore(calendar: WorkingCalendar, date: IsoDate, n: number): Deadline {
  checkCount(n);
  const event = parseIsoDate(date);
  const latest = event - n;
  const working = calendar.isWorkingDayNumber(latest);
  const lastWorking = working ? latest : calendar.addWorkingDayNumber(latest, -1);
  return finish({
    date: formatIsoDate(latest),
    rule: 'calendar-days-before',
    start: date,
    n,
    skipped: working ? [] : skippedBetween(calendar, lastWorking + 1, latest),
    workedWeekendDays: [],
    ...(working ? {} : { latestWorkingDay: formatIsoDate(lastWorking) }),
    computedYears: calendar.computedYears(lastWorking, event),
  });
}

/** "n working days after start": the n-th working day strictly after start (n = 0: start). */
export function workingDaysAfter(calendar: WorkingCalendar, start: IsoDate, n: number): Deadline {
  checkCount(n);
  const s = parseIsoDate(start);
  const due = calendar.addWorkingDayNumber(s, n);
  return finish({
    date: formatIsoDate(due),
    rule: 'working-days-after',
    start,
    n,
    skipped: skippedBetween(calendar, s + 1, due - 1),
    workedWeekendDays: workedWeekendsBetween(calendar, s + 1, due),
    computedYears: calendar.computedYears(s, due),
  });
}

/** The fast form for bulk use: only the date. Negative n counts back (see WorkingCalendar.addWorkingDays). */
export function addWorkingDays(calendar: WorkingCalendar, start: IsoDate, n: number): IsoDate {
  return calendar.addWorkingDays(start, n);
}
