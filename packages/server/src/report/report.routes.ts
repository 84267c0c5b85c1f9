// Reports (Báo cáo kết quả): a round's or a period's figures with the wording, saving the wording,
// issuing it (numbered in the register). Preview, DOCX and PDF go through /api/documents/bao-cao/….
import { IssuedReport, ReportView, ReportWording, SavedReport } from '@doithoai/core';
import { z } from 'zod';
import type { ZodApp } from '../http/zod-app.js';
import { requireActor } from '../http/actor.js';
import type { AppDeps } from '../http/deps.js';
import { readWith } from '../http/reads.js';
import { getReport, issueReport, saveReportWording } from './report-draft.js';

const Params = z.object({ id: z.string().max(64), period: z.string().max(120) });
const tags = ['reports'];

export function reportRoutes(app: ZodApp, deps: AppDeps) {
  const actor = (request: Parameters<typeof requireActor>[0]) =>
    requireActor(request, deps.auth, deps.db);

  app.get(
    '/api/units/:id/reports/:period',
    {
      schema: {
        tags,
        summary: 'Báo cáo kết quả: số liệu và nội dung / a report: figures and wording',
        params: Params,
        response: { 200: ReportView },
      },
    },
    async (request, reply) => {
      const who = await actor(request);
      return readWith(deps, request, reply, (d) =>
        getReport(d, who, request.params.id, request.params.period),
      );
    },
  );

  app.put(
    '/api/units/:id/reports/:period',
    {
      schema: {
        tags,
        summary: 'Lưu nội dung báo cáo / save the wording',
        params: Params,
        body: ReportWording,
        response: { 200: SavedReport },
      },
    },
    async (request) =>
      saveReportWording(
        deps,
        await actor(request),
        request.params.id,
        request.params.period,
        request.body,
      ),
  );

  app.post(
    '/api/units/:id/reports/:period/issue',
    {
      schema: {
        tags,
        summary: 'Ban hành báo cáo / issue the report',
        params: Params,
        response: { 201: IssuedReport },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await issueReport(deps, await actor(request), request.params.id, request.params.period),
        ),
  );
}
