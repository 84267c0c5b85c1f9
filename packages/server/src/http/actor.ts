// Who is calling: the signed-in user and the units their roles reach. Resolved once per request.
// A session older than the absolute limit since sign-in is ended here (the idle limit is the
// auth library's sliding expiry, see auth/auth.ts).
import { DomainError, type Actor, type Role } from '@doithoai/core';
import { fromNodeHeaders } from 'better-auth/node';
import type { FastifyRequest } from 'fastify';
import { securitySettingsOf, type Auth } from '../auth/auth.js';
import { revokeSessionById } from '../auth/session-store.js';
import type { Db } from '../db/open-database.js';

export interface SignedIn extends Actor {
  name: string;
  username: string;
  /** The session this request came with (kept when the user changes their own grants). */
  sessionId: string;
}

const cache = new WeakMap<FastifyRequest, SignedIn | null>();

/** True when the session began longer ago than the absolute limit allows. */
export function sessionEnded(createdAt: Date | string, absoluteSeconds: number, now: number = Date.now()): boolean {
  return now - new Date(createdAt).getTime() > absoluteSeconds * 1000;
}

export async function currentActor(request: FastifyRequest, auth: Auth, db: Db): Promise<SignedIn | null> {
  if (cache.has(request)) return cache.get(request) ?? null;
  const session = await auth.api.getSession({ headers: fromNodeHeaders(request.headers) });
  let actor: SignedIn | null = null;
  if (session && sessionEnded(session.session.createdAt, securitySettingsOf(auth).absoluteSeconds)) {
    await revokeSessionById(db, session.session.id);
  } else if (session) {
    const grants = await db.kysely
      .selectFrom('role_grant')
      .innerJoin('unit', 'unit.id', 'role_grant.unit_id')
      .select(['role_grant.role', 'role_grant.unit_id', 'unit.path'])
      .where('role_grant.user_id', '=', session.user.id)
      .execute();
    const user = session.user as { id: string; name: string; username?: string | null };
    actor = {
      userId: user.id,
      name: user.name,
      username: user.username ?? '',
      sessionId: session.session.id,
      grants: grants.map((g) => ({ role: g.role as Role, unitId: g.unit_id, unitPath: g.path })),
    };
  }
  cache.set(request, actor);
  return actor;
}

export async function requireActor(request: FastifyRequest, auth: Auth, db: Db): Promise<SignedIn> {
  const actor = await currentActor(request, auth, db);
  if (!actor) throw new DomainError('UNAUTHENTICATED');
  return actor;
}
