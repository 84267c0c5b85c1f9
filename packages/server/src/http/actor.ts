// Who is calling: the signed-in user and the units their roles reach. Resolved once per request.
import { DomainError, type Actor, type Role } from '@doithoai/core';
import { fromNodeHeaders } from 'better-auth/node';
import type { FastifyRequest } from 'fastify';
import type { Auth } from '../auth/auth.js';
import type { Db } from '../db/open-database.js';

export interface SignedIn extends Actor {
  name: string;
  username: string;
}

const cache = new WeakMap<FastifyRequest, SignedIn | null>();

export async function currentActor(request: FastifyRequest, auth: Auth, db: Db): Promise<SignedIn | null> {
  if (cache.has(request)) return cache.get(request) ?? null;
  const session = await auth.api.getSession({ headers: fromNodeHeaders(request.headers) });
  let actor: SignedIn | null = null;
  if (session) {
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
