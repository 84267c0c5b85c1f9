// Lockout with backoff on repeated sign-in failures, per username and per client address,
// counted in the database so that it holds across processes and restarts. After maxFailures
// failures within the window a key is locked for lockSeconds, doubled by each further failure
// (capped); a success clears the username's count (not the address's: one address guessing
// many usernames stays slowed down). While locked, even the right password is refused.
import type { Db } from '../db/open-database.js';
import type { LockoutRule } from './security-settings.js';
import {
  countFailure,
  deleteFailures,
  lockedUntilOf,
  lockKey,
} from './sign-in-throttle.repository.js';

export interface ThrottleKey {
  key: string;
  rule: LockoutRule;
}

export const usernameKey = (username: string) => `user:${username.trim().toLowerCase()}`;
export const addressKey = (address: string) => `ip:${address}`;

/** Seconds until the longest lock among the keys ends, or 0 when none is locked. */
export async function lockedFor(db: Db, keys: string[], now: Date = new Date()): Promise<number> {
  if (keys.length === 0) return 0;
  let seconds = 0;
  for (const lockedUntil of await lockedUntilOf(db.kysely, keys)) {
    if (!lockedUntil) continue;
    const left = Math.ceil((Date.parse(lockedUntil) - now.getTime()) / 1000);
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
  const failures = await countFailure(db.kysely, key, at, windowStart);
  if (failures < rule.maxFailures) return 0;
  const seconds = Math.min(
    rule.lockSeconds * 2 ** (failures - rule.maxFailures),
    rule.maxLockSeconds,
  );
  await lockKey(db.kysely, key, new Date(now.getTime() + seconds * 1000).toISOString());
  return seconds;
}

export async function clearFailures(db: Db, key: string): Promise<void> {
  await deleteFailures(db.kysely, key);
}
