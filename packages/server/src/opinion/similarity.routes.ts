// The same concern in other words: "not the same" for one matter of a cluster, and the
// normalisation table the similarity engine reads (a unit's own entries, what it inherits).
import { LexiconInput, LexiconTable, NotSameResult } from '@doithoai/core';
import { z } from 'zod';
import type { ZodApp } from '../http/zod-app.js';
import { requireActor } from '../http/actor.js';
import type { AppDeps } from '../http/deps.js';
import { dismissFromCluster } from './dismiss-duplicate.js';
import { getLexicon, saveLexicon } from './similarity-lexicon.js';

const id = z.object({ id: z.string().max(64) });
const tags = ['opinions'];
const NotSame = z.strictObject({
  matterId: z.string().min(1).max(64),
  otherIds: z.array(z.string().min(1).max(64)).min(1).max(100),
});

export function similarityRoutes(app: ZodApp, deps: AppDeps) {
  app.post(
    '/api/units/:id/opinions/not-same',
    {
      schema: {
        tags,
        summary: 'Ý kiến này không cùng nội dung với các ý kiến kia (not the same concern)',
        params: id,
        body: NotSame,
        response: { 201: NotSameResult },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await dismissFromCluster(
            deps,
            await requireActor(request, deps.auth, deps.db),
            request.params.id,
            request.body,
          ),
        ),
  );
  app.get(
    '/api/units/:id/lexicon',
    {
      schema: {
        tags,
        summary: 'Từ điển gom ý kiến (normalisation table)',
        params: id,
        response: { 200: LexiconTable },
      },
    },
    async (request) =>
      getLexicon(deps, await requireActor(request, deps.auth, deps.db), request.params.id),
  );
  app.put(
    '/api/units/:id/lexicon',
    {
      schema: {
        tags,
        summary: 'Sửa từ điển gom ý kiến của đơn vị (save the unit’s own entries)',
        params: id,
        body: LexiconInput,
        response: { 200: LexiconTable },
      },
    },
    async (request) =>
      saveLexicon(
        deps,
        await requireActor(request, deps.auth, deps.db),
        request.params.id,
        request.body,
      ),
  );
}
