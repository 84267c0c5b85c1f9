// The routing table of a commune (field × village → official): read by those who handle
// opinions, edited by an administrator.
import { RouteInput } from '@doithoai/core';
import { z } from 'zod';
import type { ZodApp } from '../app.js';
import { requireActor } from '../actor.js';
import type { AppDeps } from '../deps.js';
import { listRoutes, saveRoute } from '../../opinion/save-route.js';

const id = z.object({ id: z.string().max(64) });

export function opinionRouteRoutes(app: ZodApp, deps: AppDeps) {
  app.get('/api/units/:id/opinion-routes', { schema: { tags: ['opinions'], params: id } }, async (request) => {
    const actor = await requireActor(request, deps.auth, deps.db);
    return { routes: await listRoutes(deps, actor, request.params.id) };
  });
  app.put('/api/units/:id/opinion-routes', { schema: { tags: ['opinions'], params: id, body: RouteInput } }, async (request) => {
    const actor = await requireActor(request, deps.auth, deps.db);
    return saveRoute(deps, actor, request.params.id, request.body);
  });
}
