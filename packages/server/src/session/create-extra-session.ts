// An extra session (ngoài kế hoạch), e.g. on a pressing local matter: created by the office with a
// written reason, numbered after the year's sessions ("lần thứ ba năm 2026"), with no held-by date
// (so the round's deadline rule does not apply), taking its chairs, topics, invited compositions
// and cap from the year's issued plan when there is one; then scheduled, announced, held,
// concluded and closed like a round's session, under the same clock rules.
import type { Actor, ExtraSessionInput, PlanContent } from '@doithoai/core';
import { recordAudit } from '../audit/audit.js';
import type { Db } from '../db/open-database.js';
import { nowIso } from '../db/ids.js';
import { recordStateChange } from '../plan/plan.repository.js';
import { todayInVietnam, type Clock } from '../shared/clock.js';
import { findUnit } from '../unit/unit.repository.js';
import { requireAccess } from '../shared/require-access.js';
import {
  findSession,
  insertPlannedSession,
  issuedPlanOfYear,
  sessionRoundsOf,
  sessionSummary,
} from './session.repository.js';

export async function createExtraSession(
  { db, clock }: { db: Db; clock?: Clock },
  actor: Actor,
  unitId: string,
  input: ExtraSessionInput,
) {
  const unit = await findUnit(db.kysely, unitId);
  requireAccess(actor, 'plan.manage', unit && { unitPath: unit.path });
  const id = await db.kysely.transaction().execute(async (trx) => {
    const year = Number(todayInVietnam(clock).slice(0, 4));
    const plan = await issuedPlanOfYear(trx, unitId, year);
    const content = plan ? (JSON.parse(plan.content) as PlanContent) : null;
    // Its number: after every session of the unit this year (the plan's rounds and earlier extras).
    const sessions = await sessionRoundsOf(trx, unitId);
    const thisYear = sessions.filter(
      (s) =>
        (plan && s.plan_id === plan.id) ||
        (s.held_by ?? s.date ?? s.created_at).startsWith(String(year)),
    );
    const round =
      Math.max(0, ...thisYear.map((s) => Number(s.round ?? 0)), content?.rounds.length ?? 0) + 1;
    const at = nowIso();
    const sessionId = await insertPlannedSession(trx, {
      unitId,
      planId: plan?.id ?? null,
      round,
      heldBy: null,
      content,
      at,
    });
    await recordStateChange(trx, {
      entity: 'session',
      id: sessionId,
      from: null,
      to: 'planned',
      actorUserId: actor.userId,
      reason: input.reason,
      detail: { extra: true, round },
    });
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'session.create-extra',
      entity: 'dialogue_session',
      entityId: sessionId,
      unitId,
      reason: input.reason,
      detail: { round, planId: plan?.id ?? null },
    });
    return sessionId;
  });
  return sessionSummary((await findSession(db.kysely, id))!.session);
}
