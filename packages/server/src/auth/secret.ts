// The signing secret for session cookies. Kept in the database so that several app processes
// on one PostgreSQL agree on it without extra configuration; AUTH_SECRET overrides it.
import { randomBytes } from 'node:crypto';
import type { Db } from '../db/open-database.js';

export async function loadAuthSecret(
  db: Db,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  if (env.AUTH_SECRET && env.AUTH_SECRET.length >= 32) return env.AUTH_SECRET;
  const fresh = randomBytes(32).toString('base64url');
  // Insert-if-absent, then read: two processes starting together end with the same secret.
  await db.kysely
    .insertInto('app_setting')
    .values({ key: 'auth_secret', value: fresh })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await db.kysely
    .selectFrom('app_setting')
    .select('value')
    .where('key', '=', 'auth_secret')
    .executeTakeFirstOrThrow();
  return row.value;
}
