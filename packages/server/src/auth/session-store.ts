// The auth library's session rows, read and ended by us: an administrator lists and revokes a
// user's sessions; a change of grants ends the user's other sessions (privilege change).
import type { Db } from '../db/open-database.js';
import { sessionChanged } from './session-cache.js';

interface AuthSessionRow {
  id: string;
  token: string;
  userId: string;
  expiresAt: Date | string | number;
  createdAt: Date | string | number;
  updatedAt: Date | string | number;
  ipAddress: string | null;
  userAgent: string | null;
}

export interface SessionInfo {
  id: string;
  createdAt: string;
  lastRefreshedAt: string;
  expiresAt: string;
  ipAddress: string | null;
  userAgent: string | null;
}

const iso = (v: Date | string | number) => new Date(v).toISOString();

export const authSessions = (db: Db) => db.kysely.withTables<{ session: AuthSessionRow }>();

export async function listSessions(db: Db, userId: string): Promise<SessionInfo[]> {
  const rows = await authSessions(db)
    .selectFrom('session')
    .select(['id', 'createdAt', 'updatedAt', 'expiresAt', 'ipAddress', 'userAgent'])
    .where('userId', '=', userId)
    .execute();
  return rows
    .filter((r) => new Date(r.expiresAt).getTime() > Date.now())
    .map((r) => ({
      id: r.id,
      createdAt: iso(r.createdAt),
      lastRefreshedAt: iso(r.updatedAt),
      expiresAt: iso(r.expiresAt),
      ipAddress: r.ipAddress,
      userAgent: r.userAgent,
    }))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Ends sessions of the user: one, or all but `keep` (the caller's own, when they change themselves). */
export async function revokeSessions(
  db: Db,
  userId: string,
  only?: { sessionId?: string; keep?: string },
): Promise<number> {
  let q = authSessions(db).deleteFrom('session').where('userId', '=', userId);
  if (only?.sessionId) q = q.where('id', '=', only.sessionId);
  if (only?.keep) q = q.where('id', '!=', only.keep);
  const result = await q.executeTakeFirst();
  if (only?.sessionId) await sessionChanged(db, { kind: 'session', id: only.sessionId });
  else await sessionChanged(db, { kind: 'user', id: userId });
  return Number(result.numDeletedRows);
}

export async function revokeSessionById(db: Db, sessionId: string): Promise<void> {
  await authSessions(db).deleteFrom('session').where('id', '=', sessionId).execute();
  await sessionChanged(db, { kind: 'session', id: sessionId });
}
