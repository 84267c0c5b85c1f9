// Stored corrections of a year's holiday list. A stored year replaces the published or computed
// list for that year entirely; deleting it goes back to the default.
import { HolidayEntry, createWorkingCalendar, type WorkingCalendar } from '@doithoai/core';
import type { Q } from '../shared/query.js';

export async function loadHolidayOverrides(db: Q): Promise<Map<number, HolidayEntry[]>> {
  const rows = await db.selectFrom('holiday_year').select(['year', 'entries']).execute();
  return new Map(
    rows.map((r) => [Number(r.year), HolidayEntry.array().parse(JSON.parse(r.entries))]),
  );
}

// Calendars built from the same corrections, kept: building one (its years' holidays and running
// working-day counts) cost a tenth of an opinion entry's CPU. The corrections are read every time
// (a handful of rows), so an edit in any process is seen at once; a calendar never changes.
const builtCalendars = new Map<string, WorkingCalendar>();

/** The working calendar with this deployment's corrections. */
export async function loadWorkingCalendar(db: Q): Promise<WorkingCalendar> {
  const rows = await db
    .selectFrom('holiday_year')
    .select(['year', 'entries'])
    .orderBy('year')
    .execute();
  const key = rows.map((r) => `${r.year}\u0000${r.entries}`).join('\u0001');
  let calendar = builtCalendars.get(key);
  if (!calendar) {
    if (builtCalendars.size >= 8) builtCalendars.clear();
    calendar = createWorkingCalendar({
      overrides: new Map(
        rows.map((r) => [Number(r.year), HolidayEntry.array().parse(JSON.parse(r.entries))]),
      ),
    });
    builtCalendars.set(key, calendar);
  }
  return calendar;
}

export async function findHolidayYear(db: Q, year: number) {
  return db.selectFrom('holiday_year').selectAll().where('year', '=', year).executeTakeFirst();
}
