// Units in time (issue 20): propose a merger or a change of parent at a unit, list the changes,
// confirm or undo a proposed one. Thin: parse, call the use case, return it.
import { UnitChange, UnitChangeInput, UnitChanges } from '@doithoai/core';
import { z } from 'zod';
import type { ZodApp } from '../http/zod-app.js';
import { requireActor } from '../http/actor.js';
import type { AppDeps } from '../http/deps.js';
import { confirmUnitChange } from './confirm-unit-change.js';
import { getUnitChanges } from './list-unit-changes.js';
import { proposeUnitChange } from './propose-unit-change.js';
import { undoUnitChange } from './undo-unit-change.js';

const unitParams = z.object({ id: z.string().max(64) });
const changeParams = z.object({ id: z.string().max(64), changeId: z.string().max(64) });
const undoBody = z.strictObject({ reason: z.string().max(1000).nullable().optional() });

export function unitChangeRoutes(app: ZodApp, deps: AppDeps) {
  app.get(
    '/api/units/:id/changes',
    {
      schema: {
        tags: ['units'],
        params: unitParams,
        response: { 200: UnitChanges },
      },
    },
    async (request) => {
      const actor = await requireActor(request, deps.auth, deps.db);
      return { changes: await getUnitChanges(deps, actor, request.params.id) };
    },
  );
  app.post(
    '/api/units/:id/changes',
    {
      schema: {
        tags: ['units'],
        params: unitParams,
        body: UnitChangeInput,
        response: { 201: UnitChange },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(request, deps.auth, deps.db);
      return reply
        .status(201)
        .send(await proposeUnitChange(deps, actor, request.params.id, request.body));
    },
  );
  app.post(
    '/api/units/:id/changes/:changeId/confirm',
    { schema: { tags: ['units'], params: changeParams, response: { 200: UnitChange } } },
    async (request) => {
      const actor = await requireActor(request, deps.auth, deps.db);
      return confirmUnitChange(deps, actor, request.params.id, request.params.changeId);
    },
  );
  app.post(
    '/api/units/:id/changes/:changeId/undo',
    {
      schema: {
        tags: ['units'],
        params: changeParams,
        body: undoBody,
        response: { 200: UnitChange },
      },
    },
    async (request) => {
      const actor = await requireActor(request, deps.auth, deps.db);
      return undoUnitChange(
        deps,
        actor,
        request.params.id,
        request.params.changeId,
        request.body.reason,
      );
    },
  );
}
