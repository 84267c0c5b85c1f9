// A profile's numbers turned into dates: each kind of deadline with its counting rule, the
// round dates of a year, and which reminder stage an open item is in.
import { type IsoDate, toDayNumber, formatIsoDate, parseIsoDate } from '../calendar/iso-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { Deadline } from '../calendar/deadline-types.js';
import { calendarDaysAfter, calendarDaysBefore, workingDaysAfter } from '../calendar/deadline.js';
import type { RegulationProfile } from './regulation-profile.js';

/**
 * notice: the public notice, counted back from the session date;
 * conclusion-notice: counted from the session date;
 * written-answer: counted from the conclusion notice's date;
 * acknowledgement: counted from the day a petition was received.
 */
export const deadlineKinds = [
  'notice',
  'conclusion-notice',
  'written-answer',
  'acknowledgement',
] as const;
export type DeadlineKind = (typeof deadlineKinds)[number];

export function profileDeadline(
  profile: RegulationProfile,
  kind: DeadlineKind,
  start: IsoDate,
  calendar: WorkingCalendar,
): Deadline {
  switch (kind) {
    case 'notice':
      return calendarDaysBefore(calendar, start, profile.noticeLeadDays);
    case 'conclusion-notice':
      return calendarDaysAfter(calendar, start, profile.conclusionNoticeDays);
    case 'written-answer':
      return workingDaysAfter(calendar, start, profile.writtenAnswerWorkingDays);
    case 'acknowledgement':
      return workingDaysAfter(calendar, start, profile.acknowledgementWorkingDays);
  }
}

/** The date each round of a year must be held by. */
export function roundDeadlines(
  profile: RegulationProfile,
  year: number,
): { round: number; heldBy: IsoDate }[] {
  return profile.rounds.map((r) => ({
    round: r.round,
    heldBy: formatIsoDate(toDayNumber(year, r.heldBy.month, r.heldBy.day)),
  }));
}

export type ReminderStage = 'pending' | 'due-soon' | 'overdue' | 'very-overdue';

/** The stage of an item due on `due`, seen on `today`: the profile's reminder offsets in working days. */
export function reminderStage(
  profile: RegulationProfile,
  due: IsoDate,
  today: IsoDate,
  calendar: WorkingCalendar,
): ReminderStage {
  const t = parseIsoDate(today);
  const d = parseIsoDate(due);
  if (t > d) {
    const very = calendar.addWorkingDayNumber(d, profile.reminders.veryOverdueWorkingDays);
    return t >= very ? 'very-overdue' : 'overdue';
  }
  const soon = calendar.addWorkingDayNumber(d, -profile.reminders.dueSoonWorkingDays);
  return t >= soon ? 'due-soon' : 'pending';
}
