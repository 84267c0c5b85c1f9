// Stored corrections of a year's holiday list. A stored year replaces the published or computed
// list for that year entirely; deleting it goes back to the default.
import { HolidayEntry, createWorkingCalendar, type WorkingCalendar } from '@doithoai/core';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';

type Q = Kysely<Database> | Transaction<Database>;

export async function loadHolidayOverrides(db: Q): Promise<Map<number, HolidayEntry[]>> {
  const rows = await db.selectFrom('holiday_year').select(['year', 'entries']).execute();
  return new Map(rows.map((r) => [Number(r.year), HolidayEntry.array().parse(JSON.parse(r.entries))]));
}

/** The working calendar with this deployment's corrections. Cheap: a handful of rows. */
export async function loadWorkingCalendar(db: Q): Promise<WorkingCalendar> {
  return createWorkingCalendar({ overrides: await loadHolidayOverrides(db) });
}

export async function findHolidayYear(db: Q, year: number) {
  return db.selectFrom('holiday_year').selectAll().where('year', '=', year).executeTakeFirst();
}
