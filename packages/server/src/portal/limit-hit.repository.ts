// The portal's rate-limit windows in the database (rate-limit.ts): attempts per bucket and salted
// key (portal_limit_hit), and the salt itself, kept in app_setting.
import { newId } from '../db/ids.js';
import type { Q } from '../shared/query.js';

/** The stored setting, written first with `value` if it has none (the first writer wins). */
export async function settingOrInsert(db: Q, key: string, value: string): Promise<string> {
  await db
    .insertInto('app_setting')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await db
    .selectFrom('app_setting')
    .select('value')
    .where('key', '=', key)
    .executeTakeFirstOrThrow();
  return row.value;
}

/** How many attempts of the bucket's key were made after `since`. */
export async function hitsSince(
  db: Q,
  hit: { bucket: string; keyHash: string; since: string },
): Promise<number> {
  const r = await db
    .selectFrom('portal_limit_hit')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('bucket', '=', hit.bucket)
    .where('key_hash', '=', hit.keyHash)
    .where('at', '>', hit.since)
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

export async function insertHit(
  db: Q,
  hit: { bucket: string; keyHash: string; at: string },
): Promise<void> {
  await db
    .insertInto('portal_limit_hit')
    .values({ id: newId(), bucket: hit.bucket, key_hash: hit.keyHash, at: hit.at })
    .execute();
}

/** Forgets the attempts made before `before` (of every bucket). */
export async function dropHitsBefore(db: Q, before: string): Promise<void> {
  await db.deleteFrom('portal_limit_hit').where('at', '<', before).execute();
}
