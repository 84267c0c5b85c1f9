// Stored corrections of a year's holiday list. A stored year replaces the published or computed
// list for that year entirely; deleting it goes back to the default. Also the open deadlines that
// a correction moves.
import { HolidayEntry, createWorkingCalendar, type WorkingCalendar } from '@doithoai/core';
import type { HolidayYearTable } from '../db/schema.js';
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

type HolidayYearRow = Omit<HolidayYearTable, 'year'>;

export async function updateHolidayYear(db: Q, year: number, row: HolidayYearRow) {
  await db.updateTable('holiday_year').set(row).where('year', '=', year).execute();
}

export async function insertHolidayYear(db: Q, year: number, row: HolidayYearRow) {
  await db
    .insertInto('holiday_year')
    .values({ year, ...row })
    .execute();
}

export async function deleteHolidayYear(db: Q, year: number) {
  await db.deleteFrom('holiday_year').where('year', '=', year).execute();
}

/** Conclusion items due on or after `today` whose matter is in one of the states, with its unit. */
export async function openConclusionDeadlines(
  db: Q,
  matterStates: readonly string[],
  today: string,
) {
  return db
    .selectFrom('conclusion_item')
    .innerJoin('matter', 'matter.id', 'conclusion_item.matter_id')
    .innerJoin('unit', 'unit.id', 'matter.unit_id')
    .select([
      'conclusion_item.id',
      'conclusion_item.notice_date',
      'conclusion_item.due_date',
      'unit.path as unit_path',
    ])
    .where('matter.state', 'in', matterStates)
    .where('conclusion_item.due_date', '>=', today)
    .execute();
}

export async function setConclusionDue(
  db: Q,
  id: string,
  due: { date: string; text: { vi: string; en: string } },
) {
  await db
    .updateTable('conclusion_item')
    .set({ due_date: due.date, due_text_vi: due.text.vi, due_text_en: due.text.en })
    .where('id', '=', id)
    .execute();
}
