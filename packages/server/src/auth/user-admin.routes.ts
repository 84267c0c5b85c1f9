// Accounts for administrators: users in a unit, their sessions, revoking them, changing grants.
import { ChangedGrants, RevokedSessions, roles, UnitAccounts, UserSessions } from '@doithoai/core';
import { z } from 'zod';
import type { ZodApp } from '../http/zod-app.js';
import { requireActor } from '../http/actor.js';
import type { AppDeps } from '../http/deps.js';
import {
  listUnitUsers,
  listUserSessions,
  revokeUserSessions,
  setUserGrants,
} from './user-admin.js';

const Id = z.object({ id: z.string().max(64) });
const tags = ['users'];

export function userAdminRoutes(app: ZodApp, deps: AppDeps) {
  const actor = (request: Parameters<typeof requireActor>[0]) =>
    requireActor(request, deps.auth, deps.db);

  app.get(
    '/api/units/:id/users',
    {
      schema: {
        tags,
        summary: 'Tài khoản trong đơn vị / accounts of a unit',
        params: Id,
        response: { 200: UnitAccounts },
      },
    },
    async (request) => listUnitUsers(deps, await actor(request), request.params.id),
  );

  app.get(
    '/api/users/:id/sessions',
    {
      schema: {
        tags,
        summary: 'Phiên đăng nhập / open sessions',
        params: Id,
        response: { 200: UserSessions },
      },
    },
    async (request) => listUserSessions(deps, await actor(request), request.params.id),
  );

  app.post(
    '/api/users/:id/sessions/revoke',
    {
      schema: {
        tags,
        summary: 'Thu hồi mọi phiên / revoke every session',
        params: Id,
        response: { 200: RevokedSessions },
      },
    },
    async (request) => revokeUserSessions(deps, await actor(request), request.params.id),
  );

  app.delete(
    '/api/users/:id/sessions/:sessionId',
    {
      schema: {
        tags,
        summary: 'Thu hồi một phiên / revoke one session',
        params: Id.extend({ sessionId: z.string().max(64) }),
        response: { 200: RevokedSessions },
      },
    },
    async (request) =>
      revokeUserSessions(deps, await actor(request), request.params.id, request.params.sessionId),
  );

  app.put(
    '/api/users/:id/grants',
    {
      schema: {
        tags,
        summary: 'Đổi vai trò (kết thúc các phiên khác) / change roles (ends other sessions)',
        params: Id,
        body: z.object({
          grants: z.array(z.object({ role: z.enum(roles), unitId: z.string().max(64) })).max(20),
        }),
        response: { 200: ChangedGrants },
      },
    },
    async (request) =>
      setUserGrants(deps, await actor(request), request.params.id, request.body.grants),
  );
}
