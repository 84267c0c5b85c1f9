// Whom an answer's moves are told to (answer-notices.ts): the unit's holders of a role, and the
// petitioners' consents and tracking codes. Who counts as reachable is decided there.
import type { Q } from '../shared/query.js';

/** The unit the notices speak for: its name and its portal slug (it must exist). */
export async function noticeUnit(db: Q, unitId: string) {
  return db
    .selectFrom('unit')
    .select(['id', 'name', 'slug'])
    .where('id', '=', unitId)
    .executeTakeFirstOrThrow();
}

/** The users granted a role at the unit itself. */
export async function usersWithRoleAt(db: Q, unitId: string, role: string) {
  return db
    .selectFrom('role_grant')
    .select('user_id')
    .where('unit_id', '=', unitId)
    .where('role', '=', role)
    .execute();
}

/** Every consent the petitioners gave or refused for a purpose, oldest first. */
export async function consentsFor(db: Q, petitionerIds: readonly string[], purpose: string) {
  return db
    .selectFrom('petitioner_consent')
    .selectAll()
    .where('petitioner_id', 'in', petitionerIds)
    .where('purpose', '=', purpose)
    .orderBy('recorded_at')
    .execute();
}

/** The portal tracking codes of the matters the petitioners raised. */
export async function trackingCodesOf(db: Q, petitionerIds: readonly string[]) {
  return db
    .selectFrom('portal_submission as s')
    .innerJoin('raising as r', 'r.matter_id', 's.matter_id')
    .select(['r.petitioner_id', 's.tracking_code'])
    .where('r.petitioner_id', 'in', petitionerIds)
    .execute();
}
