// What every dashboard reads first: the unit asked for, and the units that chose their own
// regulation profile (most choose none).
import type { Q } from '../shared/query.js';

export async function dashboardUnit(db: Q, unitId: string) {
  return db
    .selectFrom('unit')
    .select(['id', 'name', 'path', 'kind', 'parent_id'])
    .where('id', '=', unitId)
    .executeTakeFirst();
}

export async function unitsWithOwnProfile(db: Q) {
  return db
    .selectFrom('unit')
    .select(['id', 'profile_code'])
    .where('profile_code', 'is not', null)
    .execute();
}
