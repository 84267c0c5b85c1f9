// Editing a draft plan: the whole content, checked against the contract; a stale version is refused.
import { DomainError, assertPlanEditable, type Actor, type PlanContent } from '@doithoai/core';
import { recordAudit } from '../audit/audit.js';
import type { Db } from '../db/open-database.js';
import { nowIso } from '../db/ids.js';
import { requireAccess } from '../shared/require-access.js';
import { findPlan, savePlanContent } from './plan.repository.js';

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
    if (!(await savePlanContent(trx, id, input.version, input.content, nowIso())))
      throw new DomainError('CONFLICT');
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
