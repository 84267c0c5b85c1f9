// Who is calling: the signed-in user and the units their roles reach. Resolved once per request.
// A session older than the absolute limit since sign-in is ended here (the idle limit is the
// auth library's sliding expiry, see auth/auth.ts).
import { DomainError, type Actor, type Role } from '@doithoai/core';
import { fromNodeHeaders } from 'better-auth/node';
import type { FastifyRequest } from 'fastify';
import { securitySettingsOf, type Auth } from '../auth/auth.js';
import { sessionCacheOf, sessionCookie } from '../auth/session-cache.js';
import { revokeSessionById } from '../auth/session-store.js';
import { grantsOf } from '../auth/grant.repository.js';
import type { Db } from '../db/open-database.js';

export interface SignedIn extends Actor {
  name: string;
  username: string;
  /** The session this request came with (kept when the user changes their own grants). */
  sessionId: string;
  /** When the session began (its absolute limit counts from here). */
  sessionStartedAt: string;
}

const cache = new WeakMap<FastifyRequest, SignedIn | null>();

/** True when the session began longer ago than the absolute limit allows. */
export function sessionEnded(
  createdAt: Date | string,
  absoluteSeconds: number,
  now: number = Date.now(),
): boolean {
  return now - new Date(createdAt).getTime() > absoluteSeconds * 1000;
}

export async function currentActor(
  request: FastifyRequest,
  auth: Auth,
  db: Db,
): Promise<SignedIn | null> {
  if (cache.has(request)) return cache.get(request) ?? null;
  const actor = await resolveActor(request, auth, db);
  cache.set(request, actor);
  return actor;
}

/** The actor from the process's session cache, or from the database (then kept; auth/session-cache.ts). */
async function resolveActor(request: FastifyRequest, auth: Auth, db: Db): Promise<SignedIn | null> {
  const sessions = sessionCacheOf<SignedIn>(db);
  const cookie = sessionCookie(request.headers.cookie);
  if (!cookie) return null;
  const absolute = securitySettingsOf(auth).absoluteSeconds;
  const hit = sessions?.get(cookie);
  if (hit && !sessionEnded(hit.actor.sessionStartedAt, absolute)) return hit.actor;
  const epoch = sessions?.begin() ?? 0;
  const session = await (
    await auth.instance()
  ).api.getSession({ headers: fromNodeHeaders(request.headers) });
  if (!session) return null;
  if (sessionEnded(session.session.createdAt, absolute)) {
    await revokeSessionById(db, session.session.id);
    return null;
  }
  const grants = await grantsOf(db.kysely, session.user.id);
  const user = session.user as { id: string; name: string; username?: string | null };
  const actor: SignedIn = {
    userId: user.id,
    name: user.name,
    username: user.username ?? '',
    sessionId: session.session.id,
    sessionStartedAt: new Date(session.session.createdAt).toISOString(),
    grants: grants.map((g) => ({ role: g.role as Role, unitId: g.unit_id, unitPath: g.path })),
  };
  // Shared by the requests that find it in the cache: nobody may change it.
  Object.freeze(actor.grants.map((g) => Object.freeze(g)));
  Object.freeze(actor.grants);
  Object.freeze(actor);
  sessions?.set(
    cookie,
    {
      actor,
      userId: user.id,
      sessionId: actor.sessionId,
      expiresAt: new Date(session.session.expiresAt).getTime(),
      readAt: Date.now(),
    },
    epoch,
  );
  return actor;
}

export async function requireActor(request: FastifyRequest, auth: Auth, db: Db): Promise<SignedIn> {
  const actor = await currentActor(request, auth, db);
  if (!actor) throw new DomainError('UNAUTHENTICATED');
  return actor;
}
