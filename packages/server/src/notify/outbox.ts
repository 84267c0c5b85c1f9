// The notification outbox. A feature calls enqueueNotification inside ITS OWN transaction: the
// message, one delivery per channel and one delivery job per delivery commit with the change, or
// not at all. The job runner (src/jobs) delivers after commit, retrying with backoff; a failing
// channel never blocks the change that caused it.
import { newId } from '../db/ids.js';
import { enqueueJob } from '../jobs/job.repository.js';
import { systemClock } from '../shared/clock.js';
import type { Q } from '../shared/query.js';
import { insertDelivery, insertNotification } from './outbox.repository.js';

export const notifyChannels = ['in-app', 'email', 'sms', 'zalo'] as const;
export type NotifyChannel = (typeof notifyChannels)[number];

export interface NotificationRecipient {
  userId?: string | null;
  email?: string | null;
  phone?: string | null;
  zalo?: string | null;
}

export interface NewNotification {
  unitId: string | null;
  to: NotificationRecipient;
  /** Default: every channel the recipient has an address for. */
  channels?: NotifyChannel[];
  kind: string;
  subject: string;
  text: string;
  link?: string;
  /** The same key twice writes nothing the second time (reminder digests, "answer approved" …). */
  dedupeKey?: string;
}

export const DELIVER_JOB = 'notify.deliver';
/** Attempts per delivery before it is marked failed (and shown to the administrator). */
export const DELIVERY_MAX_ATTEMPTS = 6;

const addressOf = (to: NotificationRecipient, channel: NotifyChannel): string | null | undefined =>
  channel === 'in-app'
    ? to.userId
    : channel === 'email'
      ? to.email
      : channel === 'sms'
        ? to.phone
        : to.zalo;

/** The channels a message goes through: those asked for (or all) that have an address. */
export function channelsFor(n: Pick<NewNotification, 'to' | 'channels'>): NotifyChannel[] {
  const wanted = n.channels ?? [...notifyChannels];
  return notifyChannels.filter((c) => wanted.includes(c) && !!addressOf(n.to, c)?.trim());
}

/**
 * Writes the message into the outbox in the caller's transaction. Returns its id, or null when
 * the dedupe key was already used or no channel has an address (nothing to send).
 */
export async function enqueueNotification(
  db: Q,
  n: NewNotification,
  now: Date = systemClock(),
): Promise<string | null> {
  const channels = channelsFor(n);
  if (channels.length === 0) return null;
  const at = now.toISOString();
  const id = newId();
  const inserted = await insertNotification(db, {
    id,
    unit_id: n.unitId,
    kind: n.kind,
    subject: n.subject.slice(0, 300),
    text: n.text,
    link: n.link ?? null,
    to_user_id: n.to.userId?.trim() || null,
    to_email: n.to.email?.trim() || null,
    to_phone: n.to.phone?.trim() || null,
    to_zalo: n.to.zalo?.trim() || null,
    dedupe_key: n.dedupeKey ?? null,
    created_at: at,
  });
  if (!inserted) return null;
  for (const channel of channels) {
    const deliveryId = newId();
    await insertDelivery(db, {
      id: deliveryId,
      notification_id: id,
      channel,
      state: 'pending',
      attempts: 0,
      last_error: null,
      delivered_at: null,
      created_at: at,
      updated_at: at,
    });
    await enqueueJob(
      db,
      {
        kind: DELIVER_JOB,
        payload: { deliveryId },
        runAt: now,
        dedupeKey: `deliver:${deliveryId}`,
        maxAttempts: DELIVERY_MAX_ATTEMPTS,
      },
      now,
    );
  }
  return id;
}
