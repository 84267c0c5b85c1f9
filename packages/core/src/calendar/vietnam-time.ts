// Days and times in Vietnam. Instants are stored as UTC ISO text; people mean days in Vietnam,
// which is UTC+7 all year (no summer time), so the conversion is a fixed offset.
const OFFSET_MS = 7 * 3600_000;

/** The day in Vietnam ('YYYY-MM-DD') at an instant: 23:30 UTC on the 2nd is the 3rd. */
export function vietnamDayOf(instant: Date | string): string {
  return new Date(new Date(instant).getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant (UTC ISO) a day in Vietnam begins: '2026-03-03' → '2026-03-02T17:00:00.000Z'. */
export function vietnamDayStart(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - OFFSET_MS).toISOString();
}

/** An instant as people in Vietnam read it, to the minute: '2026-03-03 06:30'. */
export function vietnamMinuteOf(instant: Date | string): string {
  return new Date(new Date(instant).getTime() + OFFSET_MS)
    .toISOString()
    .slice(0, 16)
    .replace('T', ' ');
}
