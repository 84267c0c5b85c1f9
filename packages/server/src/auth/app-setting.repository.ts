// The app's own settings, one value per key (the session signing secret, the auth schema's stamp).
import type { Q } from '../shared/query.js';

export async function settingValue(db: Q, key: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('app_setting')
    .select('value')
    .where('key', '=', key)
    .executeTakeFirst();
  return row?.value;
}

/** Sets the key only when it has no value yet (two processes starting together keep the first). */
export async function addSettingIfAbsent(db: Q, key: string, value: string): Promise<void> {
  await db
    .insertInto('app_setting')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
}

export async function putSetting(db: Q, key: string, value: string): Promise<void> {
  await db
    .insertInto('app_setting')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}
