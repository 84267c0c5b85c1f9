// Lockout with backoff on repeated sign-in failures, per username and per client address,
// counted in the database so that it holds across processes and restarts. After maxFailures
// failures within the window a key is locked for lockSeconds, doubled by each further failure
// (capped); a success clears the username's count (not the address's: one address guessing
// many usernames stays slowed down). While locked, even the right password is refused.
import { sql } from 'kysely';
import type { Db } from '../db/open-database.js';
import type { LockoutRule } from './security-settings.js';

export interface ThrottleKey {
  key: string;
  rule: LockoutRule;
}

export const usernameKey = (username: string) => `user:${username.trim().toLowerCase()}`;
export const addressKey = (address: string) => `ip:${address}`;

/** Seconds until the longest lock among the keys ends, or 0 when none is locked. */
export async function lockedFor(db: Db, keys: string[], now: Date = new Date()): Promise<number> {
  if (keys.length === 0) return 0;
  const rows = await db.kysely
    .selectFrom('sign_in_throttle')
    .select(['locked_until'])
    .where('key', 'in', keys)
    .execute();
  let seconds = 0;
  for (const r of rows) {
    if (!r.locked_until) continue;
    const left = Math.ceil((Date.parse(r.locked_until) - now.getTime()) / 1000);
    if (left > seconds) seconds = left;
  }
  return seconds;
}

/** Counts one failure for the key (atomically, whatever other process counts too); returns its lock in seconds. */
export async function recordFailure(
  db: Db,
  { key, rule }: ThrottleKey,
  now: Date = new Date(),
): Promise<number> {
  const at = now.toISOString();
  const windowStart = new Date(now.getTime() - rule.windowSeconds * 1000).toISOString();
  const stale = sql<boolean>`sign_in_throttle.window_started_at < ${windowStart}`;
  const row = await db.kysely
    .insertInto('sign_in_throttle')
    .values({ key, failures: 1, window_started_at: at, locked_until: null, updated_at: at })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        failures: sql<number>`case when ${stale} then 1 else sign_in_throttle.failures + 1 end`,
        window_started_at: sql<string>`case when ${stale} then ${at} else sign_in_throttle.window_started_at end`,
        updated_at: at,
      }),
    )
    .returning(['failures'])
    .executeTakeFirstOrThrow();
  const failures = Number(row.failures);
  if (failures < rule.maxFailures) return 0;
  const seconds = Math.min(
    rule.lockSeconds * 2 ** (failures - rule.maxFailures),
    rule.maxLockSeconds,
  );
  await db.kysely
    .updateTable('sign_in_throttle')
    .set({ locked_until: new Date(now.getTime() + seconds * 1000).toISOString() })
    .where('key', '=', key)
    .execute();
  return seconds;
}

export async function clearFailures(db: Db, key: string): Promise<void> {
  await db.kysely.deleteFrom('sign_in_throttle').where('key', '=', key).execute();
}
