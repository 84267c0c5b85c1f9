// Staff routes for files kept with a matter: the list (type, size, SHA-256) and the bytes. The
// bytes are served so a browser can only show them as the detected image type: never sniffed,
// never run as a page (CSP sandbox), with a file name we make rather than the one sent.
import { z } from 'zod';
import type { ZodApp } from '../http/app.js';
import { requireActor } from '../http/actor.js';
import type { AppDeps } from '../http/deps.js';
import { listMatterAttachments, readAttachment } from './read-attachment.js';

const Id = z.object({ id: z.string().max(64) });
const tags = ['attachments'];
const extension: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' };

export function attachmentRoutes(app: ZodApp, deps: AppDeps) {
  const actor = (request: Parameters<typeof requireActor>[0]) => requireActor(request, deps.auth, deps.db);

  app.get('/api/opinions/:id/attachments', { schema: { tags, summary: 'Tệp đính kèm của ý kiến / files sent with a matter', params: Id } }, async (request) =>
    listMatterAttachments(deps, await actor(request), request.params.id));

  app.get('/api/attachments/:id', { schema: { tags, summary: 'Nội dung tệp / the file itself', params: Id } }, async (request, reply) => {
    const file = await readAttachment(deps, await actor(request), request.params.id);
    return reply
      .header('content-type', file.mediaType)
      .header('content-length', String(file.size))
      .header('content-disposition', `inline; filename="anh-${file.id}.${extension[file.mediaType] ?? 'bin'}"`)
      .header('content-security-policy', "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox")
      .header('cross-origin-resource-policy', 'same-origin')
      .header('cache-control', 'private, no-store')
      .header('etag', `"${file.sha256}"`)
      .send(file.bytes);
  });
}
