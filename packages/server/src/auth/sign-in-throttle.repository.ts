// The sign-in failure counts per key (username or address), table sign_in_throttle.
import { sql } from 'kysely';
import type { Q } from '../shared/query.js';

export async function lockedUntilOf(db: Q, keys: string[]): Promise<(string | null)[]> {
  const rows = await db
    .selectFrom('sign_in_throttle')
    .select(['locked_until'])
    .where('key', 'in', keys)
    .execute();
  return rows.map((r) => r.locked_until);
}

/**
 * Adds one failure to the key in one statement (whatever other process counts too); a window
 * started before `windowStart` starts again at `at` with this failure. Returns the count.
 */
export async function countFailure(
  db: Q,
  key: string,
  at: string,
  windowStart: string,
): Promise<number> {
  const stale = sql<boolean>`sign_in_throttle.window_started_at < ${windowStart}`;
  const row = await db
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
  return Number(row.failures);
}

export async function lockKey(db: Q, key: string, until: string): Promise<void> {
  await db
    .updateTable('sign_in_throttle')
    .set({ locked_until: until })
    .where('key', '=', key)
    .execute();
}

export async function deleteFailures(db: Q, key: string): Promise<void> {
  await db.deleteFrom('sign_in_throttle').where('key', '=', key).execute();
}
