// Issuing the plan: the issuing body's next number (the Đảng ủy for a Party plan), the document
// frozen in the register, the plan marked issued, and one planned session per round — together.
import { DomainError, assertPlanTransition, type Actor } from '@doithoai/core';
import { recordAudit } from '../audit/audit.js';
import type { Db } from '../db/open-database.js';
import { nowIso } from '../db/ids.js';
import { issueDocument } from '../document/issue-document.js';
import { requireAccess } from '../shared/require-access.js';
import { todayInVietnam, type Clock } from '../shared/clock.js';
import { planDocument } from './plan-document.js';
import { insertPlannedSession } from '../session/session.repository.js';
import { findPlan, markPlanIssued, recordStateChange } from './plan.repository.js';
import { issuingBody } from '../shared/issuing-body.repository.js';

export async function issuePlan(
  { db, clock }: { db: Db; clock?: Clock },
  actor: Actor,
  id: string,
  input: { date?: string | null; version: number },
) {
  await db.kysely.transaction().execute(async (trx) => {
    const found = await findPlan(trx, id);
    requireAccess(actor, 'plan.manage', found);
    const plan = found!.plan;
    assertPlanTransition(plan.state, 'issued');
    if (plan.version !== input.version) throw new DomainError('CONFLICT');
    const body = await issuingBody(trx, plan.unitId, plan.content.signer.authority);
    if (!body) {
      throw new DomainError('RULE_VIOLATION', {
        vi:
          plan.content.signer.authority === 'party'
            ? 'Đơn vị chưa có tổ chức Đảng ủy để ban hành kế hoạch (thêm ở trang Đơn vị)'
            : 'Đơn vị chưa có UBND để ban hành kế hoạch (thêm ở trang Đơn vị)',
        en: 'The unit has no issuing body for the plan (add it on the Units page)',
      });
    }
    const date = input.date ?? todayInVietnam(clock);
    const issued = await issueDocument(trx, {
      actorUserId: actor.userId,
      unitId: plan.unitId,
      organisationId: body.id,
      kind: 'ke-hoach',
      draft: await planDocument(trx, plan.unitId, plan.content, date),
      subject: { type: 'plan', id },
    });
    const at = nowIso();
    if (!(await markPlanIssued(trx, { id, version: plan.version }, issued.id, at)))
      throw new DomainError('CONFLICT');
    await recordStateChange(trx, {
      entity: 'plan',
      id,
      from: 'draft',
      to: 'issued',
      actorUserId: actor.userId,
      detail: { number: issued.numberText },
    });
    for (const r of plan.content.rounds) {
      const sessionId = await insertPlannedSession(trx, {
        unitId: plan.unitId,
        planId: id,
        round: r.round,
        heldBy: r.heldBy,
        content: plan.content,
        at,
      });
      await recordStateChange(trx, {
        entity: 'session',
        id: sessionId,
        from: null,
        to: 'planned',
        actorUserId: actor.userId,
        detail: { round: r.round, heldBy: r.heldBy },
      });
    }
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'plan.issue',
      entity: 'plan',
      entityId: id,
      unitId: plan.unitId,
      detail: { number: issued.numberText, date },
    });
  });
  return (await findPlan(db.kysely, id))!.plan;
}
