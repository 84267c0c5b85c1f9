// A unit whose last day has passed (merged away, or a district abolished) takes no new opinions:
// staff entry, the portal's form, the session floor and imports are refused with the successor's
// name, so nothing is filed under a commune that no longer exists. Its history stays readable.
import { DomainError, formatDateVn } from '@doithoai/core';
import type { Unit } from '@doithoai/core';
import { toUnit } from './unit.repository.js';
import { endedUnitText } from './unit-change-text.js';
import { unitEnd, unitWithEnd } from './unit-history.repository.js';
import type { Q } from '../shared/query.js';

export interface EndedUnit {
  name: string;
  lastDay: string;
  successor: { id: string; name: string; slug: string | null } | null;
}

/** The unit's end and successor when its last day is before `today`; else null. */
export async function endedUnit(db: Q, unitId: string, today: string): Promise<EndedUnit | null> {
  const row = await unitEnd(db, unitId);
  if (!row?.valid_to || row.valid_to >= today) return null;
  return {
    name: row.name,
    lastDay: row.valid_to,
    successor: row.successor_id
      ? { id: row.successor_id, name: row.successor_name!, slug: row.successor_slug ?? null }
      : null,
  };
}

export async function refuseIfEnded(db: Q, unitId: string, today: string): Promise<void> {
  refuse(await endedUnit(db, unitId, today));
}

function refuse(ended: EndedUnit | null): void {
  if (ended)
    throw new DomainError(
      'RULE_VIOLATION',
      endedUnitText(ended.name, formatDateVn(ended.lastDay), ended.successor?.name ?? null),
    );
}

/**
 * The unit an opinion is entered at, with its end in the same read (entry is the hot path): the
 * caller checks access with `unit`, then calls `refuse` so a stranger learns nothing of its end.
 */
export async function findUnitForEntry(
  db: Q,
  unitId: string,
  today: string,
): Promise<{ unit: Unit | undefined; refuseIfEnded: () => void }> {
  const row = await unitWithEnd(db, unitId);
  if (!row) return { unit: undefined, refuseIfEnded: () => {} };
  const { valid_to, successor_id, successor_name, successor_slug, ...unit } = row;
  const ended: EndedUnit | null =
    valid_to && valid_to < today
      ? {
          name: unit.name,
          lastDay: valid_to,
          successor: successor_id
            ? { id: successor_id, name: successor_name!, slug: successor_slug ?? null }
            : null,
        }
      : null;
  return { unit: toUnit(unit), refuseIfEnded: () => refuse(ended) };
}
