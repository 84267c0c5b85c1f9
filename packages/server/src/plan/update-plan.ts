// Editing a draft plan: the whole content, checked against the contract; a stale version is refused.
import { DomainError, assertPlanEditable, type Actor, type PlanContent } from '@doithoai/core';
import { recordAudit } from '../audit/audit.js';
import type { Db } from '../db/open-database.js';
import { nowIso } from '../db/ids.js';
import { requireAccess } from '../shared/require-access.js';
import { findPlan } from './plan.repository.js';

export async function updatePlan(
  { db }: { db: Db },
  actor: Actor,
  id: string,
  input: { content: PlanContent; version: number },
) {
  await db.kysely.transaction().execute(async (trx) => {
    const found = await findPlan(trx, id);
    requireAccess(actor, 'plan.manage', found);
    assertPlanEditable(found!.plan.state);
    const updated = await trx
      .updateTable('plan')
      .set({
        content: JSON.stringify(input.content),
        version: input.version + 1,
        updated_at: nowIso(),
      })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .returning('id')
      .executeTakeFirst();
    if (!updated) throw new DomainError('CONFLICT');
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'plan.update',
      entity: 'plan',
      entityId: id,
      unitId: found!.plan.unitId,
    });
  });
  return (await findPlan(db.kysely, id))!.plan;
}
