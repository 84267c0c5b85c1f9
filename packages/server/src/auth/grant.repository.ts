// A user's roles and the units they reach (with each unit's path, for the access check, and its
// name, for the screens).
import { newId } from '../db/ids.js';
import type { Q } from '../shared/query.js';

export async function grantsOf(db: Q, userId: string) {
  return db
    .selectFrom('role_grant')
    .innerJoin('unit', 'unit.id', 'role_grant.unit_id')
    .select(['role_grant.role', 'role_grant.unit_id', 'unit.path', 'unit.name'])
    .where('role_grant.user_id', '=', userId)
    .execute();
}

export async function insertGrant(
  db: Q,
  grant: { userId: string; unitId: string; role: string; at: string },
): Promise<void> {
  await db
    .insertInto('role_grant')
    .values({
      id: newId(),
      user_id: grant.userId,
      unit_id: grant.unitId,
      role: grant.role,
      created_at: grant.at,
    })
    .execute();
}

/** Every grant in units under the path, with its unit's name and path. */
export async function grantsUnder(db: Q, unitPath: string) {
  return db
    .selectFrom('role_grant')
    .innerJoin('unit', 'unit.id', 'role_grant.unit_id')
    .select([
      'role_grant.user_id',
      'role_grant.role',
      'role_grant.unit_id',
      'unit.name as unit_name',
      'unit.path',
    ])
    .where('unit.path', 'like', `${unitPath}%`)
    .execute();
}

export async function deleteGrantsOf(db: Q, userId: string): Promise<void> {
  await db.deleteFrom('role_grant').where('user_id', '=', userId).execute();
}

/** The units a grant may name, with their paths (for the granting administrator's reach). */
export async function unitPathsOf(db: Q, unitIds: readonly string[]) {
  return db.selectFrom('unit').select(['id', 'path']).where('id', 'in', unitIds).execute();
}

/** The users who hold the role in the unit itself. */
export async function usersWithRole(db: Q, unitId: string, role: string): Promise<string[]> {
  const rows = await db
    .selectFrom('role_grant')
    .select('user_id')
    .where('unit_id', '=', unitId)
    .where('role', '=', role)
    .execute();
  return rows.map((r) => r.user_id);
}
