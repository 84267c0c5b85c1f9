// Withdrawing a consent: the record stays (who agreed, when, to what) and says when, by whom
// and how it was withdrawn (in person, by phone, in writing, through the portal, …).
import {
  DomainError,
  type Actor,
  type ConsentWithdrawal,
  type RecordedConsent,
} from '@doithoai/core';
import { newId } from '../db/ids.js';
import { recordAudit } from '../audit/audit.js';
import type { Db } from '../db/open-database.js';
import { nowIso } from '../db/ids.js';
import { requireAccess } from '../shared/require-access.js';
import { requireNotNamedBy } from './conflict-guard.js';
import { findConsent, insertConsent, withdrawConsentRow } from './consent.repository.js';
import { petitionerWithPath } from './petitioner.repository.js';

/** How a consent was given. */
export const consentChannels = ['in-person', 'phone', 'writing', 'portal'] as const;

export const withdrawalChannels = [
  'in-person',
  'phone',
  'writing',
  'portal',
  'objection',
  'erasure',
  'retention',
] as const;

export async function withdrawConsent(
  { db }: { db: Db },
  actor: Actor,
  consentId: string,
  how: string,
): Promise<ConsentWithdrawal> {
  const c = await findConsent(db.kysely, consentId);
  requireAccess(actor, 'privacy.manage', c && { unitPath: c.path });
  await requireNotNamedBy(db.kysely, actor, c!.petitioner_id);
  if (c!.withdrawn_at)
    throw new DomainError('CONFLICT', {
      vi: `Sự đồng ý này đã được rút lúc ${c!.withdrawn_at}`,
      en: `this consent was already withdrawn at ${c!.withdrawn_at}`,
    });
  const at = nowIso();
  await db.kysely.transaction().execute(async (trx) => {
    await withdrawConsentRow(trx, consentId, { at, by: actor.userId, how });
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'consent.withdraw',
      entity: 'petitioner',
      entityId: c!.petitioner_id,
      unitId: c!.unit_id,
      detail: { consentId, purpose: c!.purpose, how },
    });
  });
  return { id: consentId, withdrawnAt: at, withdrawnHow: how };
}

/**
 * Records a consent for one purpose, as asked: the exact wording shown or read out, how it was
 * given, by whom it was recorded and when. Never pre-ticked: `granted` is what the person said.
 */
export async function recordConsent(
  { db }: { db: Db },
  actor: Actor,
  petitionerId: string,
  input: { purpose: string; wording: string; channel: string; granted: boolean },
): Promise<RecordedConsent> {
  const p = await petitionerWithPath(db.kysely, petitionerId);
  requireAccess(actor, 'privacy.manage', p && { unitPath: p.path });
  await requireNotNamedBy(db.kysely, actor, p!.id);
  if (p!.erased_at)
    throw new DomainError('RULE_VIOLATION', {
      vi: 'Dữ liệu của người này đã bị xóa theo yêu cầu: không ghi thêm sự đồng ý',
      en: "this person's data was erased: no new consent is recorded",
    });
  const id = newId();
  const at = nowIso();
  await db.kysely.transaction().execute(async (trx) => {
    await insertConsent(trx, {
      id,
      petitioner_id: petitionerId,
      purpose: input.purpose,
      granted: input.granted ? 1 : 0,
      recorded_by: actor.userId,
      recorded_at: at,
      wording: input.wording,
      channel: input.channel,
    });
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'consent.record',
      entity: 'petitioner',
      entityId: petitionerId,
      unitId: p!.unit_id,
      detail: {
        consentId: id,
        purpose: input.purpose,
        granted: input.granted,
        channel: input.channel,
      },
    });
  });
  return {
    id,
    purpose: input.purpose,
    granted: input.granted,
    wording: input.wording,
    channel: input.channel,
    recordedAt: at,
    recordedBy: actor.userId,
  };
}
