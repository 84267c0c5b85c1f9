// A user's roles and the units they reach (with each unit's path, for the access check, and its
// name, for the screens).
import type { Q } from '../shared/query.js';

export async function grantsOf(db: Q, userId: string) {
  return db
    .selectFrom('role_grant')
    .innerJoin('unit', 'unit.id', 'role_grant.unit_id')
    .select(['role_grant.role', 'role_grant.unit_id', 'unit.path', 'unit.name'])
    .where('role_grant.user_id', '=', userId)
    .execute();
}
