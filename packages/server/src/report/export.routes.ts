// Exports: Excel files of the oversight table and of the dashboard's lists (same columns as the
// screen, from core's column definitions), and open data of published answers (CSV, JSON;
// petitioners masked, public like the portal).
import {
  matterColumns,
  oversightColumns,
  overdueColumns,
  PeriodQuerySchema,
  pickLang,
  sortRows,
} from '@doithoai/core';
import { z } from 'zod';
import type { ZodApp } from '../http/zod-app.js';
import { requireActor } from '../http/actor.js';
import type { AppDeps } from '../http/deps.js';
import { readWith } from '../http/reads.js';
import {
  DASHBOARD_EXPORTED,
  DashboardListQuery,
  dashboardMatters,
} from '../dashboard/dashboard-matters.js';
import { oversightTable } from '../dashboard/oversight.js';
import { OVERDUE_EXPORTED, unitDashboard } from '../dashboard/unit-dashboard.js';
import { answersCsv, publishedAnswers } from './open-data.js';
import { attachment, writeXlsx, XLSX_TYPE } from '../shared/xlsx.js';

const Id = z.object({ id: z.string().max(64) });
const tags = ['export'];
const OversightExportQuery = PeriodQuerySchema.extend({
  sort: z.string().max(40).optional(),
  dir: z.enum(['asc', 'desc']).optional(),
});

export function exportRoutes(app: ZodApp, deps: AppDeps) {
  const actor = (request: Parameters<typeof requireActor>[0]) =>
    requireActor(request, deps.auth, deps.db);

  app.get(
    '/api/units/:id/oversight.xlsx',
    {
      schema: {
        tags,
        summary: 'Bảng theo dõi các xã (Excel) / oversight table as Excel, in the order shown',
        params: Id,
        querystring: OversightExportQuery,
      },
    },
    async (request, reply) => {
      const lang = pickLang(request.headers['accept-language']);
      const { sort, dir, ...period } = request.query;
      const who = await actor(request);
      const t = await readWith(deps, request, reply, (d) =>
        oversightTable(d, who, request.params.id, period),
      );
      const column = oversightColumns.find((c) => c.key === sort);
      const rows = column ? sortRows(t.rows, column, dir) : t.rows;
      const file = await writeXlsx(
        lang === 'vi' ? 'Theo dõi' : 'Oversight',
        `${t.unit.name}: ${t.period.from} – ${t.period.to}`,
        oversightColumns,
        rows,
        lang,
      );
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', attachment(`theo-doi-${t.period.from}-${t.period.to}.xlsx`))
        .send(file);
    },
  );

  app.get(
    '/api/units/:id/dashboard/overdue.xlsx',
    {
      schema: {
        tags,
        summary: 'Danh sách quá hạn (Excel) / overdue list as Excel',
        params: Id,
        querystring: PeriodQuerySchema,
      },
    },
    async (request, reply) => {
      const lang = pickLang(request.headers['accept-language']);
      const who = await actor(request);
      const d = await readWith(deps, request, reply, (rd) =>
        unitDashboard(rd, who, request.params.id, request.query, {
          overdueLimit: OVERDUE_EXPORTED,
        }),
      );
      const file = await writeXlsx(
        lang === 'vi' ? 'Quá hạn' : 'Overdue',
        `${d.unit.name}: ${d.today}`,
        overdueColumns,
        d.overdue,
        lang,
      );
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', attachment(`qua-han-${d.today}.xlsx`))
        .send(file);
    },
  );

  app.get(
    '/api/units/:id/dashboard/matters.xlsx',
    {
      schema: {
        tags,
        summary: 'Danh sách sau một số liệu (Excel) / the list behind a figure as Excel',
        params: Id,
        querystring: DashboardListQuery,
      },
    },
    async (request, reply) => {
      const lang = pickLang(request.headers['accept-language']);
      const who = await actor(request);
      // The whole list from its start (up to DASHBOARD_EXPORTED rows), not the screen's page.
      const d = await readWith(deps, request, reply, (rd) =>
        dashboardMatters(rd, who, request.params.id, {
          ...request.query,
          after: undefined,
          limit: DASHBOARD_EXPORTED,
        }),
      );
      const file = await writeXlsx(
        lang === 'vi' ? 'Danh sách' : 'List',
        '',
        matterColumns,
        d.items,
        lang,
      );
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', attachment('danh-sach.xlsx'))
        .send(file);
    },
  );

  const OpenQuery = z.object({ year: z.coerce.number().int().min(1900).max(2100).optional() });
  const Slug = z.object({ slug: z.string().max(120) });
  app.get(
    '/api/open-data/:slug/answers.json',
    {
      schema: {
        tags: ['open-data'],
        summary: 'Dữ liệu mở: trả lời đã công bố (JSON) / open data: published answers',
        params: Slug,
        querystring: OpenQuery,
      },
    },
    async (request, reply) => {
      const data = await readWith(deps, request, reply, (d) =>
        publishedAnswers(d.db, request.params.slug, request.query.year),
      );
      return reply.header('access-control-allow-origin', '*').send(data);
    },
  );
  app.get(
    '/api/open-data/:slug/answers.csv',
    {
      schema: {
        tags: ['open-data'],
        summary: 'Dữ liệu mở: trả lời đã công bố (CSV) / open data: published answers',
        params: Slug,
        querystring: OpenQuery,
      },
    },
    async (request, reply) => {
      const data = await readWith(deps, request, reply, (d) =>
        publishedAnswers(d.db, request.params.slug, request.query.year),
      );
      return reply
        .type('text/csv; charset=utf-8')
        .header('access-control-allow-origin', '*')
        .header('content-disposition', attachment(`tra-loi-${data.unit.slug}.csv`))
        .send(answersCsv(data.items));
    },
  );
}
