// Documents over HTTP: the list a caller may read (issued ones from the register, drafts from the
// sources), downloads as DOCX, PDF or HTML with a Vietnamese file name, and the HTML preview for
// an iframe. PDF goes through one browser per app, started on first use and closed with the app.
import { DocumentList, documentKinds } from '@doithoai/core';
import { PdfRenderer } from '@doithoai/documents';
import { z } from 'zod';
import type { ZodApp } from '../http/zod-app.js';
import { requireActor } from '../http/actor.js';
import type { AppDeps } from '../http/deps.js';
import { contentDisposition, documentFileFormats } from './document-file.js';
import { listReadableDocuments } from './list-documents.js';
import { findReadableDocument, renderDocumentFile } from './render-document.js';
import { auditPersonalDocumentView } from '../privacy/personal-document-view.js';

const Kind = z.enum(documentKinds);
const FileParams = z.object({
  kind: Kind,
  file: z
    .string()
    .regex(
      new RegExp(`^[A-Za-z0-9_-]{1,64}\\.(${documentFileFormats.join('|')})$`),
      '<id>.docx | <id>.pdf | <id>.html',
    ),
});
const PreviewParams = z.object({ kind: Kind, id: z.string().max(64) });

// The preview is our own escaped HTML; still, it may run nothing and load nothing.
const PREVIEW_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; frame-ancestors 'self'";

export function documentRoutes(app: ZodApp, deps: AppDeps) {
  let pdf: PdfRenderer | undefined;
  const pdfRenderer = () => (pdf ??= new PdfRenderer());
  app.addHook('onClose', async () => {
    await pdf?.close();
    pdf = undefined;
  });

  app.get(
    '/api/documents',
    {
      schema: {
        tags: ['documents'],
        summary: 'Văn bản (đã ban hành và dự thảo) trong phạm vi / documents in scope',
        querystring: z.object({ kind: Kind.optional(), unitId: z.string().max(64).optional() }),
        response: { 200: DocumentList },
      },
    },
    async (request) => {
      const actor = await requireActor(request, deps.auth, deps.db);
      return { documents: await listReadableDocuments(deps.db, actor, request.query) };
    },
  );

  app.get(
    '/api/documents/:kind/:file',
    {
      schema: {
        tags: ['documents'],
        summary: 'Tải văn bản DOCX, PDF, HTML / download a document',
        params: FileParams,
      },
    },
    async (request, reply) => {
      const actor = await requireActor(request, deps.auth, deps.db);
      const [id = '', format] = request.params.file.split('.') as [
        string,
        (typeof documentFileFormats)[number],
      ];
      const found = await findReadableDocument(deps.db, actor, request.params.kind, id);
      const file = await renderDocumentFile(found, format, pdfRenderer);
      await auditPersonalDocumentView(deps.db, actor, found, format); // a letter names a petitioner: logged (privacy)
      if (format === 'html') reply.header('content-security-policy', PREVIEW_CSP);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', contentDisposition(file.fileName))
        .header('cache-control', 'private, no-store')
        .send(file.body);
    },
  );

  app.get(
    '/api/documents/:kind/:id/preview',
    {
      schema: {
        tags: ['documents'],
        summary: 'Xem trước (HTML cho iframe) / preview for an iframe',
        params: PreviewParams,
      },
    },
    async (request, reply) => {
      const actor = await requireActor(request, deps.auth, deps.db);
      const found = await findReadableDocument(
        deps.db,
        actor,
        request.params.kind,
        request.params.id,
      );
      const file = await renderDocumentFile(found, 'html', pdfRenderer);
      await auditPersonalDocumentView(deps.db, actor, found, 'preview'); // a letter names a petitioner: logged (privacy)
      return reply
        .header('content-type', file.contentType)
        .header('content-security-policy', PREVIEW_CSP)
        .header('cache-control', 'private, no-store')
        .send(file.body);
    },
  );
}
