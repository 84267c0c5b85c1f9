// Lists in and out: the template per source, the preview of an uploaded .xlsx/.csv (raw body,
// at most 10 MB), the import of the previewed (and perhaps corrected) rows, and the export.
import {
  ImportOutcome,
  ImportPreview,
  importColumns,
  opinionSources,
  pickLang,
  type Lang,
  type RowProblem,
} from '@doithoai/core';
import { z } from 'zod';
import type { ZodApp } from '../http/zod-app.js';
import { requireActor } from '../http/actor.js';
import type { AppDeps } from '../http/deps.js';
import { exportOpinions } from './export-opinions.js';
import { importOpinions, previewImport } from './import-opinions.js';
import { MAX_IMPORT_BYTES, templateTitle, writeSheet } from './opinion-file.js';

const id = z.object({ id: z.string().max(64) });
const tags = ['opinions'];
const RawRow = z.object(
  Object.fromEntries(
    importColumns.map((c) => [c.key, z.string().max(10_000).default('')]),
  ) as Record<(typeof importColumns)[number]['key'], z.ZodDefault<z.ZodString>>,
);
const Commit = z.strictObject({
  source: z.enum(opinionSources),
  mode: z.enum(['good-only', 'all-or-nothing', 'check']),
  firstRow: z.number().int().min(1).optional(),
  rows: z.array(RawRow).min(1).max(20_000),
});
/** Row problems in the caller's language. */
const present = (bad: RowProblem[], lang: Lang) =>
  bad.map((b) => ({
    row: b.row,
    issues: b.issues.map((i) => ({ field: i.field, message: i.message[lang] })),
  }));

const fileTypes = [
  'application/octet-stream',
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];

export function opinionImportRoutes(app: ZodApp, deps: AppDeps) {
  app.register(async (child) => {
    child.addContentTypeParser(
      fileTypes,
      { parseAs: 'buffer', bodyLimit: MAX_IMPORT_BYTES },
      (_req, body, done) => done(null, body),
    );
    const typed = child as unknown as ZodApp;
    typed.post(
      '/api/units/:id/opinions/import/preview',
      {
        schema: {
          tags,
          summary: 'Xem trước tệp danh sách ý kiến (preview an .xlsx/.csv list)',
          params: id,
          querystring: z.object({ source: z.enum(opinionSources) }),
          response: { 200: ImportPreview },
        },
        bodyLimit: MAX_IMPORT_BYTES,
      },
      async (request) => {
        const actor = await requireActor(request, deps.auth, deps.db);
        const result = await previewImport(
          deps,
          actor,
          request.params.id,
          request.body as Buffer,
          request.query.source,
        );
        return {
          ...result,
          bad: present(result.bad, pickLang(request.headers['accept-language'])),
        };
      },
    );
  });
  app.post(
    '/api/units/:id/opinions/import',
    {
      schema: {
        tags,
        summary: 'Nhập các dòng đã xem trước (import previewed rows)',
        params: id,
        body: Commit,
        response: { 200: ImportOutcome },
      },
      bodyLimit: 32 * 1024 * 1024,
    },
    async (request) => {
      const actor = await requireActor(request, deps.auth, deps.db);
      const result = await importOpinions(deps, actor, request.params.id, request.body);
      return { ...result, bad: present(result.bad, pickLang(request.headers['accept-language'])) };
    },
  );
  app.get(
    '/api/opinions/template',
    {
      schema: {
        tags,
        querystring: z.object({
          source: z.enum(opinionSources),
          format: z.enum(['xlsx', 'csv']).default('xlsx'),
        }),
      },
    },
    async (request, reply) => {
      await requireActor(request, deps.auth, deps.db);
      const { source, format } = request.query;
      const body = await writeSheet(
        [],
        format,
        format === 'xlsx' ? templateTitle(source) : undefined,
      );
      return reply
        .header(
          'content-type',
          format === 'csv'
            ? 'text/csv; charset=utf-8'
            : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        )
        .header('content-disposition', `attachment; filename="mau-y-kien-${source}.${format}"`)
        .send(body);
    },
  );
  app.get(
    '/api/units/:id/opinions/export',
    {
      schema: {
        tags,
        params: id,
        querystring: z.object({ format: z.enum(['xlsx', 'csv', 'json']).default('xlsx') }),
      },
    },
    async (request, reply) => {
      const actor = await requireActor(request, deps.auth, deps.db);
      const out = await exportOpinions(deps, actor, request.params.id, request.query.format);
      return reply
        .header('content-type', out.contentType)
        .header('content-disposition', `attachment; filename="${out.filename}"`)
        .send(out.body);
    },
  );
}
