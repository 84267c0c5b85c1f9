// In-app: the message lands in the recipient's inbox (the bell). Idempotent per message.
import { newId, nowIso } from '../../db/ids.js';
import { insertInboxItem } from '../inbox.repository.js';
import type { Db } from '../../db/open-database.js';
import type { Channel } from './channel.js';

export function inAppChannel(db: Db): Channel {
  return {
    configured: true,
    async send(m) {
      if (!m.userId) throw new Error('no user');
      await insertInboxItem(db.kysely, {
        id: newId(),
        notification_id: m.id,
        user_id: m.userId,
        unit_id: m.unitId,
        kind: m.kind,
        subject: m.subject,
        text: m.text,
        link: m.link,
        created_at: nowIso(),
        read_at: null,
      });
    },
  };
}
