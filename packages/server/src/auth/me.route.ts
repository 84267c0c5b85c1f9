import { roles } from '@doithoai/core';
import { z } from 'zod';
import type { ZodApp } from '../http/zod-app.js';
import { requireActor } from '../http/actor.js';
import type { AppDeps } from '../http/deps.js';

const Me = z.object({
  userId: z.string(),
  name: z.string(),
  username: z.string(),
  grants: z.array(
    z.object({
      role: z.enum(roles),
      unitId: z.string(),
      unitPath: z.string(),
      unitName: z.string(),
    }),
  ),
});

export function meRoute(app: ZodApp, { auth, db }: AppDeps) {
  app.get('/api/me', { schema: { tags: ['auth'], response: { 200: Me } } }, async (request) => {
    const actor = await requireActor(request, auth, db);
    const names = await db.kysely
      .selectFrom('unit')
      .select(['id', 'name'])
      .where('id', 'in', actor.grants.length ? actor.grants.map((g) => g.unitId) : [''])
      .execute();
    const nameOf = new Map(names.map((n) => [n.id, n.name]));
    return {
      ...actor,
      grants: actor.grants.map((g) => ({ ...g, unitName: nameOf.get(g.unitId) ?? '' })),
    };
  });
}
