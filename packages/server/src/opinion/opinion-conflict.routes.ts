// Conflict-of-interest marks on a matter (opinion/opinion-conflict.ts).
import { z } from 'zod';
import type { ZodApp } from '../http/zod-app.js';
import { requireActor } from '../http/actor.js';
import type { AppDeps } from '../http/deps.js';
import { listConflicts, markConflict, unmarkConflict } from './opinion-conflict.js';

const Id = z.object({ id: z.string().max(64) });
const tags = ['opinions'];

export function opinionConflictRoutes(app: ZodApp, deps: AppDeps) {
  const actor = (request: Parameters<typeof requireActor>[0]) =>
    requireActor(request, deps.auth, deps.db);
  app.get(
    '/api/opinions/:id/conflicts',
    {
      schema: {
        tags,
        summary: 'Người bị nêu tên (xung đột lợi ích) / people the matter names',
        params: Id,
      },
    },
    async (request) => listConflicts(deps, await actor(request), request.params.id),
  );
  app.post(
    '/api/opinions/:id/conflicts',
    {
      schema: {
        tags,
        summary: 'Đánh dấu xung đột lợi ích / mark a conflict of interest',
        params: Id,
        body: z.object({ personId: z.string().max(64), reason: z.string().max(1000).nullish() }),
      },
    },
    async (request) => markConflict(deps, await actor(request), request.params.id, request.body),
  );
  app.delete(
    '/api/opinions/:id/conflicts/:personId',
    { schema: { tags, params: Id.extend({ personId: z.string().max(64) }) } },
    async (request) =>
      unmarkConflict(deps, await actor(request), request.params.id, request.params.personId),
  );
}
