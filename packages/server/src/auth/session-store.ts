// The auth library's session rows, read and ended by us: an administrator lists and revokes a
// user's sessions; a change of grants ends the user's other sessions (privilege change).
import type { Db } from '../db/open-database.js';
import { deleteSession, deleteUserSessions, sessionsOfUser } from './auth-session.repository.js';
import { sessionChanged } from './session-cache.js';

export interface SessionInfo {
  id: string;
  createdAt: string;
  lastRefreshedAt: string;
  expiresAt: string;
  ipAddress: string | null;
  userAgent: string | null;
}

const iso = (v: Date | string | number) => new Date(v).toISOString();

export async function listSessions(db: Db, userId: string): Promise<SessionInfo[]> {
  const rows = await sessionsOfUser(db.kysely, userId);
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
  const revoked = await deleteUserSessions(db.kysely, userId, only);
  if (only?.sessionId) await sessionChanged(db, { kind: 'session', id: only.sessionId });
  else await sessionChanged(db, { kind: 'user', id: userId });
  return revoked;
}

export async function revokeSessionById(db: Db, sessionId: string): Promise<void> {
  await deleteSession(db.kysely, sessionId);
  await sessionChanged(db, { kind: 'session', id: sessionId });
}
