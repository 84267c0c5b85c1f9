// Attachments (issue 8): a citizen's photo sent with an opinion from the portal, later staff's
// files. The bytes live in the database itself (BLOB on SQLite, bytea on PostgreSQL), so a backup
// of the database is a backup of the files, with the type detected from the content, the size and
// the SHA-256. A row without a matter is a photo held for a form the portal refused (the citizen
// need not send it again); such rows are kept a day at most.
import type { Kysely } from 'kysely';
import { columns, type Dialect } from '../columns.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const c = columns(dialect);
  await db.schema
    .createTable('attachment')
    .addColumn('id', c.text, (col) => col.primaryKey())
    .addColumn('unit_id', c.text, (col) => col.notNull().references('unit.id'))
    .addColumn('matter_id', c.text, (col) => col.references('matter.id'))
    .addColumn('media_type', c.text, (col) => col.notNull())
    .addColumn('size', c.integer, (col) => col.notNull())
    .addColumn('sha256', c.text, (col) => col.notNull())
    .addColumn('original_name', c.text)
    .addColumn('bytes', c.blob, (col) => col.notNull())
    .addColumn('created_by', c.text, (col) => col.notNull())
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('attachment_matter_idx')
    .on('attachment')
    .column('matter_id')
    .execute();
  await db.schema
    .createIndex('attachment_held_idx')
    .on('attachment')
    .columns(['unit_id', 'created_at'])
    .execute();
}
