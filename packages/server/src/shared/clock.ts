// The clock every use case reads, shared by all features (server/src/shared: what no one feature owns).
// "Today" for deadlines is the day in Vietnam (UTC+7), whatever the server's time zone.
// The system clock can be started at a chosen instant (DOITHOAI_CLOCK, tests and demos only:
// config.ts reads it, bootstrap.ts applies it): time then runs on from there, so the demo load,
// the deadlines, the record timestamps and the jobs all see the same shifted "now".
import { vietnamDayOf } from '@doithoai/core';

export type Clock = () => Date;
let offsetMs = 0;
/** Makes `systemClock` read `instant` now and run on from there; null goes back to the real time. */
export function startClockAt(instant: Date | null, realNow: number = Date.now()): void {
  offsetMs = instant ? instant.getTime() - realNow : 0;
}
export const systemClock: Clock = () => new Date(Date.now() + offsetMs);
export const todayInVietnam = (clock: Clock = systemClock): string => vietnamDayOf(clock());
