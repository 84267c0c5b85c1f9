// An administrator corrects a year's holidays (e.g. the Prime Minister's decision for next
// year's Tết). The whole year's list is replaced; the old list is kept in the audit log.
import {
  DomainError,
  assertYearEntries,
  canAtRoot,
  createWorkingCalendar,
  notFound,
  type Actor,
  type HolidayEntry,
} from '@doithoai/core';
import { recordAudit } from '../audit/audit.js';
import type { Db } from '../db/open-database.js';
import { nowIso } from '../db/ids.js';
import {
  deleteHolidayYear,
  findHolidayYear,
  insertHolidayYear,
  loadHolidayOverrides,
  updateHolidayYear,
} from './calendar.repository.js';
import { recomputeOpenDeadlines } from './open-deadlines.js';
import { todayInVietnam } from '../shared/clock.js';

export interface HolidayYearInput {
  entries: Omit<HolidayEntry, 'source'>[];
  reason: string;
}

const today = () => todayInVietnam();

export async function setHolidayYear(
  { db, clock = today }: { db: Db; clock?: () => string },
  actor: Actor,
  year: number,
  input: HolidayYearInput,
) {
  if (!canAtRoot(actor, 'calendar.manage')) throw notFound();
  const entries: HolidayEntry[] = input.entries.map((e) => ({ ...e, source: 'admin' as const }));
  const outside = entries.find((e) => !e.date.startsWith(`${year}-`));
  if (outside) {
    throw new DomainError('VALIDATION', undefined, [
      {
        field: 'entries',
        message: {
          vi: `Ngày ${outside.date} không thuộc năm ${year}`,
          en: `${outside.date} is not in ${year}`,
        },
      },
    ]);
  }
  assertYearEntries(year, entries);
  return db.kysely.transaction().execute(async (trx) => {
    const overrides = await loadHolidayOverrides(trx);
    const oldCalendar = createWorkingCalendar({ overrides });
    const before = oldCalendar.holidays(year);
    const existing = await findHolidayYear(trx, year);
    const row = {
      entries: JSON.stringify(entries),
      reason: input.reason,
      updated_by: actor.userId,
      updated_at: nowIso(),
    };
    if (existing) await updateHolidayYear(trx, year, row);
    else await insertHolidayYear(trx, year, row);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'calendar.set-year',
      entity: 'holiday_year',
      entityId: String(year),
      unitId: null,
      reason: input.reason,
      detail: { before, after: entries },
    });
    const newCalendar = createWorkingCalendar({
      overrides: new Map([...overrides, [year, entries]]),
    });
    const moved = await recomputeOpenDeadlines(
      trx,
      oldCalendar,
      newCalendar,
      clock(),
      actor.userId,
      input.reason,
    );
    return { year, source: 'admin' as const, entries, moved };
  });
}

/** Drops the correction: the year goes back to the published table or the computed default. */
export async function resetHolidayYear(
  { db, clock = today }: { db: Db; clock?: () => string },
  actor: Actor,
  year: number,
  reason: string,
) {
  if (!canAtRoot(actor, 'calendar.manage')) throw notFound();
  return db.kysely.transaction().execute(async (trx) => {
    const existing = await findHolidayYear(trx, year);
    if (!existing) return [];
    const overrides = await loadHolidayOverrides(trx);
    const oldCalendar = createWorkingCalendar({ overrides });
    // A new map: the old calendar reads its map lazily, so it must not change under it.
    const remaining = new Map(overrides);
    remaining.delete(year);
    await deleteHolidayYear(trx, year);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'calendar.reset-year',
      entity: 'holiday_year',
      entityId: String(year),
      unitId: null,
      reason,
      detail: { before: JSON.parse(existing.entries) },
    });
    return recomputeOpenDeadlines(
      trx,
      oldCalendar,
      createWorkingCalendar({ overrides: remaining }),
      clock(),
      actor.userId,
      reason,
    );
  });
}
