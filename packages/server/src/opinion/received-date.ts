// The day an opinion was received (ngày nhận): what the clerk writes from the paper, checked, and
// the deadline it starts. A paper petition is often typed days after it came in, so the date is
// the one on the paper, not the day of typing; it can be neither in the future nor before the
// current round began (the day the commune's last dialogue session was held: what came in
// before that belonged to the round already held). The acknowledgement deadline (Luật Tiếp công
// dân 2013, Điều 28: the profile's `acknowledgementWorkingDays` working days) counts from it.
import {
  DomainError,
  formatViDate,
  parseIsoDate,
  profileDeadline,
  type Deadline,
} from '@doithoai/core';
import { loadWorkingCalendar } from '../calendar/calendar.repository.js';
import { unitProfile } from '../calendar/profile.repository.js';
import type { Q } from '../shared/query.js';
import { lastHeldSessionDate } from './opinion.repository.js';

const heldStates = ['held', 'concluded', 'closed'];
const vn = (iso: string) => formatViDate(parseIsoDate(iso));

const refuse = (vi: string, en: string) =>
  new DomainError('VALIDATION', undefined, [{ field: 'receivedOn', message: { vi, en } }]);

/** The first day of the round now collecting opinions: the day the unit last held a session, or null. */
export async function currentRoundStart(
  db: Q,
  unitId: string,
  today: string,
): Promise<string | null> {
  return lastHeldSessionDate(db, unitId, heldStates, today);
}

/** Refuses a received date after today or before the current round began, naming the field. */
export function checkReceivedOn(
  receivedOn: string,
  today: string,
  roundStart: string | null,
): void {
  if (receivedOn > today) {
    throw refuse(
      `Ngày nhận ${vn(receivedOn)} là ngày trong tương lai: ngày nhận không được sau hôm nay (${vn(today)})`,
      `Date received ${vn(receivedOn)} is in the future: it cannot be after today (${vn(today)})`,
    );
  }
  if (roundStart && receivedOn < roundStart) {
    throw refuse(
      `Ngày nhận ${vn(receivedOn)} trước đợt tiếp nhận hiện nay: ngày nhận không được trước ngày ${vn(roundStart)} (ngày tổ chức hội nghị gần nhất)`,
      `Date received ${vn(receivedOn)} is before the current round: it cannot be before ${vn(roundStart)} (the last session held)`,
    );
  }
}

/** The date by which the petitioner is told whether the petition is taken up, from the date received. */
export async function acknowledgementDeadline(
  db: Q,
  unitPath: string,
  receivedOn: string,
): Promise<Deadline | null> {
  const { profile } = await unitProfile(db, unitPath);
  if (!profile) return null;
  return profileDeadline(profile, 'acknowledgement', receivedOn, await loadWorkingCalendar(db));
}
