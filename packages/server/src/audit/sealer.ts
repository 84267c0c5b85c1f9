// The server seals the audit chain every second on PostgreSQL (audit/seal.ts), so an entry is in
// the chain about a second after its transaction commits. Nothing to do on SQLite.
import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/open-database.js';
import { sealAuditChain } from './seal.js';

export function registerAuditSealer(
  app: FastifyInstance,
  deps: { db: Db },
  everyMs = Number(process.env.AUDIT_SEAL_MS ?? 1000),
): void {
  if (deps.db.dialect !== 'postgres') return;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  app.addHook('onReady', async () => {
    timer = setInterval(() => {
      running = running
        .then(() => sealAuditChain(deps.db.kysely))
        .catch((e: unknown) => app.log.warn({ err: e }, 'audit seal'));
    }, everyMs);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    if (timer) clearInterval(timer);
    await running;
  });
}
