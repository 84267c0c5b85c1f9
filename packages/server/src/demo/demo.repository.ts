// The demo's own statements, those no feature makes this way: the first-run check, the demo's
// people and accounts found by username and position, matters' states dated in the past (their
// history rows go through opinion.repository's insertStateChange), the plan's sessions and their
// versions as the walk-through advances them, and the grown commune's routing table. The demo's
// other rows go through the features' repositories, as the app writes them.
import type { Q } from '../shared/query.js';

/** How many units there are (none: the database is empty, a first start). */
export async function unitCount(db: Q): Promise<number> {
  const row = await db
    .selectFrom('unit')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The id of the auth library's user with this username (its own table, typed here). */
export async function userIdOfUsername(db: Q, username: string): Promise<string> {
  const user = await db
    .withTables<{ user: { id: string; username: string | null } }>()
    .selectFrom('user')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  return user.id;
}

/** The person record of the account in the unit itself. */
export async function personOfUserAt(db: Q, unitId: string, userId: string) {
  return db
    .selectFrom('person')
    .select(['id', 'user_id'])
    .where('unit_id', '=', unitId)
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
}

/** The account of a person of the unit whose position is like the pattern (SQL `like`), else null. */
export async function userIdWithPosition(
  db: Q,
  unitId: string,
  positionLike: string,
): Promise<string | null> {
  const row = await db
    .selectFrom('person')
    .select('user_id')
    .where('unit_id', '=', unitId)
    .where('position', 'like', positionLike)
    .executeTakeFirst();
  return row?.user_id ?? null;
}

/** The unit's people with their fields (JSON), in the order they were added. */
export async function peopleWithFields(db: Q, unitId: string) {
  return db
    .selectFrom('person')
    .select(['id', 'fields'])
    .where('unit_id', '=', unitId)
    .orderBy('created_at')
    .execute();
}

/** A matter's state as of a past day (its history rows are written beside it). */
export async function setMatterStateOn(
  db: Q,
  matterId: string,
  state: string,
  at: string,
): Promise<void> {
  await db
    .updateTable('matter')
    .set({ state, updated_at: at })
    .where('id', '=', matterId)
    .execute();
}

/** The matters whose answers the demo counts as already sent. */
export async function markMattersResponded(db: Q, matterIds: readonly string[]): Promise<void> {
  await db
    .updateTable('matter')
    .set({ state: 'responded' })
    .where('id', 'in', [...matterIds])
    .execute();
}

/** The sessions an issued plan made, by round. */
export async function sessionsOfPlan(db: Q, planId: string) {
  return db
    .selectFrom('dialogue_session')
    .select(['id', 'round'])
    .where('plan_id', '=', planId)
    .orderBy('round')
    .execute();
}

/** A session's version now (each step of the walk-through moves it on). */
export async function sessionVersion(db: Q, sessionId: string): Promise<number> {
  const row = await db
    .selectFrom('dialogue_session')
    .select('version')
    .where('id', '=', sessionId)
    .executeTakeFirstOrThrow();
  return Number(row.version);
}

/** The unit's routes for a field in every village (the routing table's rows without a village). */
export async function routesOfAllVillages(db: Q, unitId: string) {
  return db
    .selectFrom('opinion_route')
    .select(['field', 'person_id'])
    .where('unit_id', '=', unitId)
    .where('village_id', 'is', null)
    .execute();
}
