// The in-app inbox (the bell): a message lands once per notification.
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
