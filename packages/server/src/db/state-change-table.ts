// A record's state changes, written once for every table of them (`matter_state_change`,
// `session_state_change`, and any new one): an id, what the change is about (the caller's
// columns), from and to, when, who, why, a JSON detail, and an index on the subject and time.
// Migrations 0002 and 0005 build their tables with it; test/migrations.test.ts holds the SQL
// they issued before, so the schema of a shipped migration never changes.
import type { CreateTableBuilder, Kysely } from 'kysely';
import { columns, type Dialect } from './columns.js';

type Builder = CreateTableBuilder<string, string>;

export interface StateChangeTable {
  table: string;
  /** The columns naming what changed, added after `id` (e.g. `matter_id` with its reference). */
  subject: (t: Builder) => Builder;
  /** The subject column indexed with `at` (`<table>_idx`). */
  indexedBy: string;
}

export async function createStateChangeTable(
  db: Kysely<unknown>,
  dialect: Dialect,
  spec: StateChangeTable,
): Promise<void> {
  const c = columns(dialect);
  const withId = db.schema
    .createTable(spec.table)
    .addColumn('id', c.text, (col) => col.primaryKey());
  await spec
    .subject(withId)
    .addColumn('from_state', c.text)
    .addColumn('to_state', c.text, (col) => col.notNull())
    .addColumn('at', c.timestamp, (col) => col.notNull())
    .addColumn('actor_user_id', c.text)
    .addColumn('reason', c.text)
    .addColumn('detail', c.json, (col) => col.notNull().defaultTo('{}'))
    .execute();
  await db.schema
    .createIndex(`${spec.table}_idx`)
    .on(spec.table)
    .columns([spec.indexedBy, 'at'])
    .execute();
}
