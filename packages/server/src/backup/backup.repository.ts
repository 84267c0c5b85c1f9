// The statements of backup and restore: whole tables read, emptied and filled by name, the
// migrations a database has run, and PostgreSQL's sequences put past the restored rows.
import { sql, type Kysely } from 'kysely';
import type { Q } from '../shared/query.js';

export async function appliedMigrations(db: Q): Promise<string[]> {
  const r = await sql<{ name: string }>`select name from schema_migration order by name`.execute(
    db,
  );
  return r.rows.map((x) => x.name);
}

export async function allRows(db: Q, table: string): Promise<Record<string, unknown>[]> {
  const result = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db);
  return result.rows;
}

export async function deleteAllRows(db: Q, table: string): Promise<void> {
  await sql`delete from ${sql.table(table)}`.execute(db);
}

export async function insertRows(
  db: Q,
  table: string,
  rows: Record<string, unknown>[],
): Promise<void> {
  await (db as unknown as Kysely<Record<string, Record<string, unknown>>>)
    .insertInto(table)
    .values(rows)
    .execute();
}

/** PostgreSQL: the audit log's and the matters' sequences continue after the highest restored. */
export async function moveSequencesPastRows(db: Q): Promise<void> {
  await sql`select setval(pg_get_serial_sequence('audit_event', 'seq'), coalesce((select max(seq) from audit_event), 0) + 1, false)`.execute(
    db,
  );
  await sql`select setval(pg_get_serial_sequence('matter', 'seq'), coalesce((select max(seq) from matter), 0) + 1, false)`.execute(
    db,
  );
}
