// The rules a unit works under today, for a decision of core (a session's move, a deadline): its
// regulation profile, the working calendar (holidays and the office's corrections) and the day in
// Vietnam. Sessions, follow-up, opinions and reminders read it here.
import { DomainError, type MoveContext } from '@doithoai/core';
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import { todayInVietnam, type Clock } from '../shared/clock.js';
import { loadWorkingCalendar } from './calendar.repository.js';
import { unitProfile } from './profile.repository.js';

export async function moveContext(
  trx: Transaction<Database>,
  unitPath: string,
  clock?: Clock,
  extra: Partial<MoveContext> = {},
): Promise<MoveContext> {
  const { profile, code } = await unitProfile(trx, unitPath);
  if (!profile)
    throw new DomainError('UNAVAILABLE', {
      vi: `Không tìm thấy bộ quy định «${code}»`,
      en: `Regulation profile '${code}' not found`,
    });
  return {
    profile,
    calendar: await loadWorkingCalendar(trx),
    today: todayInVietnam(clock),
    ...extra,
  };
}
