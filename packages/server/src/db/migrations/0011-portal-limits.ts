// The portal's rate-limit windows (issue 8), shared by every app process and kept across restarts:
// one row per counted attempt, its key a salted SHA-256 of the address or phone (never the address
// or phone itself), deleted once older than the longest window (a day). Not backed up: it is
// derived, short-lived data.
import type { Kysely } from 'kysely';
import { columns, type Dialect } from '../columns.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const c = columns(dialect);
  await db.schema
    .createTable('portal_limit_hit')
    .addColumn('id', c.text, (col) => col.primaryKey())
    .addColumn('bucket', c.text, (col) => col.notNull())
    .addColumn('key_hash', c.text, (col) => col.notNull())
    .addColumn('at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('portal_limit_hit_key_idx')
    .on('portal_limit_hit')
    .columns(['bucket', 'key_hash', 'at'])
    .execute();
  await db.schema
    .createIndex('portal_limit_hit_at_idx')
    .on('portal_limit_hit')
    .column('at')
    .execute();
}
