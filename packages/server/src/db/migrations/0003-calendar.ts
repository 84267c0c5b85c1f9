// An administrator's corrections of a year's holidays, and regulation profiles cloned from the
// built-in ones (the built-ins live in core, as code, and are never stored).
import type { Kysely } from 'kysely';
import { columns, type Dialect } from '../columns.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const c = columns(dialect);
  await db.schema
    .createTable('holiday_year')
    .addColumn('year', c.integer, (col) => col.primaryKey())
    .addColumn('entries', c.json, (col) => col.notNull())
    .addColumn('reason', c.text, (col) => col.notNull())
    .addColumn('updated_by', c.text)
    .addColumn('updated_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema
    .createTable('regulation_profile')
    .addColumn('code', c.text, (col) => col.primaryKey())
    .addColumn('definition', c.json, (col) => col.notNull())
    .addColumn('version', c.integer, (col) => col.notNull().defaultTo(0))
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .addColumn('updated_at', c.timestamp, (col) => col.notNull())
    .execute();
}
