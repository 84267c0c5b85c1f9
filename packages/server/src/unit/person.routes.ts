import { Person, PersonInput, PersonUpdate } from '@doithoai/core';
import { z } from 'zod';
import type { ZodApp } from '../http/zod-app.js';
import { requireActor } from '../http/actor.js';
import type { AppDeps } from '../http/deps.js';
import { createPerson, updatePerson } from './save-person.js';

const id = z.object({ id: z.string().max(64) });

export function personRoutes(app: ZodApp, deps: AppDeps) {
  app.post(
    '/api/units/:id/people',
    { schema: { tags: ['units'], params: id, body: PersonInput, response: { 201: Person } } },
    async (request, reply) => {
      const actor = await requireActor(request, deps.auth, deps.db);
      return reply
        .status(201)
        .send(await createPerson(deps, actor, request.params.id, request.body));
    },
  );
  app.patch(
    '/api/people/:id',
    { schema: { tags: ['units'], params: id, body: PersonUpdate, response: { 200: Person } } },
    async (request) => {
      const actor = await requireActor(request, deps.auth, deps.db);
      return updatePerson(deps, actor, request.params.id, request.body);
    },
  );
}
