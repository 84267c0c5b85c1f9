// Applies a session move: the rules of core decideSessionMove on the unit's profile and working
// calendar, the state written under the caller's version, the history entry, every overridden
// rule with its reason, and the audit entry — inside the caller's transaction.
import {
  DomainError,
  can,
  decideSessionMove,
  type Actor,
  type MoveContext,
  type Override,
  type SessionAction,
  type SessionState,
} from '@doithoai/core';
import type { Transaction, Updateable } from 'kysely';
import { recordAudit } from '../audit/audit.js';
import type { Database, DialogueSessionTable } from '../db/schema.js';
import { newId, nowIso } from '../db/ids.js';
import { recordStateChange } from '../plan/plan.repository.js';
import { insertSessionOverride, moveSessionState, type SessionRow } from './session.repository.js';

export function facts(s: SessionRow) {
  return {
    state: s.state as SessionState,
    round: s.round === null ? null : Number(s.round),
    heldBy: s.held_by,
    date: s.date,
  };
}

/** Refuses an override by someone without 'session.override' before any rule is even checked. */
export function checkOverrideAllowed(
  actor: Actor,
  unitPath: string,
  override: Override | null | undefined,
) {
  if (override && !can(actor, 'session.override', { unitPath })) {
    throw new DomainError('RULE_VIOLATION', {
      vi: 'Chỉ quản trị viên được cho phép ngoại lệ so với quy định',
      en: 'Only an administrator may override a rule',
    });
  }
}

export async function applySessionMove(
  trx: Transaction<Database>,
  actor: Actor,
  found: { session: SessionRow; unitPath: string },
  action: SessionAction,
  ctx: MoveContext,
  opts: {
    version: number;
    override?: Override | null;
    set?: Updateable<DialogueSessionTable>;
    detail?: Record<string, unknown>;
  },
) {
  const s = found.session;
  checkOverrideAllowed(actor, found.unitPath, opts.override);
  const { to, overridden } = decideSessionMove(action, facts(s), ctx, opts.override);
  if (Number(s.version) !== opts.version) throw new DomainError('CONFLICT');
  const at = nowIso();
  if (!(await moveSessionState(trx, s.id, opts.version, { ...opts.set, state: to }, at)))
    throw new DomainError('CONFLICT');
  const reason = overridden.length > 0 ? opts.override!.reason : null;
  await recordStateChange(trx, {
    entity: 'session',
    id: s.id,
    from: s.state,
    to,
    actorUserId: actor.userId,
    reason,
    detail: { action, ...opts.detail, overridden: overridden.map((b) => b.rule) },
  });
  for (const b of overridden) {
    await insertSessionOverride(trx, {
      id: newId(),
      session_id: s.id,
      action,
      rule: b.rule,
      limit_date: b.limit,
      actual_date: b.actual,
      message: b.message.vi,
      reason: reason!,
      actor_user_id: actor.userId,
      at,
    });
  }
  await recordAudit(trx, {
    actorUserId: actor.userId,
    action: `session.${action}`,
    entity: 'dialogue_session',
    entityId: s.id,
    unitId: s.unit_id,
    reason,
    detail: {
      from: s.state,
      to,
      overridden: overridden.map((b) => ({ rule: b.rule, limit: b.limit, actual: b.actual })),
    },
  });
  return { to, overridden };
}
