// The signing secret for session cookies. Kept in the database so that several app processes
// on one PostgreSQL agree on it without extra configuration; AUTH_SECRET overrides it.
import { randomBytes } from 'node:crypto';
import type { Db } from '../db/open-database.js';
import { addSettingIfAbsent, settingValue } from './app-setting.repository.js';

export async function loadAuthSecret(
  db: Db,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  if (env.AUTH_SECRET && env.AUTH_SECRET.length >= 32) return env.AUTH_SECRET;
  const fresh = randomBytes(32).toString('base64url');
  // Insert-if-absent, then read: two processes starting together end with the same secret.
  await addSettingIfAbsent(db.kysely, 'auth_secret', fresh);
  const secret = await settingValue(db.kysely, 'auth_secret');
  if (secret === undefined) throw new Error('app_setting: no auth_secret after inserting it');
  return secret;
}
