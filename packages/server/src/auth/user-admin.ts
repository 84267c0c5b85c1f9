// An administrator's view of accounts: who holds which roles where, their open sessions, and
// the two acts that end sessions — revoking them, and changing the user's grants (a privilege
// change ends every other session of that user, so new rights start from a fresh sign-in).
// A user is in an administrator's reach only when every grant the user holds lies inside the
// administrator's 'user.manage' scope; anything else reads as "not found".
import {
  can,
  DomainError,
  notFound,
  roles,
  scopePrefixes,
  type Actor,
  type Role,
} from '@doithoai/core';
import { recordAudit } from '../audit/audit.js';
import type { Db } from '../db/open-database.js';
import { unitPathOf } from '../unit/unit.repository.js';
import { nowIso } from '../db/ids.js';
import {
  deleteGrantsOf,
  grantsOf,
  grantsUnder,
  insertGrant,
  unitPathsOf,
} from './grant.repository.js';
import { requireAccess } from '../shared/require-access.js';
import { listSessions, revokeSessions } from './session-store.js';
import { findUser } from './user.repository.js';

interface Deps {
  db: Db;
}

async function manageableUser(db: Db, actor: Actor, userId: string) {
  const user = await findUser(db.kysely, userId);
  const grants = user ? await grantsOf(db.kysely, userId) : [];
  if (
    !user ||
    grants.length === 0 ||
    !grants.every((g) => can(actor, 'user.manage', { unitPath: g.path }))
  )
    throw notFound();
  return { user, grants };
}

export async function listUnitUsers({ db }: Deps, actor: Actor, unitId: string) {
  const unit = await unitPathOf(db.kysely, unitId);
  requireAccess(actor, 'user.manage', unit && { unitPath: unit.path });
  const rows = await grantsUnder(db.kysely, unit!.path);
  const users = [];
  for (const userId of [...new Set(rows.map((r) => r.user_id))]) {
    try {
      const { user, grants } = await manageableUser(db, actor, userId);
      users.push({
        id: user.id,
        name: user.name,
        username: user.username ?? '',
        grants: grants.map((g) => ({ role: g.role as Role, unitId: g.unit_id, unitName: g.name })),
        sessions: (await listSessions(db, user.id)).length,
      });
    } catch {
      // a user who also holds a grant outside the caller's reach is not theirs to manage
    }
  }
  return { users: users.sort((a, b) => a.username.localeCompare(b.username)) };
}

export async function listUserSessions({ db }: Deps, actor: Actor, userId: string) {
  await manageableUser(db, actor, userId);
  return { sessions: await listSessions(db, userId) };
}

export async function revokeUserSessions(
  { db }: Deps,
  actor: Actor & { sessionId?: string },
  userId: string,
  sessionId?: string,
) {
  const { grants } = await manageableUser(db, actor, userId);
  const revoked = await revokeSessions(db, userId, sessionId ? { sessionId } : undefined);
  if (sessionId && revoked === 0) throw notFound();
  await recordAudit(db.kysely, {
    actorUserId: actor.userId,
    action: 'user.sessions-revoked',
    entity: 'user',
    entityId: userId,
    unitId: grants[0]!.unit_id,
    detail: { sessionId: sessionId ?? null, revoked },
  });
  return { revoked };
}

export interface GrantInput {
  role: Role;
  unitId: string;
}

export async function setUserGrants(
  { db }: Deps,
  actor: Actor & { sessionId?: string },
  userId: string,
  next: GrantInput[],
) {
  const { grants: before } = await manageableUser(db, actor, userId);
  if (next.length === 0) {
    throw new DomainError('VALIDATION', undefined, [
      {
        field: 'grants',
        message: {
          vi: 'Trường «grants»: cần ít nhất một vai trò',
          en: "Field 'grants': at least one role is needed",
        },
      },
    ]);
  }
  const reach = scopePrefixes(actor, 'user.manage');
  const units = await unitPathsOf(
    db.kysely,
    next.map((g) => g.unitId),
  );
  for (const [i, g] of next.entries()) {
    const unit = units.find((u) => u.id === g.unitId);
    if (!roles.includes(g.role))
      throw new DomainError('VALIDATION', undefined, [
        {
          field: `grants.${i}.role`,
          message: {
            vi: `Trường «grants.${i}.role»: vai trò không có`,
            en: `Field 'grants.${i}.role': no such role`,
          },
        },
      ]);
    if (!unit || !reach.some((p) => unit.path.startsWith(p))) throw notFound();
  }
  const at = nowIso();
  await db.kysely.transaction().execute(async (trx) => {
    await deleteGrantsOf(trx, userId);
    for (const g of next) await insertGrant(trx, { userId, unitId: g.unitId, role: g.role, at });
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'user.grants-changed',
      entity: 'user',
      entityId: userId,
      unitId: next[0]!.unitId,
      detail: { before: before.map((g) => ({ role: g.role, unitId: g.unit_id })), after: next },
    });
  });
  // A privilege change: the user's sessions end (the caller's own session survives a change to themselves).
  const revoked = await revokeSessions(
    db,
    userId,
    actor.userId === userId && actor.sessionId ? { keep: actor.sessionId } : undefined,
  );
  return { grants: next, revokedSessions: revoked };
}
