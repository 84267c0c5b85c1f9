// The signed-in person's in-app notifications (the bell): newest first, unread count, mark read.
// Each caller sees only their own inbox.
import { notFound } from '@doithoai/core';
import type { Db } from '../db/open-database.js';
import { nowIso } from '../db/ids.js';
import { inboxItems, isOwnInboxItem, markInboxRead, unreadInboxCount } from './inbox.repository.js';

export async function listInbox(
  db: Db,
  userId: string,
  options: { unreadOnly?: boolean; limit?: number } = {},
) {
  const items = await inboxItems(db.kysely, userId, {
    unreadOnly: options.unreadOnly,
    limit: options.limit ?? 50,
  });
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
  return unreadInboxCount(db.kysely, userId);
}

export async function markRead(db: Db, userId: string, id: string | 'all') {
  const at = nowIso();
  if (id !== 'all' && !(await isOwnInboxItem(db.kysely, userId, id))) throw notFound();
  await markInboxRead(db.kysely, userId, id, at);
  return { unread: await unreadCount(db, userId) };
}
