import { Unit } from '@doithoai/core';
import { z } from 'zod';
import type { ZodApp } from '../http/zod-app.js';
import { requireActor } from '../http/actor.js';
import type { AppDeps } from '../http/deps.js';
import { findUnit } from './unit.repository.js';
import { requireAccess } from '../shared/require-access.js';

export function unitGetRoute(app: ZodApp, deps: AppDeps) {
  app.get(
    '/api/units/:id',
    {
      schema: {
        tags: ['units'],
        params: z.object({ id: z.string().max(64) }),
        response: { 200: Unit },
      },
    },
    async (request) => {
      const actor = await requireActor(request, deps.auth, deps.db);
      const unit = await findUnit(deps.db.kysely, request.params.id);
      requireAccess(actor, 'unit.read', unit && { unitPath: unit.path });
      return unit!;
    },
  );
}
