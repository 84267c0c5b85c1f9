// "Not a duplicate": the clerk looked at a suggested pair and decided they are different matters.
// The pair (ids kept in ascending order, so once per pair) is no longer suggested in triage; the
// decision can be undone, which deletes it and brings the suggestion back. Both kept in the audit.
import { DomainError, notFound, pairKey, type Actor } from '@doithoai/core';
import { recordAudit } from '../audit/audit.js';
import type { Db } from '../db/open-database.js';
import { newId, nowIso } from '../db/ids.js';
import { findUnit } from '../unit/unit.repository.js';
import { requireAccess } from '../shared/require-access.js';
import { matterIdsInUnit } from './opinion.repository.js';
import {
  deleteDismissal,
  dismissedPairsOf,
  findDismissal,
  findDismissalOfPair,
  insertDismissal,
} from './pair-dismissal.repository.js';

export async function dismissDuplicate(
  { db }: { db: Db },
  actor: Actor,
  unitId: string,
  input: { a: string; b: string },
) {
  return db.kysely.transaction().execute(async (trx) => {
    const unit = await findUnit(trx, unitId);
    requireAccess(actor, 'opinion.update', unit && { unitPath: unit.path });
    if (input.a === input.b) {
      throw new DomainError('VALIDATION', undefined, [
        {
          field: 'b',
          message: {
            vi: 'Trường «b»: cần hai ý kiến khác nhau',
            en: "Field 'b': two different matters are needed",
          },
        },
      ]);
    }
    const found = await matterIdsInUnit(trx, unitId, [input.a, input.b]);
    if (found.length !== 2) throw notFound();
    const [first, second] = [input.a, input.b].sort() as [string, string];
    const existing = await findDismissalOfPair(trx, first, second);
    if (existing) return { id: existing.id, a: first, b: second };
    const id = newId();
    await insertDismissal(trx, {
      id,
      unit_id: unitId,
      first_id: first,
      second_id: second,
      actor_user_id: actor.userId,
      at: nowIso(),
    });
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'opinion.not-duplicate',
      entity: 'matter_pair_dismissal',
      entityId: id,
      unitId,
      detail: { a: first, b: second },
    });
    return { id, a: first, b: second };
  });
}

export async function undoDismissal({ db }: { db: Db }, actor: Actor, id: string) {
  return db.kysely.transaction().execute(async (trx) => {
    const row = await findDismissal(trx, id);
    const unit = row && (await findUnit(trx, row.unit_id));
    requireAccess(actor, 'opinion.update', unit && { unitPath: unit.path });
    await deleteDismissal(trx, id);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'opinion.not-duplicate.undo',
      entity: 'matter_pair_dismissal',
      entityId: id,
      unitId: row!.unit_id,
      detail: { a: row!.first_id, b: row!.second_id },
    });
    return { id, undone: true };
  });
}

/**
 * "Not the same" from a cluster: one matter is not about the same concern as the others. Each pair
 * is remembered as a dismissal (so the matter never joins them again), in one transaction.
 */
export async function dismissFromCluster(
  { db }: { db: Db },
  actor: Actor,
  unitId: string,
  input: { matterId: string; otherIds: string[] },
) {
  return db.kysely.transaction().execute(async (trx) => {
    const unit = await findUnit(trx, unitId);
    requireAccess(actor, 'opinion.update', unit && { unitPath: unit.path });
    const others = [...new Set(input.otherIds)].filter((o) => o !== input.matterId);
    if (others.length === 0) {
      throw new DomainError('VALIDATION', undefined, [
        {
          field: 'otherIds',
          message: {
            vi: 'Trường «otherIds»: chọn ít nhất một ý kiến khác',
            en: "Field 'otherIds': choose at least one other matter",
          },
        },
      ]);
    }
    const found = await matterIdsInUnit(trx, unitId, [input.matterId, ...others]);
    if (found.length !== others.length + 1) throw notFound();
    const existing = await dismissedPairsOf(trx, unitId, input.matterId);
    const at = nowIso();
    let dismissed = 0;
    for (const other of others) {
      if (existing.has(pairKey(input.matterId, other))) continue;
      const [first, second] = [input.matterId, other].sort() as [string, string];
      await insertDismissal(trx, {
        id: newId(),
        unit_id: unitId,
        first_id: first,
        second_id: second,
        actor_user_id: actor.userId,
        at,
      });
      dismissed++;
    }
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'opinion.not-duplicate',
      entity: 'matter',
      entityId: input.matterId,
      unitId,
      detail: { others },
    });
    return { dismissed };
  });
}
