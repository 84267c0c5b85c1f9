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
