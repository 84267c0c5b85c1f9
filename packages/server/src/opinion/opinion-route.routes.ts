// The routing table of a commune (field × village → official): read by those who handle
// opinions, edited by an administrator.
import { OpinionRouteList, RouteInput, can } from '@doithoai/core';
import { findUnit } from '../unit/unit.repository.js';
import { z } from 'zod';
import type { ZodApp } from '../http/zod-app.js';
import { requireActor } from '../http/actor.js';
import type { AppDeps } from '../http/deps.js';
import { listRoutes, removeRoute, saveRoute } from './save-route.js';
import { dismissDuplicate, undoDismissal } from './dismiss-duplicate.js';

const id = z.object({ id: z.string().max(64) });
const NotDuplicate = z.strictObject({ a: z.string().min(1).max(64), b: z.string().min(1).max(64) });

export function opinionRouteRoutes(app: ZodApp, deps: AppDeps) {
  app.get(
    '/api/units/:id/opinion-routes',
    { schema: { tags: ['opinions'], params: id, response: { 200: OpinionRouteList } } },
    async (request) => {
      const actor = await requireActor(request, deps.auth, deps.db);
      const routes = await listRoutes(deps, actor, request.params.id);
      const unit = await findUnit(deps.db.kysely, request.params.id);
      return { routes, canEdit: !!unit && can(actor, 'opinion.route', { unitPath: unit.path }) };
    },
  );
  app.put(
    '/api/units/:id/opinion-routes',
    { schema: { tags: ['opinions'], params: id, body: RouteInput } },
    async (request) => {
      const actor = await requireActor(request, deps.auth, deps.db);
      return saveRoute(deps, actor, request.params.id, request.body);
    },
  );
  app.delete(
    '/api/opinion-routes/:id',
    { schema: { tags: ['opinions'], params: id } },
    async (request) =>
      removeRoute(deps, await requireActor(request, deps.auth, deps.db), request.params.id),
  );

  // Triage: "not a duplicate" for a suggested pair, and its undo.
  app.post(
    '/api/units/:id/opinions/not-duplicates',
    {
      schema: {
        tags: ['opinions'],
        summary: 'Đánh dấu không trùng / not a duplicate',
        params: id,
        body: NotDuplicate,
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await dismissDuplicate(
            deps,
            await requireActor(request, deps.auth, deps.db),
            request.params.id,
            request.body,
          ),
        ),
  );
  app.delete(
    '/api/opinions/not-duplicates/:id',
    { schema: { tags: ['opinions'], params: id } },
    async (request) =>
      undoDismissal(deps, await requireActor(request, deps.auth, deps.db), request.params.id),
  );
}
