// Undoes a proposed change of the tree: it never took effect, so nothing moves back; the record
// stays, marked undone, with who and when. A confirmed change is history and cannot be undone.
import { canMoveUnitChange, DomainError, type Actor, type UnitChange } from '@doithoai/core';
import { recordAudit } from '../audit/audit.js';
import type { Db } from '../db/open-database.js';
import { nowIso } from '../db/ids.js';
import { requireAccess } from '../shared/require-access.js';
import { decideUnitChange, findUnitChange, toUnitChange } from './unit-history.repository.js';
import { unitChangeTexts } from './unit-change-text.js';

export async function undoUnitChange(
  { db }: { db: Db },
  actor: Actor,
  unitId: string,
  changeId: string,
  reason?: string | null,
): Promise<UnitChange> {
  return db.kysely.transaction().execute(async (trx) => {
    const found = await findUnitChange(trx, changeId);
    requireAccess(
      actor,
      'unit.change',
      found && found.change.unitId === unitId ? found : undefined,
    );
    const change = found!.change;
    if (!canMoveUnitChange(change.state, 'undone'))
      throw new DomainError('RULE_VIOLATION', unitChangeTexts.notProposed);
    const row = await decideUnitChange(trx, changeId, change.version, {
      state: 'undone',
      decided_by: actor.userId,
      decided_at: nowIso(),
    });
    if (!row) throw new DomainError('CONFLICT');
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'unit.change.undo',
      entity: 'unit_change',
      entityId: changeId,
      unitId,
      reason: reason ?? null,
      detail: { kind: change.kind },
    });
    return toUnitChange(row);
  });
}
