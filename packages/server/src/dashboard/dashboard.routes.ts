// Dashboards: a commune's figures and the list behind each one, and the oversight table of the
// communes below a unit (district, province). Read-only; 'dashboard.read' in the unit's scope.
// Read from the replica when one serves (http/reads.ts).
import { z } from 'zod';
import type { ZodApp } from '../http/zod-app.js';
import { requireActor } from '../http/actor.js';
import type { AppDeps } from '../http/deps.js';
import { readWith } from '../http/reads.js';
import { DashboardListQuery, dashboardMatters } from './dashboard-matters.js';
import { oversightPage, oversightTable } from './oversight.js';
import {
  DashboardMatters,
  Oversight,
  oversightColumns,
  PeriodQuerySchema,
  UnitDashboard,
} from '@doithoai/core';
import { unitDashboard } from './unit-dashboard.js';

const Id = z.object({ id: z.string().max(64) });
const tags = ['dashboard'];
// The table the staff app shows: sorted by one of its columns, one page at a time (a province is
// 3,321 rows, ~1.6 MB of JSON in full; without offset/limit every row comes, as the API gives it).
const OversightQuery = PeriodQuerySchema.extend({
  sort: z.enum(oversightColumns.map((c) => c.key) as [string, ...string[]]).optional(),
  dir: z.enum(['asc', 'desc']).optional(),
  offset: z.coerce.number().int().min(0).optional(),
  limit: z.coerce.number().int().min(1).max(5000).optional(),
});

export function dashboardRoutes(app: ZodApp, deps: AppDeps) {
  const actor = (request: Parameters<typeof requireActor>[0]) =>
    requireActor(request, deps.auth, deps.db);

  app.get(
    '/api/units/:id/dashboard',
    {
      schema: {
        tags,
        summary: 'Bảng tổng hợp của xã / the commune dashboard',
        params: Id,
        querystring: PeriodQuerySchema,
        response: { 200: UnitDashboard },
      },
    },
    async (request, reply) => {
      const who = await actor(request);
      return readWith(deps, request, reply, (d) =>
        unitDashboard(d, who, request.params.id, request.query),
      );
    },
  );

  app.get(
    '/api/units/:id/dashboard/matters',
    {
      schema: {
        tags,
        summary: 'Danh sách sau một số liệu / the list behind a figure',
        params: Id,
        querystring: DashboardListQuery,
        response: { 200: DashboardMatters },
      },
    },
    async (request, reply) => {
      const who = await actor(request);
      return readWith(deps, request, reply, (d) =>
        dashboardMatters(d, who, request.params.id, request.query),
      );
    },
  );

  app.get(
    '/api/units/:id/oversight',
    {
      schema: {
        tags,
        summary:
          'Bảng theo dõi các xã trực thuộc / oversight table of the communes below (sort, then offset/limit for one page)',
        params: Id,
        querystring: OversightQuery,
        response: { 200: Oversight },
      },
    },
    async (request, reply) => {
      const { sort, dir, offset, limit, ...period } = request.query;
      const who = await actor(request);
      return oversightPage(
        await readWith(deps, request, reply, (d) =>
          oversightTable(d, who, request.params.id, period),
        ),
        { sort, dir, offset, limit },
      );
    },
  );
}
