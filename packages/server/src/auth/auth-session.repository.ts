// The auth library's session rows (its own table, typed here): read for an administrator's list,
// deleted when sessions are revoked.
import type { Q } from '../shared/query.js';

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

export const authSessions = (db: Q) => db.withTables<{ session: AuthSessionRow }>();

export async function sessionsOfUser(db: Q, userId: string) {
  return authSessions(db)
    .selectFrom('session')
    .select(['id', 'createdAt', 'updatedAt', 'expiresAt', 'ipAddress', 'userAgent'])
    .where('userId', '=', userId)
    .execute();
}

/** Deletes the user's sessions: one, or all but `keep`; returns how many went. */
export async function deleteUserSessions(
  db: Q,
  userId: string,
  only?: { sessionId?: string; keep?: string },
): Promise<number> {
  let q = authSessions(db).deleteFrom('session').where('userId', '=', userId);
  if (only?.sessionId) q = q.where('id', '=', only.sessionId);
  if (only?.keep) q = q.where('id', '!=', only.keep);
  const result = await q.executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteSession(db: Q, sessionId: string): Promise<void> {
  await authSessions(db).deleteFrom('session').where('id', '=', sessionId).execute();
}
