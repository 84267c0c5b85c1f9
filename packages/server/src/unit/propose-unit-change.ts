// Records a merger or a change of parent as proposed, with its legal basis: nothing in the tree
// moves until it is confirmed (confirm-unit-change.ts), and until then it can be undone. The
// units it names must lie under the unit where it is recorded (the caller's 'unit.change' there).
import {
  checkUnitChange,
  DomainError,
  notFound,
  type Actor,
  type UnitChange,
  type UnitChangeInput,
} from '@doithoai/core';
import { recordAudit } from '../audit/audit.js';
import type { Db } from '../db/open-database.js';
import { newId, nowIso } from '../db/ids.js';
import { requireAccess } from '../shared/require-access.js';
import { findUnit, unitCodeTaken, unitPaths } from './unit.repository.js';
import { insertUnitChange, toUnitChange, unitsInTime } from './unit-history.repository.js';

/** The ids a proposal names. */
export const namedUnits = (input: UnitChangeInput): string[] =>
  input.kind === 'merger'
    ? [...input.predecessorIds, ...(input.parentId ? [input.parentId] : [])]
    : [...input.unitIds, input.toParentId];

export async function proposeUnitChange(
  { db }: { db: Db },
  actor: Actor,
  unitId: string,
  input: UnitChangeInput,
): Promise<UnitChange> {
  return db.kysely.transaction().execute(async (trx) => {
    const at = await findUnit(trx, unitId);
    requireAccess(actor, 'unit.change', at && { unitPath: at.path });
    const named = [...new Set(namedUnits(input))];
    const rows = await unitPaths(trx, named);
    // A unit outside the caller's reach reads exactly like one that does not exist.
    if (rows.length !== named.length || rows.some((r) => !r.path.startsWith(at!.path)))
      throw notFound();
    await assertCanApply(trx, input);
    const row = {
      id: newId(),
      unit_id: unitId,
      kind: input.kind,
      state: 'proposed',
      effective_on: input.effectiveOn,
      legal_basis: input.legalBasis,
      note: input.note ?? null,
      proposal: JSON.stringify(input),
      applied: null,
      proposed_by: actor.userId,
      proposed_at: nowIso(),
      decided_by: null,
      decided_at: null,
      version: 0,
    };
    await insertUnitChange(trx, row);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'unit.change.propose',
      entity: 'unit_change',
      entityId: row.id,
      unitId,
      reason: input.legalBasis,
      detail: { proposal: input },
    });
    return toUnitChange(row);
  });
}

/** The checks a proposal must pass now and again at confirm (the tree may have changed in between). */
export async function assertCanApply(
  trx: Parameters<typeof unitsInTime>[0],
  input: UnitChangeInput,
): Promise<void> {
  const units = new Map((await unitsInTime(trx, namedUnits(input))).map((u) => [u.id, u]));
  const issues = checkUnitChange(input, units);
  if (input.kind === 'merger') {
    if (await unitCodeTaken(trx, input.successor.code))
      issues.push({
        field: 'successor.code',
        message: { vi: 'Mã đơn vị đã được dùng', en: 'The unit code is already in use' },
      });
    const parents = new Set(
      [...units.values()].filter((u) => input.predecessorIds.includes(u.id)).map((u) => u.parentId),
    );
    if (!input.parentId && parents.size > 1) {
      issues.push({
        field: 'parentId',
        message: {
          vi: 'Các đơn vị thuộc nhiều cấp trên: cần chọn cấp trên của đơn vị mới',
          en: 'The units stand under different parents: choose the new unit’s parent',
        },
      });
    }
  }
  if (issues.length) throw new DomainError('VALIDATION', undefined, issues);
}
