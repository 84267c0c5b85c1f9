// The delivery job: sends one delivery (one message × one channel) and records the attempt.
// Already sent → nothing (a job retaken after a crash does not send twice what was recorded);
// channel not configured → marked so, not retried, shown to the administrator.
import { newId, nowIso } from '../db/ids.js';
import type { Db } from '../db/open-database.js';
import type { JobKind } from '../jobs/runner.js';
import type { Channels } from './channels/index.js';
import type { OutgoingMessage } from './channels/channel.js';
import type { NotifyChannel } from './outbox.js';
import {
  countFailedAttempt,
  deliveryWithMessage,
  insertDeliveryAttempt,
  markDeliveryFailed,
  markDeliveryNotConfigured,
  markDeliverySent,
} from './outbox.repository.js';

export function deliveryJob(db: Db, channels: Channels): JobKind {
  const k = db.kysely;
  return {
    async run(job, ctx) {
      const { deliveryId } = job.payload as { deliveryId: string };
      const row = await deliveryWithMessage(k, deliveryId);
      if (!row || row.state === 'sent' || row.state === 'not-configured') return;
      const channel = await channels.for(row.channel as NotifyChannel, row.unit_id);
      const at = nowIso;
      if (!channel?.configured) {
        await markDeliveryNotConfigured(
          k,
          deliveryId,
          `Kênh ${row.channel} chưa được cấu hình / channel not configured`,
          at(),
        );
        return;
      }
      const message: OutgoingMessage = {
        id: row.id,
        unitId: row.unit_id,
        kind: row.kind,
        subject: row.subject,
        text: row.text,
        link: row.link,
        userId: row.to_user_id,
        email: row.to_email,
        phone: row.to_phone,
        zalo: row.to_zalo,
      };
      const started = performance.now();
      try {
        await channel.send(message);
      } catch (e) {
        const error = (e instanceof Error ? e.message : String(e)).slice(0, 1000);
        await k.transaction().execute(async (trx) => {
          await insertDeliveryAttempt(trx, {
            id: newId(),
            delivery_id: deliveryId,
            at: at(),
            ok: 0,
            error,
            worker: ctx.owner,
            duration_ms: Math.round(performance.now() - started),
          });
          await countFailedAttempt(trx, deliveryId, error, at());
        });
        throw e;
      }
      // Recorded in the same commit as "job done".
      const finishedIn = Math.round(performance.now() - started);
      return async (trx) => {
        await insertDeliveryAttempt(trx, {
          id: newId(),
          delivery_id: deliveryId,
          at: at(),
          ok: 1,
          error: null,
          worker: ctx.owner,
          duration_ms: finishedIn,
        });
        await markDeliverySent(trx, deliveryId, at());
      };
    },
    async giveUp(job, error) {
      const { deliveryId } = job.payload as { deliveryId: string };
      await markDeliveryFailed(k, deliveryId, error, nowIso());
    },
  };
}
