import { Organisation, OrganisationInput, OrganisationUpdate } from '@doithoai/core';
import { z } from 'zod';
import type { ZodApp } from '../http/zod-app.js';
import { requireActor } from '../http/actor.js';
import type { AppDeps } from '../http/deps.js';
import { createOrganisation } from './create-organisation.js';
import { updateOrganisation } from './update-organisation.js';

const id = z.object({ id: z.string().max(64) });

export function organisationRoutes(app: ZodApp, deps: AppDeps) {
  app.post(
    '/api/units/:id/organisations',
    {
      schema: {
        tags: ['units'],
        params: id,
        body: OrganisationInput,
        response: { 201: Organisation },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(request, deps.auth, deps.db);
      return reply
        .status(201)
        .send(await createOrganisation(deps, actor, request.params.id, request.body));
    },
  );
  app.patch(
    '/api/organisations/:id',
    {
      schema: {
        tags: ['units'],
        params: id,
        body: OrganisationUpdate,
        response: { 200: Organisation },
      },
    },
    async (request) => {
      const actor = await requireActor(request, deps.auth, deps.db);
      return updateOrganisation(deps, actor, request.params.id, request.body);
    },
  );
}
