// Reads and writes of a commune's routing table (field × village, optional → responsible
// official) and the assignment it makes. Which route wins is the rule of assign-by-routing.ts.
import type { Insertable } from 'kysely';
import type { OpinionRouteTable } from '../db/schema.js';
import { nowIso } from '../db/ids.js';
import type { Q } from '../shared/query.js';

/** The unit's routes for a field, with and without a village. */
export async function routesForField(db: Q, unitId: string, field: string) {
  return db
    .selectFrom('opinion_route')
    .select(['person_id', 'village_id'])
    .where('unit_id', '=', unitId)
    .where('field', '=', field)
    .execute();
}

/** A classified matter assigned to the routed official, its version counted. */
export async function assignMatterByRoute(
  db: Q,
  m: { id: string; version: number },
  personId: string,
): Promise<void> {
  await db
    .updateTable('matter')
    .set({
      state: 'assigned',
      assignee_person_id: personId,
      version: m.version + 1,
      updated_at: nowIso(),
    })
    .where('id', '=', m.id)
    .execute();
}

/** The routing table of a unit, by field, with the village's and the official's names. */
export async function listRouteRows(db: Q, unitId: string) {
  return db
    .selectFrom('opinion_route as r')
    .innerJoin('person as p', 'p.id', 'r.person_id')
    .leftJoin('unit as v', 'v.id', 'r.village_id')
    .select([
      'r.id',
      'r.field',
      'r.village_id as villageId',
      'v.name as villageName',
      'r.person_id as personId',
      'p.full_name as personName',
    ])
    .where('r.unit_id', '=', unitId)
    .orderBy('r.field')
    .execute();
}

export async function findRouteRow(db: Q, routeId: string) {
  return db.selectFrom('opinion_route').selectAll().where('id', '=', routeId).executeTakeFirst();
}

export async function deleteRoute(db: Q, routeId: string): Promise<void> {
  await db.deleteFrom('opinion_route').where('id', '=', routeId).execute();
}

/** The line for exactly this field and village (no village: the field's line for any village). */
export async function routeIdFor(db: Q, unitId: string, field: string, villageId?: string | null) {
  const row = await db
    .selectFrom('opinion_route')
    .select('id')
    .where('unit_id', '=', unitId)
    .where('field', '=', field)
    .where((eb) => (villageId ? eb('village_id', '=', villageId) : eb('village_id', 'is', null)))
    .executeTakeFirst();
  return row?.id;
}

export async function setRoutePerson(
  db: Q,
  routeId: string,
  change: { personId: string; by: string; at: string },
): Promise<void> {
  await db
    .updateTable('opinion_route')
    .set({ person_id: change.personId, updated_by: change.by, updated_at: change.at })
    .where('id', '=', routeId)
    .execute();
}

export async function insertRoute(db: Q, row: Insertable<OpinionRouteTable>): Promise<void> {
  await db.insertInto('opinion_route').values(row).execute();
}

/** The unit of a person record (an official routed or assigned must be the commune's). */
export async function personUnitId(db: Q, personId: string): Promise<string | undefined> {
  const person = await db
    .selectFrom('person')
    .select('unit_id')
    .where('id', '=', personId)
    .executeTakeFirst();
  return person?.unit_id;
}
