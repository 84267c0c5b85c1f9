// Which database a read-only route reads: the replica (db/replica.ts) when one is configured, in
// use, and caught up past the user's own latest write; otherwise the primary. ADR 0005.
//
// A write is any request with a method other than GET/HEAD/OPTIONS. Its answer carries the time
// in a cookie (`doithoai_wrote`, 60 s or longer), so the user's next reads, on any process, go to the
// primary until the replica has replayed past it; this process also remembers it per session
// cookie, for a client that keeps only the session cookie. A replica query that fails is retried
// on the primary with a warning in the log: never an error response because of the replica.
import { DomainError } from '@doithoai/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sessionCookie } from '../auth/session-cache.js';
import { openReplica, type Replica } from '../db/replica.js';
import type { Db } from '../db/open-database.js';
import type { ZodApp } from './zod-app.js';
import type { AppDeps } from './deps.js';

export const WROTE_COOKIE = 'doithoai_wrote';
const WROTE_RE = new RegExp(`(?:^|;\\s*)${WROTE_COOKIE}=(\\d{1,15})`, 'g');
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

interface Reads {
  replica: Replica;
  /** Latest write per session cookie in this process (ms). */
  wrote: Map<string, number>;
}
const registry = new WeakMap<Db, Reads>();

/** The replica used by the app on this database, if one is configured. */
export function replicaOf(db: Db): Replica | undefined {
  return registry.get(db)?.replica;
}

/** Opens the replica of DATABASE_REPLICA_URL for this app and marks writes; closed with the app. */
export function registerReadRouting(app: ZodApp, deps: AppDeps): void {
  const settings = deps.config.replica;
  if (!settings || deps.db.dialect !== 'postgres' || registry.has(deps.db)) return;
  const replica = openReplica(deps.db, settings, (m) => app.log.warn(m));
  const reads: Reads = { replica, wrote: new Map() };
  registry.set(deps.db, reads);
  const secure = deps.config.baseUrl.startsWith('https:') ? '; Secure' : '';
  // Kept longer than the replica may lag and still be used: past that the primary serves anyway.
  const maxAge = Math.max(60, Math.ceil(settings.maxLagMs / 1000) + 10);
  app.addHook('onSend', async (request, reply, payload) => {
    if (SAFE.has(request.method)) return payload;
    const at = Date.now();
    const token = sessionCookie(request.headers.cookie);
    if (token) {
      if (reads.wrote.size >= 20_000) reads.wrote.delete(reads.wrote.keys().next().value!);
      reads.wrote.delete(token);
      reads.wrote.set(token, at);
    }
    const cookie = `${WROTE_COOKIE}=${at}; Path=/; Max-Age=${maxAge}; HttpOnly; SameSite=Lax${secure}`;
    const existing = reply.getHeader('set-cookie');
    reply.header('set-cookie', [
      ...(existing === undefined ? [] : Array.isArray(existing) ? existing : [String(existing)]),
      cookie,
    ]);
    return payload;
  });
  app.addHook('onClose', async () => {
    registry.delete(deps.db);
    await replica.close();
  });
}

/** When the request's user last wrote (ms), as far as the cookie and this process know; 0 for never. */
function lastWrite(request: FastifyRequest, reads: Reads): number {
  const header = request.headers.cookie ?? '';
  // The latest, should the browser send two (another path, an old one).
  let fromCookie = 0;
  for (const m of header.matchAll(WROTE_RE)) fromCookie = Math.max(fromCookie, Number(m[1]));
  const token = sessionCookie(header);
  return Math.max(fromCookie, token ? (reads.wrote.get(token) ?? 0) : 0);
}

/** A failure that is the request's own (not found, forbidden, invalid), the same on any server. */
function requestsOwn(err: unknown): boolean {
  if (err instanceof DomainError) return true;
  const status = (err as { statusCode?: number } | null)?.statusCode;
  return typeof status === 'number' && status < 500;
}

/**
 * Runs a read-only use case on the replica when it may serve this request, else on the primary.
 * `work` gets the deps with `db` set to the chosen database and must only read through it.
 * Which one answered is marked on the reply (`x-read-from`).
 */
export async function readWith<T>(
  deps: AppDeps,
  request: FastifyRequest,
  reply: FastifyReply | null,
  work: (deps: AppDeps) => Promise<T>,
): Promise<T> {
  const reads = registry.get(deps.db);
  if (reads && reads.replica.usableFor(lastWrite(request, reads))) {
    try {
      const result = await work({ ...deps, db: reads.replica.db });
      reply?.header('x-read-from', 'replica');
      return result;
    } catch (err) {
      if (requestsOwn(err)) throw err;
      reads.replica.failed(err as Error);
      request.log.warn(
        { err: (err as Error).message, url: request.url },
        'read replica failed; reading the primary',
      );
    }
  }
  const result = await work(deps);
  if (reads) reply?.header('x-read-from', 'primary');
  return result;
}
