// The administrator's view of deliveries: failed, pending and "not configured" ones with their
// attempts, the state of each channel's settings, and "retry now". Scope: notifications of units
// where the caller may manage users (an administrator); messages without a unit need a root grant.
import { canAtRoot, notFound, scopePrefixes, type Actor } from '@doithoai/core';
import type { ExpressionBuilder } from 'kysely';
import { recordAudit } from '../audit/audit.js';
import type { Db } from '../db/open-database.js';
import type { Database } from '../db/schema.js';
import { loadNotifyConfig, type NotifyConfig } from './notify-config.js';
import { notifierOf } from './runtime.js';
import { enqueueJob } from '../jobs/job.repository.js';
import { DELIVER_JOB, DELIVERY_MAX_ATTEMPTS } from './outbox.js';
import { systemClock } from '../shared/clock.js';

export const deliveryStates = ['failed', 'pending', 'not-configured', 'sent'] as const;
export type DeliveryState = (typeof deliveryStates)[number];

function scope(actor: Actor) {
  const prefixes = scopePrefixes(actor, 'user.manage');
  if (prefixes.length === 0) throw notFound();
  const root = canAtRoot(actor, 'user.manage');
  return (
    eb: ExpressionBuilder<
      Database & { n: Database['notification']; u: Database['unit'] },
      'n' | 'u'
    >,
  ) =>
    eb.or([
      ...prefixes.map((p) => eb('u.path', 'like', `${p}%`)),
      ...(root ? [eb('n.unit_id', 'is', null)] : []),
    ]);
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
  const rows = await db.kysely
    .selectFrom('notification_delivery as d')
    .innerJoin('notification as n', 'n.id', 'd.notification_id')
    .leftJoin('unit as u', 'u.id', 'n.unit_id')
    .select([
      'd.id',
      'd.channel',
      'd.state',
      'd.attempts',
      'd.last_error',
      'd.updated_at',
      'd.delivered_at',
      'n.kind',
      'n.subject',
      'n.created_at',
      'n.to_email',
      'n.to_phone',
      'n.to_zalo',
      'n.to_user_id',
      'u.name as unit_name',
    ])
    .where('d.state', 'in', states)
    .where(where as never)
    .orderBy('d.updated_at', 'desc')
    .limit(limit)
    .execute();
  const jobs = rows.length
    ? await db.kysely
        .selectFrom('job')
        .select(['dedupe_key', 'run_at', 'state'])
        .where(
          'dedupe_key',
          'in',
          rows.map((r) => `deliver:${r.id}`),
        )
        .execute()
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
  return db.kysely
    .selectFrom('delivery_attempt')
    .select(['at', 'ok', 'error', 'worker', 'duration_ms'])
    .where('delivery_id', '=', id)
    .orderBy('at')
    .execute();
}

async function findInScope(db: Db, actor: Actor, id: string) {
  const row = await db.kysely
    .selectFrom('notification_delivery as d')
    .innerJoin('notification as n', 'n.id', 'd.notification_id')
    .leftJoin('unit as u', 'u.id', 'n.unit_id')
    .select(['d.id', 'd.state', 'n.unit_id'])
    .where('d.id', '=', id)
    .where(scope(actor) as never)
    .executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

/** "Retry now": a failed, pending or unconfigured delivery goes back to the queue, due at once. */
export async function retryDelivery(db: Db, actor: Actor, id: string, now: Date = systemClock()) {
  const row = await findInScope(db, actor, id);
  if (row.state === 'sent') return { id, state: 'sent' };
  const at = now.toISOString();
  await db.kysely.transaction().execute(async (trx) => {
    await trx
      .updateTable('notification_delivery')
      .set({ state: 'pending', updated_at: at })
      .where('id', '=', id)
      .execute();
    const moved = await trx
      .updateTable('job')
      .set({
        state: 'pending',
        run_at: at,
        attempts: 0,
        lease_owner: null,
        lease_expires_at: null,
        updated_at: at,
        finished_at: null,
      })
      .where('dedupe_key', '=', `deliver:${id}`)
      .where('state', '!=', 'running')
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) === 0) {
      const exists = await trx
        .selectFrom('job')
        .select('id')
        .where('dedupe_key', '=', `deliver:${id}`)
        .executeTakeFirst();
      if (!exists) {
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
