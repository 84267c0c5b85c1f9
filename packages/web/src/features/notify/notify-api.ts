// The notification endpoints as the web app calls them.
import { api } from '../../api';
import { viDateTime } from '../../format/date';

export interface InboxItem {
  id: string;
  kind: string;
  subject: string;
  text: string;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}
export interface Inbox {
  unread: number;
  items: InboxItem[];
}
export interface Delivery {
  id: string;
  channel: string;
  state: string;
  attempts: number;
  lastError: string | null;
  updatedAt: string;
  deliveredAt: string | null;
  kind: string;
  subject: string;
  createdAt: string;
  unitName: string | null;
  to: string | null;
  nextAttemptAt: string | null;
}
export interface Deliveries {
  channels: Record<string, { configured: boolean; detail?: string }>;
  deliveries: Delivery[];
}

export const fetchInbox = (unreadOnly: boolean) =>
  api<Inbox>('GET', `/api/notifications${unreadOnly ? '?unread=1' : ''}`);
export const fetchUnread = () => api<{ unread: number }>('GET', '/api/notifications/unread-count');
export const markRead = (id: string) =>
  api<{ unread: number }>('POST', `/api/notifications/${encodeURIComponent(id)}/read`);
export const markAllRead = () => api<{ unread: number }>('POST', '/api/notifications/read-all');
export const fetchDeliveries = (state: string) =>
  api<Deliveries>('GET', `/api/admin/deliveries?state=${encodeURIComponent(state)}`);
export const retryDelivery = (id: string) =>
  api<{ state: string }>('POST', `/api/admin/deliveries/${encodeURIComponent(id)}/retry`);

/** Tells the bell to refresh now (after reading on the notifications page). */
export const UNREAD_CHANGED = 'doithoai:unread-changed';
export const announceUnread = (unread: number) =>
  window.dispatchEvent(new CustomEvent(UNREAD_CHANGED, { detail: unread }));

/** dd/mm/yyyy hh:mm, Vietnam time (format/date.ts). */
export const formatStamp = (iso: string) => viDateTime(iso);
