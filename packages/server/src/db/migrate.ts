// Brings the schema to the latest version; runs at every start (and by `doithoai migrate`).
import { Migrator, type MigrationProvider } from 'kysely';
import { assertMigrationsInOrder } from './migration-order.js';
import { migrationProvider } from './migrations/index.js';
import type { Db } from './open-database.js';

export async function migrateToLatest(
  db: Db,
  provider: MigrationProvider = migrationProvider(db.dialect),
): Promise<string[]> {
  const migrator = new Migrator({
    db: db.kysely,
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
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
