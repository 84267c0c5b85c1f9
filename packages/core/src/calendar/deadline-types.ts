// What a deadline is: the date with what a person needs to check it by hand (the rule, the days
// skipped and why, the explanation). Apart from the rules (deadline.ts) so that the explanation
// (explain.ts) reads it without importing the rules that call it.
import type { IsoDate } from './iso-date.js';

export type DeadlineRule = 'calendar-days-after' | 'calendar-days-before' | 'working-days-after';
export type SkipReason = 'weekend' | 'holiday' | 'in-lieu' | 'swap-off' | 'extra-off';

export interface SkippedDay {
  date: IsoDate;
  reason: SkipReason;
  name?: string;
  basis?: string;
}

export interface Deadline {
  date: IsoDate;
  rule: DeadlineRule;
  /** The triggering day (for calendar-days-before: the event the period counts back from). */
  start: IsoDate;
  n: number;
  /** Non-working days the count stepped over (after: inside the period; before: between latestWorkingDay and date). */
  skipped: SkippedDay[];
  /** Weekend days counted as working days (worked Saturdays) inside the period. */
  workedWeekendDays: IsoDate[];
  /** calendar-days-after only: the nominal end, when it was not a working day. */
  movedFrom?: IsoDate;
  /** calendar-days-before only: the last working day on or before date, when date is not one. */
  latestWorkingDay?: IsoDate;
  /** Years in the period whose holidays were computed by rule, not published. */
  computedYears: number[];
  text: { vi: string; en: string };
}
