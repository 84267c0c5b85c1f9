// Before a unit switches profile (or an administrator corrects a year's holidays), list the open
// items whose due dates would move, so the server can show them and ask before applying.
import type { IsoDate } from '../calendar/iso-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { Deadline } from '../calendar/deadline-types.js';
import type { RegulationProfile } from './regulation-profile.js';
import { type DeadlineKind, profileDeadline } from './profile-deadlines.js';

export interface OpenItem {
  id: string;
  kind: DeadlineKind;
  /** The day the deadline counts from (session, conclusion notice, receipt). */
  start: IsoDate;
  currentDue: IsoDate;
}

export interface DueChange {
  id: string;
  kind: DeadlineKind;
  start: IsoDate;
  currentDue: IsoDate;
  newDue: IsoDate;
  direction: 'earlier' | 'later';
  /** The current due date is not what the old profile gives: someone set it by hand. */
  manuallySet: boolean;
  /** The new deadline with its explanation. */
  deadline: Deadline;
}

/**
 * The open items whose due date differs under the new profile (and new calendar, if given), in
 * the order given. Pure: applying the change is the caller's decision.
 */
export function profileChangeImpact(
  oldProfile: RegulationProfile,
  newProfile: RegulationProfile,
  openItems: readonly OpenItem[],
  calendar: WorkingCalendar,
  newCalendar: WorkingCalendar = calendar,
): DueChange[] {
  const changes: DueChange[] = [];
  for (const item of openItems) {
    const deadline = profileDeadline(newProfile, item.kind, item.start, newCalendar);
    if (deadline.date === item.currentDue) continue;
    const oldDue = profileDeadline(oldProfile, item.kind, item.start, calendar).date;
    changes.push({
      id: item.id,
      kind: item.kind,
      start: item.start,
      currentDue: item.currentDue,
      newDue: deadline.date,
      direction: deadline.date < item.currentDue ? 'earlier' : 'later',
      manuallySet: oldDue !== item.currentDue,
      deadline,
    });
  }
  return changes;
}
