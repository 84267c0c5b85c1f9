// The changes of the tree recorded at a unit and below it (proposed, confirmed, undone).
import { notFound, type Actor, type UnitChange } from '@doithoai/core';
import type { Db } from '../db/open-database.js';
import { requireAccess } from '../shared/require-access.js';
import { findUnit } from './unit.repository.js';
import { listUnitChanges } from './unit-history.repository.js';

export async function getUnitChanges(
  { db }: { db: Db },
  actor: Actor,
  unitId: string,
): Promise<UnitChange[]> {
  const unit = await findUnit(db.kysely, unitId);
  if (!unit) throw notFound();
  requireAccess(actor, 'unit.read', { unitPath: unit.path });
  return listUnitChanges(db.kysely, unit.path);
}
