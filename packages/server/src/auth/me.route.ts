import { Me } from '@doithoai/core';
import type { ZodApp } from '../http/zod-app.js';
import { requireActor } from '../http/actor.js';
import type { AppDeps } from '../http/deps.js';
import { grantsOf } from './grant.repository.js';

export function meRoute(app: ZodApp, { auth, db }: AppDeps) {
  app.get('/api/me', { schema: { tags: ['auth'], response: { 200: Me } } }, async (request) => {
    const actor = await requireActor(request, auth, db);
    // The names as they are now (a unit renamed since the sign-in shows its new name).
    const nameOf = new Map(
      (await grantsOf(db.kysely, actor.userId)).map((g) => [g.unit_id, g.name]),
    );
    return {
      ...actor,
      grants: actor.grants.map((g) => ({ ...g, unitName: nameOf.get(g.unitId) ?? '' })),
    };
  });
}
