// The in-app inbox (the bell): a message lands once per notification; read and marked read by its
// user.
import type { Insertable } from 'kysely';
import type { InboxItemTable } from '../db/schema.js';
import type { Q } from '../shared/query.js';

export async function insertInboxItem(db: Q, item: Insertable<InboxItemTable>): Promise<void> {
  await db
    .insertInto('inbox_item')
    .values(item)
    .onConflict((oc) => oc.column('notification_id').doNothing())
    .execute();
}

/** The user's newest items (or only the unread ones). */
export async function inboxItems(
  db: Q,
  userId: string,
  options: { unreadOnly?: boolean; limit: number },
) {
  let q = db
    .selectFrom('inbox_item')
    .select(['id', 'kind', 'subject', 'text', 'link', 'created_at', 'read_at'])
    .where('user_id', '=', userId);
  if (options.unreadOnly) q = q.where('read_at', 'is', null);
  return q.orderBy('created_at', 'desc').orderBy('id').limit(options.limit).execute();
}

export async function unreadInboxCount(db: Q, userId: string): Promise<number> {
  const row = await db
    .selectFrom('inbox_item')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function isOwnInboxItem(db: Q, userId: string, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('inbox_item')
    .select('id')
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return !!row;
}

/** Marks the user's unread items read: one, or all. */
export async function markInboxRead(db: Q, userId: string, id: string | 'all', at: string) {
  let q = db
    .updateTable('inbox_item')
    .set({ read_at: at })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null);
  if (id !== 'all') q = q.where('id', '=', id);
  await q.execute();
}
