// The signed-in person's in-app notifications (the bell): newest first, unread count, mark read.
// Each caller sees only their own inbox.
import { notFound } from '@doithoai/core';
import type { Db } from '../db/open-database.js';
import { nowIso } from '../db/ids.js';

export async function listInbox(
  db: Db,
  userId: string,
  options: { unreadOnly?: boolean; limit?: number } = {},
) {
  let q = db.kysely
    .selectFrom('inbox_item')
    .select(['id', 'kind', 'subject', 'text', 'link', 'created_at', 'read_at'])
    .where('user_id', '=', userId);
  if (options.unreadOnly) q = q.where('read_at', 'is', null);
  const items = await q
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(options.limit ?? 50)
    .execute();
  return {
    unread: await unreadCount(db, userId),
    items: items.map((i) => ({
      id: i.id,
      kind: i.kind,
      subject: i.subject,
      text: i.text,
      link: i.link,
      createdAt: i.created_at,
      readAt: i.read_at,
    })),
  };
}

export async function unreadCount(db: Db, userId: string): Promise<number> {
  const row = await db.kysely
    .selectFrom('inbox_item')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function markRead(db: Db, userId: string, id: string | 'all') {
  let q = db.kysely
    .updateTable('inbox_item')
    .set({ read_at: nowIso() })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null);
  if (id !== 'all') {
    const own = await db.kysely
      .selectFrom('inbox_item')
      .select('id')
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    if (!own) throw notFound();
    q = q.where('id', '=', id);
  }
  await q.execute();
  return { unread: await unreadCount(db, userId) };
}
