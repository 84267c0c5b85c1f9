// An edit saved under the version the editor saw (organisations, people), with its audit entry:
// if someone saved in between, the editor is told (CONFLICT) and nothing is lost.
import { DomainError, type Actor } from '@doithoai/core';
import { recordAudit } from '../audit/audit.js';
import type { Q } from '../shared/query.js';

/** `after` is the saved record, or undefined when the version had moved on. */
export async function auditVersionedEdit<T extends { unitId: string }>(
  trx: Q,
  actor: Actor,
  edit: { action: string; entity: string; id: string; before: T },
  after: T | undefined,
): Promise<T> {
  if (!after) throw new DomainError('CONFLICT');
  await recordAudit(trx, {
    actorUserId: actor.userId,
    action: edit.action,
    entity: edit.entity,
    entityId: edit.id,
    unitId: after.unitId,
    detail: { before: edit.before, after },
  });
  return after;
}
