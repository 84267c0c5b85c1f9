import { isIsoDate, UnitTree } from '@doithoai/core';
import { z } from 'zod';
import type { ZodApp } from '../http/zod-app.js';
import { requireActor } from '../http/actor.js';
import type { AppDeps } from '../http/deps.js';
import { getUnitTree } from './get-unit-tree.js';

export function unitTreeRoute(app: ZodApp, deps: AppDeps) {
  app.get(
    '/api/units/tree',
    {
      schema: {
        tags: ['units'],
        summary:
          'Cây đơn vị (Unit tree) the caller may see; with ?on=YYYY-MM-DD, as it stood that day',
        querystring: z.object({ on: z.string().refine(isIsoDate, 'date').optional() }),
        response: { 200: UnitTree },
      },
      // The contract types the handler and the web, and stands in OpenAPI; the answer is sent as
      // it is, not checked against it: a province's tree (~13,000 units) took ~125 ms to check.
      serializerCompiler: () => (data) => JSON.stringify(data),
    },
    async (request) => {
      const actor = await requireActor(request, deps.auth, deps.db);
      return { units: await getUnitTree(deps, actor, request.query.on) };
    },
  );
}
