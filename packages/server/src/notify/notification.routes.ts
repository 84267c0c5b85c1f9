// Notifications: the caller's own inbox (the bell and /thong-bao), and the administrator's view
// of deliveries that failed, wait, or have no channel settings, with "retry now".
import { Deliveries, Inbox, RetriedDelivery, UnreadCount } from '@doithoai/core';
import { z } from 'zod';
import type { ZodApp } from '../http/zod-app.js';
import { requireActor } from '../http/actor.js';
import type { AppDeps } from '../http/deps.js';
import {
  deliveryAttempts,
  deliveryStates,
  listDeliveries,
  retryDelivery,
} from './admin-deliveries.js';
import { listInbox, markRead, unreadCount } from './inbox.js';

const Id = z.object({ id: z.string().max(64) });
const tags = ['notifications'];

export function notificationRoutes(app: ZodApp, deps: AppDeps) {
  const actor = (request: Parameters<typeof requireActor>[0]) =>
    requireActor(request, deps.auth, deps.db);

  app.get(
    '/api/notifications',
    {
      schema: {
        tags,
        summary: 'Thông báo của tôi / my notifications',
        querystring: z.object({
          unread: z.enum(['0', '1']).optional(),
          limit: z.coerce.number().int().min(1).max(200).optional(),
        }),
        response: { 200: Inbox },
      },
    },
    async (request) =>
      listInbox(deps.db, (await actor(request)).userId, {
        unreadOnly: request.query.unread === '1',
        limit: request.query.limit,
      }),
  );

  app.get(
    '/api/notifications/unread-count',
    {
      schema: {
        tags,
        summary: 'Số thông báo chưa đọc / unread count',
        response: { 200: UnreadCount },
      },
    },
    async (request) => ({ unread: await unreadCount(deps.db, (await actor(request)).userId) }),
  );

  app.post(
    '/api/notifications/:id/read',
    {
      schema: {
        tags,
        summary: 'Đánh dấu đã đọc / mark read',
        params: Id,
        response: { 200: UnreadCount },
      },
    },
    async (request) => markRead(deps.db, (await actor(request)).userId, request.params.id),
  );

  app.post(
    '/api/notifications/read-all',
    {
      schema: {
        tags,
        summary: 'Đánh dấu tất cả đã đọc / mark all read',
        response: { 200: UnreadCount },
      },
    },
    async (request) => markRead(deps.db, (await actor(request)).userId, 'all'),
  );

  app.get(
    '/api/admin/deliveries',
    {
      schema: {
        tags,
        summary: 'Gửi thông báo lỗi/chờ / failed and pending deliveries',
        querystring: z.object({ state: z.enum([...deliveryStates, 'problems']).optional() }),
        response: { 200: Deliveries },
      },
    },
    async (request) => listDeliveries(deps.db, await actor(request), request.query.state),
  );

  app.get(
    '/api/admin/deliveries/:id/attempts',
    { schema: { tags, summary: 'Các lần gửi / delivery attempts', params: Id } },
    async (request) => ({
      attempts: await deliveryAttempts(deps.db, await actor(request), request.params.id),
    }),
  );

  app.post(
    '/api/admin/deliveries/:id/retry',
    {
      schema: {
        tags,
        summary: 'Gửi lại ngay / retry now',
        params: Id,
        response: { 200: RetriedDelivery },
      },
    },
    async (request) => retryDelivery(deps.db, await actor(request), request.params.id),
  );
}
