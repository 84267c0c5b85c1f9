// Brings the schema to the latest version; runs at every start (and by `doithoai migrate`).
//
// On PostgreSQL the migrations may go through PgBouncer in transaction mode, where each
// transaction, or each statement outside one, may get another server connection. Kysely's own
// migration lock is session-level (`pg_advisory_lock`, then the migrations' transaction, then
// `pg_advisory_unlock`, three round trips that a pooler may send to three connections): the
// unlock can miss, and the lock then stays held by a pooled connection, so the next process to
// migrate waits for it for an hour (two servers starting together behind the bouncer hung so).
// Here the lock is transaction-scoped, held by a transaction of its own that stays on one server
// connection until the migrations are done; and a start with nothing to migrate takes no lock.
import { Migrator, PostgresAdapter, PostgresDialect, Kysely, type MigrationProvider } from 'kysely';
import { assertMigrationsInOrder } from './migration-order.js';
import { migrationProvider } from './migrations/index.js';
import type { Db } from './open-database.js';

/** The key of the transaction-scoped lock one migrating process holds (an arbitrary constant). */
export const MIGRATION_LOCK_KEY = '7243198051672250001';

export async function migrateToLatest(
  db: Db,
  provider: MigrationProvider = migrationProvider(db.dialect),
): Promise<string[]> {
  const migrator = new Migrator({
    db: migrationKysely(db),
    provider,
    migrationTableName: 'schema_migration',
    migrationLockTableName: 'schema_migration_lock',
    // Databases ran the migrations up to 0026 in the order they were written, not by number;
    // every later one is held in order by assertMigrationsInOrder (migration-order.ts).
    allowUnorderedMigrations: true,
  });
  const known = await migrator.getMigrations();
  assertMigrationsInOrder(
    known.map((m) => m.name),
    known.filter((m) => m.executedAt !== undefined).map((m) => m.name),
  );
  if (known.every((m) => m.executedAt !== undefined)) return [];
  return oneMigratorAtATime(db, async () => {
    const { error, results } = await migrator.migrateToLatest();
    if (error) throw error instanceof Error ? error : new Error(String(error));
    return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
  });
}

/** Kysely's migration lock left out: oneMigratorAtATime holds one that a pooler keeps. */
class NoSessionLockAdapter extends PostgresAdapter {
  override async acquireMigrationLock(): Promise<void> {}
  override async releaseMigrationLock(): Promise<void> {}
}

/** The database's own Kysely on SQLite (its migration lock is the one connection); on PostgreSQL one on the same pool without Kysely's session lock. */
function migrationKysely(db: Db): Kysely<unknown> {
  if (db.dialect !== 'postgres' || !db.pgPool) return db.kysely as Kysely<unknown>;
  const dialect = new PostgresDialect({ pool: db.pgPool });
  dialect.createAdapter = () => new NoSessionLockAdapter();
  // Never destroyed: that would end the pool the database shares with it.
  return new Kysely<unknown>({ dialect });
}

/**
 * Runs `migrate` while this process holds the migration lock, a transaction-scoped advisory lock
 * in a transaction of its own: a pooler keeps a transaction on one server connection, and the
 * lock ends with it whatever happens to the process. Another process waits here, then finds
 * nothing left to run. SQLite needs nothing: Kysely runs its migrations on its one connection.
 */
async function oneMigratorAtATime<T>(db: Db, migrate: () => Promise<T>): Promise<T> {
  if (db.dialect !== 'postgres' || !db.pgPool) return migrate();
  const holder = await db.pgPool.connect();
  try {
    await holder.query('begin');
    await holder.query('select pg_advisory_xact_lock($1::bigint)', [MIGRATION_LOCK_KEY]);
    const result = await migrate();
    await holder.query('rollback'); // it wrote nothing: ending it releases the lock
    holder.release();
    return result;
  } catch (e) {
    // A broken connection is dropped, not pooled again; either way its transaction and lock end.
    holder.release(e as Error);
    throw e;
  }
}
