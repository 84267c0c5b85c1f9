import { z } from 'zod';
import type { ZodApp } from './zod-app.js';
import type { AppDeps } from './deps.js';
import { replicaOf } from './reads.js';
import { ping } from '../db/ping.js';

const Replica = z.object({
  ok: z.boolean(),
  lagMs: z.number().nullable(),
  lagBytes: z.number().nullable(),
  reason: z.string().optional(),
});
const Health = z.object({
  status: z.literal('ok'),
  database: z.enum(['sqlite', 'postgres']),
  version: z.string(),
  /** The read replica (DATABASE_REPLICA_URL), when one is configured: not ok means reads go to the primary. */
  replica: Replica.optional(),
});

export function healthRoute(app: ZodApp, { db }: AppDeps) {
  app.get('/api/health', { schema: { tags: ['system'], response: { 200: Health } } }, async () => {
    await ping(db.kysely);
    const replica = replicaOf(db);
    return {
      status: 'ok' as const,
      database: db.dialect,
      version: '0.1.0',
      ...(replica ? { replica: replica.status() } : {}),
    };
  });
}
