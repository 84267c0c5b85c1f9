// Notifications and jobs (issue 6): the outbox (one row per message, written in the same
// transaction as the change that caused it), one delivery per channel with every attempt kept,
// the in-app inbox (read/unread), and the jobs table the runner leases from (reminders, deliveries).
import type { Kysely } from 'kysely';
import { columns, type Dialect } from '../columns.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const c = columns(dialect);

  await db.schema
    .createTable('notification')
    .addColumn('id', c.text, (col) => col.primaryKey())
    .addColumn('unit_id', c.text, (col) => col.references('unit.id'))
    .addColumn('kind', c.text, (col) => col.notNull())
    .addColumn('subject', c.text, (col) => col.notNull())
    .addColumn('text', c.text, (col) => col.notNull())
    .addColumn('link', c.text)
    .addColumn('to_user_id', c.text)
    .addColumn('to_email', c.text)
    .addColumn('to_phone', c.text)
    .addColumn('to_zalo', c.text)
    // Same key twice (a reminder digest run twice on one day) → the second is not written.
    .addColumn('dedupe_key', c.text, (col) => col.unique())
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('notification_created_idx')
    .on('notification')
    .column('created_at')
    .execute();

  await db.schema
    .createTable('notification_delivery')
    .addColumn('id', c.text, (col) => col.primaryKey())
    .addColumn('notification_id', c.text, (col) => col.notNull().references('notification.id'))
    .addColumn('channel', c.text, (col) => col.notNull())
    // pending → sent | failed | not-configured
    .addColumn('state', c.text, (col) => col.notNull())
    .addColumn('attempts', c.integer, (col) => col.notNull().defaultTo(0))
    .addColumn('last_error', c.text)
    .addColumn('delivered_at', c.timestamp)
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .addColumn('updated_at', c.timestamp, (col) => col.notNull())
    .addUniqueConstraint('notification_delivery_once', ['notification_id', 'channel'])
    .execute();
  await db.schema
    .createIndex('notification_delivery_state_idx')
    .on('notification_delivery')
    .columns(['state', 'updated_at'])
    .execute();

  await db.schema
    .createTable('delivery_attempt')
    .addColumn('id', c.text, (col) => col.primaryKey())
    .addColumn('delivery_id', c.text, (col) => col.notNull().references('notification_delivery.id'))
    .addColumn('at', c.timestamp, (col) => col.notNull())
    .addColumn('ok', c.integer, (col) => col.notNull())
    .addColumn('error', c.text)
    .addColumn('worker', c.text)
    .addColumn('duration_ms', c.integer)
    .execute();
  await db.schema
    .createIndex('delivery_attempt_delivery_idx')
    .on('delivery_attempt')
    .columns(['delivery_id', 'at'])
    .execute();

  await db.schema
    .createTable('inbox_item')
    .addColumn('id', c.text, (col) => col.primaryKey())
    .addColumn('notification_id', c.text, (col) =>
      col.notNull().unique().references('notification.id'),
    )
    .addColumn('user_id', c.text, (col) => col.notNull())
    .addColumn('unit_id', c.text)
    .addColumn('kind', c.text, (col) => col.notNull())
    .addColumn('subject', c.text, (col) => col.notNull())
    .addColumn('text', c.text, (col) => col.notNull())
    .addColumn('link', c.text)
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .addColumn('read_at', c.timestamp)
    .execute();
  await db.schema
    .createIndex('inbox_item_user_idx')
    .on('inbox_item')
    .columns(['user_id', 'read_at', 'created_at'])
    .execute();

  await db.schema
    .createTable('job')
    .addColumn('id', c.text, (col) => col.primaryKey())
    .addColumn('kind', c.text, (col) => col.notNull())
    .addColumn('payload', c.json, (col) => col.notNull())
    // pending → running (leased) → done | failed; a running job whose lease expired is retaken.
    .addColumn('state', c.text, (col) => col.notNull())
    .addColumn('run_at', c.timestamp, (col) => col.notNull())
    .addColumn('attempts', c.integer, (col) => col.notNull().defaultTo(0))
    .addColumn('max_attempts', c.integer, (col) => col.notNull())
    .addColumn('lease_owner', c.text)
    .addColumn('lease_expires_at', c.timestamp)
    .addColumn('last_error', c.text)
    .addColumn('dedupe_key', c.text, (col) => col.unique())
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .addColumn('updated_at', c.timestamp, (col) => col.notNull())
    .addColumn('finished_at', c.timestamp)
    .execute();
  await db.schema.createIndex('job_due_idx').on('job').columns(['state', 'run_at']).execute();
  await db.schema
    .createIndex('job_lease_idx')
    .on('job')
    .columns(['state', 'lease_expires_at'])
    .execute();
}
