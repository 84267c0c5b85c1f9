// The outbox's rows: a message (notification), one delivery per channel, and each attempt to
// send a delivery; read back by the delivery job and by the administrator's list.
import type { ExpressionBuilder, Insertable } from 'kysely';
import type {
  Database,
  DeliveryAttemptTable,
  NotificationDeliveryTable,
  NotificationTable,
} from '../db/schema.js';
import type { Q } from '../shared/query.js';

/** False when the message's dedupe key was already used (nothing written). */
export async function insertNotification(
  db: Q,
  row: Insertable<NotificationTable>,
): Promise<boolean> {
  const inserted = await db
    .insertInto('notification')
    .values(row)
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  return !!inserted;
}

export async function insertDelivery(
  db: Q,
  row: Insertable<NotificationDeliveryTable>,
): Promise<void> {
  await db.insertInto('notification_delivery').values(row).execute();
}

/** A delivery with its message and addresses. */
export async function deliveryWithMessage(db: Q, deliveryId: string) {
  return db
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
}

export async function insertDeliveryAttempt(
  db: Q,
  row: Insertable<DeliveryAttemptTable>,
): Promise<void> {
  await db.insertInto('delivery_attempt').values(row).execute();
}

export async function markDeliveryNotConfigured(db: Q, id: string, error: string, at: string) {
  await db
    .updateTable('notification_delivery')
    .set({ state: 'not-configured', last_error: error, updated_at: at })
    .where('id', '=', id)
    .execute();
}

/** One more attempt that failed; the delivery stays as it is (the job retries). */
export async function countFailedAttempt(db: Q, id: string, error: string, at: string) {
  await db
    .updateTable('notification_delivery')
    .set((eb) => ({ attempts: eb('attempts', '+', 1), last_error: error, updated_at: at }))
    .where('id', '=', id)
    .execute();
}

export async function markDeliverySent(db: Q, id: string, at: string) {
  await db
    .updateTable('notification_delivery')
    .set((eb) => ({
      state: 'sent',
      attempts: eb('attempts', '+', 1),
      last_error: null,
      delivered_at: at,
      updated_at: at,
    }))
    .where('id', '=', id)
    .execute();
}

/** A pending delivery whose attempts ran out. */
export async function markDeliveryFailed(db: Q, id: string, error: string, at: string) {
  await db
    .updateTable('notification_delivery')
    .set({ state: 'failed', last_error: error, updated_at: at })
    .where('id', '=', id)
    .where('state', '=', 'pending')
    .execute();
}

export async function markDeliveryPending(db: Q, id: string, at: string) {
  await db
    .updateTable('notification_delivery')
    .set({ state: 'pending', updated_at: at })
    .where('id', '=', id)
    .execute();
}

/** Whose deliveries: messages of units under the paths, and those without a unit when asked. */
export interface DeliveryScope {
  prefixes: readonly string[];
  withoutUnit: boolean;
}

const inScope =
  ({ prefixes, withoutUnit }: DeliveryScope) =>
  (
    eb: ExpressionBuilder<
      Database & { n: Database['notification']; u: Database['unit'] },
      'n' | 'u'
    >,
  ) =>
    eb.or([
      ...prefixes.map((p) => eb('u.path', 'like', `${p}%`)),
      ...(withoutUnit ? [eb('n.unit_id', 'is', null)] : []),
    ]);

/** The scope's deliveries in the states, most recently changed first. */
export async function deliveriesInScope(
  db: Q,
  scope: DeliveryScope,
  states: readonly string[],
  limit: number,
) {
  return db
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
    .where(inScope(scope) as never)
    .orderBy('d.updated_at', 'desc')
    .limit(limit)
    .execute();
}

export async function deliveryInScope(db: Q, scope: DeliveryScope, id: string) {
  return db
    .selectFrom('notification_delivery as d')
    .innerJoin('notification as n', 'n.id', 'd.notification_id')
    .leftJoin('unit as u', 'u.id', 'n.unit_id')
    .select(['d.id', 'd.state', 'n.unit_id'])
    .where('d.id', '=', id)
    .where(inScope(scope) as never)
    .executeTakeFirst();
}

export async function deliveryAttemptsOf(db: Q, deliveryId: string) {
  return db
    .selectFrom('delivery_attempt')
    .select(['at', 'ok', 'error', 'worker', 'duration_ms'])
    .where('delivery_id', '=', deliveryId)
    .orderBy('at')
    .execute();
}

/** How many deliveries of each channel are in each state. */
export async function deliveryCounts(db: Q) {
  return db
    .selectFrom('notification_delivery')
    .select(['channel', 'state', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(['channel', 'state'])
    .orderBy('channel')
    .orderBy('state')
    .execute();
}

export async function deliveriesOf(db: Q, notificationId: string) {
  return db
    .selectFrom('notification_delivery')
    .select(['channel', 'state', 'last_error'])
    .where('notification_id', '=', notificationId)
    .execute();
}
