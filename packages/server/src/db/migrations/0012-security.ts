// Security (issue 10): sign-in failures counted in the database, so that a lockout holds across
// every app process on one PostgreSQL (the library's limiter counts per process); and the
// conflict-of-interest marks: a matter that names an official is kept from that official's view.
import type { Kysely } from 'kysely';
import { columns, type Dialect } from '../columns.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const c = columns(dialect);
  await db.schema
    .createTable('sign_in_throttle')
    .addColumn('key', c.text, (col) => col.primaryKey()) // 'user:<username>' or 'ip:<address>'
    .addColumn('failures', c.integer, (col) => col.notNull())
    .addColumn('window_started_at', c.timestamp, (col) => col.notNull())
    .addColumn('locked_until', c.timestamp)
    .addColumn('updated_at', c.timestamp, (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('matter_conflict')
    .addColumn('id', c.text, (col) => col.primaryKey())
    .addColumn('unit_id', c.text, (col) => col.notNull().references('unit.id'))
    .addColumn('matter_id', c.text, (col) => col.notNull().references('matter.id'))
    .addColumn('person_id', c.text, (col) => col.notNull().references('person.id'))
    .addColumn('reason', c.text)
    .addColumn('created_by', c.text)
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .addUniqueConstraint('matter_conflict_matter_person_uq', ['matter_id', 'person_id'])
    .execute();
  await db.schema
    .createIndex('matter_conflict_person_idx')
    .on('matter_conflict')
    .column('person_id')
    .execute();
}
