import { sql } from 'kysely';
import { z } from 'zod';
import type { ZodApp } from '../app.js';
import type { AppDeps } from '../deps.js';

const Health = z.object({ status: z.literal('ok'), database: z.enum(['sqlite', 'postgres']), version: z.string() });

export function healthRoute(app: ZodApp, { db }: AppDeps) {
  app.get('/api/health', { schema: { tags: ['system'], response: { 200: Health } } }, async () => {
    await sql`select 1`.execute(db.kysely);
    return { status: 'ok' as const, database: db.dialect, version: '0.1.0' };
  });
}
