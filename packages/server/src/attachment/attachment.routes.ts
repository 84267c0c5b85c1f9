// Staff routes for files kept with a matter: the list (type, size, SHA-256) and the bytes. The
// bytes are served so a browser can only show them as the detected image type: never sniffed,
// never run as a page (CSP sandbox), with a file name we make rather than the one sent. The
// office adds a photo or scan of a paper petition as the raw body (no multipart in the staff app).
import { AttachmentMeta, MatterAttachments } from '@doithoai/core';
import { z } from 'zod';
import type { ZodApp } from '../http/zod-app.js';
import { requireActor } from '../http/actor.js';
import type { AppDeps } from '../http/deps.js';
import { addMatterAttachment } from './add-attachment.js';
import { PHOTO_MAX_BYTES } from './photo-type.js';
import { listMatterAttachments, readAttachment } from './read-attachment.js';

const Id = z.object({ id: z.string().max(64) });
const tags = ['attachments'];
const extension: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
};
/** What a browser labels a chosen photo; the type is read from the bytes whatever is claimed. */
const uploadTypes = ['image/jpeg', 'image/png', 'image/webp', 'application/octet-stream'];

export function attachmentRoutes(app: ZodApp, deps: AppDeps) {
  const actor = (request: Parameters<typeof requireActor>[0]) =>
    requireActor(request, deps.auth, deps.db);

  app.get(
    '/api/opinions/:id/attachments',
    {
      schema: {
        tags,
        summary: 'Tệp đính kèm của ý kiến / files sent with a matter',
        params: Id,
        response: { 200: MatterAttachments },
      },
    },
    async (request) => listMatterAttachments(deps, await actor(request), request.params.id),
  );

  app.register(async (child) => {
    // A little over the limit is read, so a too-large photo is refused in words, not cut off.
    child.addContentTypeParser(
      uploadTypes,
      { parseAs: 'buffer', bodyLimit: PHOTO_MAX_BYTES + 1024 },
      (_req, body, done) => done(null, body),
    );
    (child as unknown as ZodApp).post(
      '/api/opinions/:id/attachments',
      {
        schema: {
          tags,
          summary: 'Đính kèm ảnh, bản chụp đơn / add a photo or scan of the petition',
          params: Id,
          querystring: z.object({ name: z.string().max(200).optional() }),
          response: { 201: AttachmentMeta },
        },
        bodyLimit: PHOTO_MAX_BYTES + 1024,
      },
      async (request, reply) => {
        const saved = await addMatterAttachment(deps, await actor(request), request.params.id, {
          bytes: request.body as Buffer | undefined,
          originalName: request.query.name ?? null,
        });
        return reply.status(201).send(saved);
      },
    );
  });

  app.get(
    '/api/attachments/:id',
    { schema: { tags, summary: 'Nội dung tệp / the file itself', params: Id } },
    async (request, reply) => {
      const file = await readAttachment(deps, await actor(request), request.params.id);
      return reply
        .header('content-type', file.mediaType)
        .header('content-length', String(file.size))
        .header(
          'content-disposition',
          `inline; filename="anh-${file.id}.${extension[file.mediaType] ?? 'bin'}"`,
        )
        .header(
          'content-security-policy',
          "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
        )
        .header('cross-origin-resource-policy', 'same-origin')
        .header('cache-control', 'private, no-store')
        .header('etag', `"${file.sha256}"`)
        .send(file.bytes);
    },
  );
}
