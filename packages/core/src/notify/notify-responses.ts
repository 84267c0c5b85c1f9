// What the notification routes answer (the caller's inbox and its unread count, the administrator's
// deliveries and "retry now"), as zod contracts shared by the server's response schemas and the web
// app's types. The serializer drops a key a contract does not name: a field added to a use case's
// answer is added here too.
import { z } from 'zod';

/** An in-app notification of the caller's own. */
export const InboxItem = z.object({
  id: z.string(),
  kind: z.string(),
  subject: z.string(),
  text: z.string(),
  /** The staff app's page it is about, if any. */
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type InboxItem = z.infer<typeof InboxItem>;

/** POST /api/notifications/:id/read, POST /api/notifications/read-all, GET …/unread-count */
export const UnreadCount = z.object({ unread: z.number() });
export type UnreadCount = z.infer<typeof UnreadCount>;

/** GET /api/notifications: the newest first. */
export const Inbox = UnreadCount.extend({ items: z.array(InboxItem) });
export type Inbox = z.infer<typeof Inbox>;

/** A message's delivery on one channel, as the administrator sees it (addresses masked). */
export const Delivery = z.object({
  id: z.string(),
  channel: z.string(),
  state: z.string(),
  attempts: z.number(),
  lastError: z.string().nullable(),
  updatedAt: z.string(),
  deliveredAt: z.string().nullable(),
  kind: z.string(),
  subject: z.string(),
  createdAt: z.string(),
  unitName: z.string().nullable(),
  /** 'in-app', or the address masked. */
  to: z.string().nullable(),
  /** When the next try is queued, for a pending delivery. */
  nextAttemptAt: z.string().nullable(),
});
export type Delivery = z.infer<typeof Delivery>;

/** GET /api/admin/deliveries: each channel's settings (configured or not, and where), and the deliveries. */
export const Deliveries = z.object({
  channels: z.record(
    z.string(),
    z.object({ configured: z.boolean(), detail: z.string().optional() }),
  ),
  deliveries: z.array(Delivery),
});
export type Deliveries = z.infer<typeof Deliveries>;

/** POST /api/admin/deliveries/:id/retry */
export const RetriedDelivery = z.object({ id: z.string(), state: z.string() });
export type RetriedDelivery = z.infer<typeof RetriedDelivery>;
