// The notification endpoints as the web app calls them.
import type { Deliveries, Inbox, RetriedDelivery, UnreadCount } from '@doithoai/core';
import { api } from '../../api';
import { viDateTime } from '../../format/date';

/** What the notification routes answer: core's contracts, the routes' response schemas. */
export type { Deliveries, Inbox };

export const fetchInbox = (unreadOnly: boolean) =>
  api<Inbox>('GET', `/api/notifications${unreadOnly ? '?unread=1' : ''}`);
export const fetchUnread = () => api<UnreadCount>('GET', '/api/notifications/unread-count');
export const markRead = (id: string) =>
  api<UnreadCount>('POST', `/api/notifications/${encodeURIComponent(id)}/read`);
export const markAllRead = () => api<UnreadCount>('POST', '/api/notifications/read-all');
export const fetchDeliveries = (state: string) =>
  api<Deliveries>('GET', `/api/admin/deliveries?state=${encodeURIComponent(state)}`);
export const retryDelivery = (id: string) =>
  api<RetriedDelivery>('POST', `/api/admin/deliveries/${encodeURIComponent(id)}/retry`);

/** Tells the bell to refresh now (after reading on the notifications page). */
export const UNREAD_CHANGED = 'doithoai:unread-changed';
export const announceUnread = (unread: number) =>
  window.dispatchEvent(new CustomEvent(UNREAD_CHANGED, { detail: unread }));

/** dd/mm/yyyy hh:mm, Vietnam time (format/date.ts). */
export const formatStamp = (iso: string) => viDateTime(iso);
