// The auth library's user rows (its own table, typed here), read for an administrator's screens.
import type { Q } from '../shared/query.js';

export async function findUser(db: Q, userId: string) {
  return db
    .withTables<{ user: { id: string; name: string; username: string | null } }>()
    .selectFrom('user')
    .select(['id', 'name', 'username'])
    .where('id', '=', userId)
    .executeTakeFirst();
}
