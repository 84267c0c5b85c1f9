// Follow-up, second slice: each letter's sending (when, how, by whom: a matter is closed once every
// petitioner's letter has gone out), reusable answer texts per field kept by the unit, the timeline
// notice of a complex matter's extension, the invited number per composition of a session, and the
// pairs a clerk marked "not a duplicate" (no longer suggested; undone by deleting the row).
import type { Kysely } from 'kysely';
import { columns, type Dialect } from '../columns.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const c = columns(dialect);

  await db.schema.alterTable('answer_letter').addColumn('sent_on', c.text).execute();
  await db.schema.alterTable('answer_letter').addColumn('sent_channel', c.text).execute();
  await db.schema.alterTable('answer_letter').addColumn('sent_by', c.text).execute();

  await db.schema
    .createTable('answer_template')
    .addColumn('id', c.text, (col) => col.primaryKey())
    .addColumn('unit_id', c.text, (col) => col.notNull().references('unit.id'))
    // null: for every field
    .addColumn('field', c.text)
    .addColumn('title', c.text, (col) => col.notNull())
    .addColumn('text', c.text, (col) => col.notNull())
    .addColumn('created_by', c.text)
    .addColumn('archived_at', c.timestamp)
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .addColumn('updated_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('answer_template_unit_idx')
    .on('answer_template')
    .columns(['unit_id', 'field'])
    .execute();

  await db.schema
    .alterTable('due_extension')
    .addColumn('notice_document_id', c.text, (col) => col.references('outgoing_document.id'))
    .execute();

  await db.schema.alterTable('session_participant').addColumn('invited', c.integer).execute();

  await db.schema
    .createTable('matter_pair_dismissal')
    .addColumn('id', c.text, (col) => col.primaryKey())
    .addColumn('unit_id', c.text, (col) => col.notNull().references('unit.id'))
    // the two matter ids in ascending order, so a pair is stored once
    .addColumn('first_id', c.text, (col) => col.notNull().references('matter.id'))
    .addColumn('second_id', c.text, (col) => col.notNull().references('matter.id'))
    .addColumn('actor_user_id', c.text)
    .addColumn('at', c.timestamp, (col) => col.notNull())
    .addUniqueConstraint('matter_pair_dismissal_once', ['first_id', 'second_id'])
    .execute();
}
