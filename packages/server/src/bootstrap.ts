// Opens the configured database, brings it up to date, and wires the dependencies. Shared by
// the server, the CLI and the tests, so all three see exactly the same application.
import { createAuth, migrateAuth } from './auth/auth.js';
import { loadAuthSecret } from './auth/secret.js';
import type { Config } from './config.js';
import { migrateToLatest } from './db/migrate.js';
import { openDatabase, type Db } from './db/open-database.js';
import type { AppDeps } from './http/deps.js';
import { startClockAt } from './shared/clock.js';

export async function prepareDatabase(db: Db, config: Config): Promise<AppDeps> {
  await migrateToLatest(db);
  await migrateAuth(db, config);
  const auth = createAuth(db, config, await loadAuthSecret(db));
  return { db, auth, config };
}

export async function bootstrap(config: Config): Promise<AppDeps> {
  // Before anything is written (the demo load included): DOITHOAI_CLOCK starts the clock at its instant.
  if (config.clockStart) startClockAt(config.clockStart);
  return prepareDatabase(openDatabase(config), config);
}
