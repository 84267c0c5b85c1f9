// The home page ("Việc của tôi"): what the caller has to do at one unit, by what their grants
// allow there. Every signed-in role may ask at a unit in its scope ('unit.read'); the groups differ.
import { MyWork } from '@doithoai/core';
import { z } from 'zod';
import type { ZodApp } from '../http/zod-app.js';
import { requireActor } from '../http/actor.js';
import type { AppDeps } from '../http/deps.js';
import { myWork } from './my-work.js';

const Id = z.object({ id: z.string().max(64) });

export function homeRoutes(app: ZodApp, deps: AppDeps) {
  app.get(
    '/api/units/:id/my-work',
    {
      schema: {
        tags: ['home'],
        summary: 'Việc của tôi tại đơn vị / my work at a unit',
        params: Id,
        response: { 200: MyWork },
      },
    },
    async (request) =>
      myWork(deps, await requireActor(request, deps.auth, deps.db), request.params.id),
  );
}
