// Brings the schema to the latest version; runs at every start (and by `doithoai migrate`).
import { Migrator } from 'kysely';
import { migrationProvider } from './migrations/index.js';
import type { Db } from './open-database.js';

export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({
    db: db.kysely,
    provider: migrationProvider(db.dialect),
    migrationTableName: 'schema_migration',
    migrationLockTableName: 'schema_migration_lock',
    // Features are developed side by side; a database may have run a later-numbered one first.
    allowUnorderedMigrations: true,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
