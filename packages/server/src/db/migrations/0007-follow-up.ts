// Follow-up (issue 6, first slice): the written answer of a matter with its review history and
// the letters it produced (one per petitioner), escalations to a higher body with their own clock,
// and extensions of a complex matter's due date (each kept, never overwritten). The answer row
// keeps what the public portal shows: the text, the official's name and the approval date.
import type { Kysely } from 'kysely';
import { columns, type Dialect } from '../columns.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const c = columns(dialect);

  await db.schema
    .createTable('matter_answer')
    .addColumn('id', c.text, (col) => col.primaryKey())
    .addColumn('matter_id', c.text, (col) => col.notNull().references('matter.id'))
    .addColumn('unit_id', c.text, (col) => col.notNull().references('unit.id'))
    // 'official': written by the commune; 'higher-level': the escalated matter's answer passed on.
    .addColumn('origin', c.text, (col) => col.notNull())
    .addColumn('state', c.text, (col) => col.notNull())
    .addColumn('text', c.text, (col) => col.notNull())
    .addColumn('author_user_id', c.text)
    .addColumn('official_name', c.text, (col) => col.notNull())
    .addColumn('submitted_at', c.timestamp)
    .addColumn('approver_user_id', c.text)
    .addColumn('approver_name', c.text)
    .addColumn('approved_on', c.text)
    .addColumn('published_at', c.timestamp)
    .addColumn('version', c.integer, (col) => col.notNull().defaultTo(0))
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .addColumn('updated_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('matter_answer_matter_idx')
    .on('matter_answer')
    .column('matter_id')
    .execute();
  await db.schema
    .createIndex('matter_answer_published_idx')
    .on('matter_answer')
    .columns(['unit_id', 'published_at'])
    .execute();

  await db.schema
    .createTable('answer_event')
    .addColumn('id', c.text, (col) => col.primaryKey())
    .addColumn('answer_id', c.text, (col) => col.notNull().references('matter_answer.id'))
    .addColumn('action', c.text, (col) => col.notNull())
    .addColumn('comment', c.text)
    .addColumn('actor_user_id', c.text)
    .addColumn('at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('answer_event_idx')
    .on('answer_event')
    .columns(['answer_id', 'at'])
    .execute();

  await db.schema
    .createTable('answer_letter')
    .addColumn('id', c.text, (col) => col.primaryKey())
    .addColumn('answer_id', c.text, (col) => col.notNull().references('matter_answer.id'))
    .addColumn('matter_id', c.text, (col) => col.notNull().references('matter.id'))
    .addColumn('petitioner_id', c.text, (col) => col.notNull().references('petitioner.id'))
    .addColumn('document_id', c.text, (col) => col.notNull().references('outgoing_document.id'))
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .addUniqueConstraint('answer_letter_once', ['matter_id', 'petitioner_id'])
    .execute();

  await db.schema
    .createTable('escalation')
    .addColumn('id', c.text, (col) => col.primaryKey())
    .addColumn('matter_id', c.text, (col) => col.notNull().references('matter.id'))
    .addColumn('unit_id', c.text, (col) => col.notNull().references('unit.id'))
    .addColumn('competent_body', c.text, (col) => col.notNull())
    .addColumn('proposal', c.text, (col) => col.notNull())
    .addColumn('state', c.text, (col) => col.notNull())
    .addColumn('sent_on', c.text, (col) => col.notNull())
    .addColumn('due_date', c.text, (col) => col.notNull())
    .addColumn('due_text_vi', c.text, (col) => col.notNull())
    .addColumn('due_text_en', c.text, (col) => col.notNull())
    .addColumn('document_id', c.text, (col) => col.references('outgoing_document.id'))
    .addColumn('acknowledged_on', c.text)
    .addColumn('answered_on', c.text)
    .addColumn('answer_text', c.text)
    .addColumn('created_by', c.text)
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .addColumn('updated_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('escalation_matter_idx')
    .on('escalation')
    .column('matter_id')
    .execute();

  await db.schema
    .createTable('due_extension')
    .addColumn('id', c.text, (col) => col.primaryKey())
    .addColumn('matter_id', c.text, (col) => col.notNull().references('matter.id'))
    .addColumn('previous_due', c.text, (col) => col.notNull())
    .addColumn('due_date', c.text, (col) => col.notNull())
    .addColumn('reason', c.text, (col) => col.notNull())
    .addColumn('actor_user_id', c.text)
    .addColumn('at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('due_extension_matter_idx')
    .on('due_extension')
    .columns(['matter_id', 'at'])
    .execute();
}
