// The public portal: each opinion sent from the portal gets a short tracking code for the citizen
// (kept beside the matter, not in it), the session they asked to speak at, and a record of every
// consent question shown with the exact wording and the answer given (ticked or not), and when.
import type { Kysely } from 'kysely';
import { columns, type Dialect } from '../columns.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const c = columns(dialect);
  await db.schema
    .createTable('portal_submission')
    .addColumn('id', c.text, (col) => col.primaryKey())
    .addColumn('unit_id', c.text, (col) => col.notNull().references('unit.id'))
    .addColumn('matter_id', c.text, (col) => col.notNull().references('matter.id'))
    .addColumn('tracking_code', c.text, (col) => col.notNull().unique())
    .addColumn('session_id', c.text, (col) => col.references('dialogue_session.id'))
    .addColumn('wants_to_speak', c.integer, (col) => col.notNull().defaultTo(0))
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('portal_submission_matter_idx')
    .on('portal_submission')
    .column('matter_id')
    .execute();

  await db.schema
    .createTable('portal_consent')
    .addColumn('id', c.text, (col) => col.primaryKey())
    .addColumn('submission_id', c.text, (col) => col.notNull().references('portal_submission.id'))
    .addColumn('purpose', c.text, (col) => col.notNull())
    .addColumn('wording', c.text, (col) => col.notNull())
    .addColumn('granted', c.integer, (col) => col.notNull())
    .addColumn('recorded_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('portal_consent_submission_idx')
    .on('portal_consent')
    .column('submission_id')
    .execute();
}
