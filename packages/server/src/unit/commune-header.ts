// The header of a commune's document as the unit tree stood on the document's date: the tree in
// time is this feature's, so every feature that issues a document (plan, session, follow-up,
// report) takes its header here; who issues and signs it: shared/issuing-body.repository.ts.
import { headerOnDate, parentOn, type UnitInTime, type UnitMove } from '@doithoai/core';
import type { DocumentHeader } from '@doithoai/documents';
import { todayInVietnam } from '../shared/clock.js';
import type { Q } from '../shared/query.js';
import { movesOf, unitsInTime } from './unit-history.repository.js';

/**
 * The units and moves that decide how `unitId` stood on `date`: its successors (when merged
 * away before that date) and the ancestors of the one that stood for it, as they were then.
 * A few indexed reads, whatever the size of the tree.
 */
async function historyAround(
  db: Q,
  unitId: string,
  date: string,
): Promise<{ units: Map<string, UnitInTime>; moves: UnitMove[] }> {
  const units = new Map<string, UnitInTime>();
  const moves: UnitMove[] = [];
  const load = async (id: string) => {
    if (!units.has(id)) {
      const [u] = await unitsInTime(db, [id]);
      if (u) {
        units.set(id, u);
        moves.push(...(await movesOf(db, [id])));
      }
    }
    return units.get(id);
  };
  let current = await load(unitId);
  for (
    let guard = 0;
    current &&
    guard < 64 &&
    current.validTo !== null &&
    current.validTo < date &&
    current.successorId;
    guard++
  ) {
    current = await load(current.successorId);
  }
  for (let guard = 0; current && guard < 64; guard++) {
    const parentId = parentOn(current, moves, date);
    current = parentId ? await load(parentId) : undefined;
  }
  return { units, moves };
}

/**
 * The header of a commune's document: 'ĐẢNG BỘ HUYỆN …' over 'ĐẢNG ỦY XÃ …', or 'ỦY BAN NHÂN DÂN'
 * over 'XÃ …', from the unit tree as it stood on the document's date (issue 20: a 2022 document
 * says 'ĐẢNG BỘ HUYỆN HƯƠNG SƠN', a 2026 one 'ĐẢNG BỘ TỈNH HÀ TĨNH'; a merged commune's document
 * dated after the merger carries its successor's; core's headerOnDate on the rows around it).
 * Without a date: today in Vietnam.
 */
export async function communeHeader(
  db: Q,
  unitId: string,
  authority: 'party' | 'state',
  date: string = todayInVietnam(),
): Promise<DocumentHeader> {
  const { units, moves } = await historyAround(db, unitId, date);
  return headerOnDate(units, moves, unitId, authority, date);
}
