// The delivery job: sends one delivery (one message × one channel) and records the attempt.
// Already sent → nothing (a job retaken after a crash does not send twice what was recorded);
// channel not configured → marked so, not retried, shown to the administrator.
import { newId, nowIso } from '../db/ids.js';
import type { Db } from '../db/open-database.js';
import type { JobKind } from '../jobs/runner.js';
import type { Channels } from './channels/index.js';
import type { OutgoingMessage } from './channels/channel.js';
import type { NotifyChannel } from './outbox.js';

export function deliveryJob(db: Db, channels: Channels): JobKind {
  const k = db.kysely;
  return {
    async run(job, ctx) {
      const { deliveryId } = job.payload as { deliveryId: string };
      const row = await k
        .selectFrom('notification_delivery as d')
        .innerJoin('notification as n', 'n.id', 'd.notification_id')
        .select([
          'd.id as delivery_id',
          'd.channel',
          'd.state',
          'n.id',
          'n.unit_id',
          'n.kind',
          'n.subject',
          'n.text',
          'n.link',
          'n.to_user_id',
          'n.to_email',
          'n.to_phone',
          'n.to_zalo',
        ])
        .where('d.id', '=', deliveryId)
        .executeTakeFirst();
      if (!row || row.state === 'sent' || row.state === 'not-configured') return;
      const channel = await channels.for(row.channel as NotifyChannel, row.unit_id);
      const at = nowIso;
      if (!channel?.configured) {
        await k
          .updateTable('notification_delivery')
          .set({
            state: 'not-configured',
            last_error: `Kênh ${row.channel} chưa được cấu hình / channel not configured`,
            updated_at: at(),
          })
          .where('id', '=', deliveryId)
          .execute();
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
          await trx
            .insertInto('delivery_attempt')
            .values({
              id: newId(),
              delivery_id: deliveryId,
              at: at(),
              ok: 0,
              error,
              worker: ctx.owner,
              duration_ms: Math.round(performance.now() - started),
            })
            .execute();
          await trx
            .updateTable('notification_delivery')
            .set((eb) => ({
              attempts: eb('attempts', '+', 1),
              last_error: error,
              updated_at: at(),
            }))
            .where('id', '=', deliveryId)
            .execute();
        });
        throw e;
      }
      // Recorded in the same commit as "job done".
      const finishedIn = Math.round(performance.now() - started);
      return async (trx) => {
        await trx
          .insertInto('delivery_attempt')
          .values({
            id: newId(),
            delivery_id: deliveryId,
            at: at(),
            ok: 1,
            error: null,
            worker: ctx.owner,
            duration_ms: finishedIn,
          })
          .execute();
        await trx
          .updateTable('notification_delivery')
          .set((eb) => ({
            state: 'sent',
            attempts: eb('attempts', '+', 1),
            last_error: null,
            delivered_at: at(),
            updated_at: at(),
          }))
          .where('id', '=', deliveryId)
          .execute();
      };
    },
    async giveUp(job, error) {
      const { deliveryId } = job.payload as { deliveryId: string };
      await k
        .updateTable('notification_delivery')
        .set({ state: 'failed', last_error: error, updated_at: nowIso() })
        .where('id', '=', deliveryId)
        .where('state', '=', 'pending')
        .execute();
    },
  };
}
