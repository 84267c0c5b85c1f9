// The administrator's view of deliveries: failed, pending and "not configured" ones with their
// attempts, the state of each channel's settings, and "retry now". Scope: notifications of units
// where the caller may manage users (an administrator); messages without a unit need a root grant.
import { canAtRoot, notFound, scopePrefixes, type Actor } from '@doithoai/core';
import { recordAudit } from '../audit/audit.js';
import type { Db } from '../db/open-database.js';
import { loadNotifyConfig, type NotifyConfig } from './notify-config.js';
import { notifierOf } from './runtime.js';
import { enqueueJob, hasJob, jobsByDedupeKeys, requeueJob } from '../jobs/job.repository.js';
import { DELIVER_JOB, DELIVERY_MAX_ATTEMPTS } from './outbox.js';
import {
  deliveriesInScope,
  deliveryAttemptsOf,
  deliveryInScope,
  markDeliveryPending,
  type DeliveryScope,
} from './outbox.repository.js';
import { systemClock } from '../shared/clock.js';

export const deliveryStates = ['failed', 'pending', 'not-configured', 'sent'] as const;
export type DeliveryState = (typeof deliveryStates)[number];

function scope(actor: Actor): DeliveryScope {
  const prefixes = scopePrefixes(actor, 'user.manage');
  if (prefixes.length === 0) throw notFound();
  return { prefixes, withoutUnit: canAtRoot(actor, 'user.manage') };
}

const mask = (v: string | null) => (v ? v.replace(/^(.{2}).*(.{2})$/, '$1…$2') : null);

export async function listDeliveries(
  db: Db,
  actor: Actor,
  state: DeliveryState | 'problems' = 'problems',
  limit = 100,
) {
  const where = scope(actor);
  const states = state === 'problems' ? ['failed', 'pending', 'not-configured'] : [state];
  const rows = await deliveriesInScope(db.kysely, where, states, limit);
  const jobs = rows.length
    ? await jobsByDedupeKeys(
        db.kysely,
        rows.map((r) => `deliver:${r.id}`),
      )
    : [];
  const jobOf = new Map(jobs.map((j) => [j.dedupe_key, j]));
  const config = channelSettings(db);
  return {
    channels: {
      'in-app': { configured: true },
      email: {
        configured: !!config.smtp,
        detail: config.smtp
          ? config.smtp.url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@')
          : 'SMTP_URL',
      },
      sms: {
        configured: !!config.sms,
        detail: config.sms ? new URL(config.sms.url).host : 'SMS_WEBHOOK',
      },
      zalo: {
        configured: !!config.zalo,
        detail: config.zalo ? new URL(config.zalo.url).host : 'ZALO_WEBHOOK',
      },
    },
    deliveries: rows.map((r) => ({
      id: r.id,
      channel: r.channel,
      state: r.state,
      attempts: Number(r.attempts),
      lastError: r.last_error,
      updatedAt: r.updated_at,
      deliveredAt: r.delivered_at,
      kind: r.kind,
      subject: r.subject,
      createdAt: r.created_at,
      unitName: r.unit_name,
      // Addresses of citizens are personal data: shown masked.
      to:
        r.channel === 'in-app'
          ? 'in-app'
          : mask(
              r.channel === 'email'
                ? r.to_email
                : r.channel === 'sms'
                  ? r.to_phone
                  : (r.to_zalo ?? r.to_phone),
            ),
      nextAttemptAt:
        jobOf.get(`deliver:${r.id}`)?.state === 'pending' && r.state === 'pending'
          ? jobOf.get(`deliver:${r.id}`)!.run_at
          : null,
    })),
  };
}

/** The running server's settings (else the environment's); an invalid setting reads as not configured. */
function channelSettings(db: Db): NotifyConfig {
  const running = notifierOf.get(db);
  if (running) return running.config;
  try {
    return loadNotifyConfig();
  } catch {
    return { smtp: null, sms: null, zalo: null };
  }
}

export async function deliveryAttempts(db: Db, actor: Actor, id: string) {
  await findInScope(db, actor, id);
  return deliveryAttemptsOf(db.kysely, id);
}

async function findInScope(db: Db, actor: Actor, id: string) {
  const row = await deliveryInScope(db.kysely, scope(actor), id);
  if (!row) throw notFound();
  return row;
}

/** "Retry now": a failed, pending or unconfigured delivery goes back to the queue, due at once. */
export async function retryDelivery(db: Db, actor: Actor, id: string, now: Date = systemClock()) {
  const row = await findInScope(db, actor, id);
  if (row.state === 'sent') return { id, state: 'sent' };
  const at = now.toISOString();
  await db.kysely.transaction().execute(async (trx) => {
    await markDeliveryPending(trx, id, at);
    if (!(await requeueJob(trx, `deliver:${id}`, at))) {
      if (!(await hasJob(trx, `deliver:${id}`))) {
        await enqueueJob(
          trx,
          {
            kind: DELIVER_JOB,
            payload: { deliveryId: id },
            runAt: now,
            dedupeKey: `deliver:${id}`,
            maxAttempts: DELIVERY_MAX_ATTEMPTS,
          },
          now,
        );
      }
    }
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'notification.retry',
      entity: 'notification_delivery',
      entityId: id,
      unitId: row.unit_id,
      detail: { previousState: row.state },
    });
  });
  return { id, state: 'pending' };
}
