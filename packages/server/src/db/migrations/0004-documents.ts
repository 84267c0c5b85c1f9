// The register of outgoing documents (sổ văn bản đi): one sequence per issuing body and year,
// and every issued document frozen as it was sent (its content model and its DOCX).
import type { Kysely } from 'kysely';
import { columns, type Dialect } from '../columns.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const c = columns(dialect);
  await db.schema
    .createTable('document_counter')
    .addColumn('organisation_id', c.text, (col) => col.notNull().references('organisation.id'))
    .addColumn('year', c.integer, (col) => col.notNull())
    .addColumn('last_seq', c.integer, (col) => col.notNull())
    .addPrimaryKeyConstraint('document_counter_pk', ['organisation_id', 'year'])
    .execute();
  await db.schema
    .createTable('outgoing_document')
    .addColumn('id', c.text, (col) => col.primaryKey())
    .addColumn('unit_id', c.text, (col) => col.notNull().references('unit.id'))
    .addColumn('organisation_id', c.text, (col) => col.notNull().references('organisation.id'))
    .addColumn('kind', c.text, (col) => col.notNull())
    .addColumn('year', c.integer, (col) => col.notNull())
    .addColumn('seq', c.integer, (col) => col.notNull())
    .addColumn('number_text', c.text, (col) => col.notNull())
    .addColumn('title', c.text, (col) => col.notNull())
    .addColumn('issued_on', c.text, (col) => col.notNull())
    .addColumn('issued_at', c.timestamp, (col) => col.notNull())
    .addColumn('issued_by', c.text)
    .addColumn('subject_type', c.text)
    .addColumn('subject_id', c.text)
    .addColumn('model', c.json, (col) => col.notNull())
    .addColumn('docx', c.blob, (col) => col.notNull())
    .addUniqueConstraint('outgoing_document_number', ['organisation_id', 'year', 'seq'])
    .execute();
  await db.schema
    .createIndex('outgoing_document_unit_idx')
    .on('outgoing_document')
    .columns(['unit_id', 'issued_on'])
    .execute();
  await db.schema
    .createIndex('outgoing_document_subject_idx')
    .on('outgoing_document')
    .columns(['subject_type', 'subject_id'])
    .execute();
}
