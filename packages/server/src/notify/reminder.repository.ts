// What the daily reminders read: a unit's open matters and dated sessions, the person a digest
// goes to, and the units that hold sessions.
import type { Q } from '../shared/query.js';

/** The unit's matters in the states that have a conclusion item, with the assignee's user. */
export async function concludedMattersIn(db: Q, unitId: string, states: readonly string[]) {
  return db
    .selectFrom('matter as m')
    .innerJoin('conclusion_item as ci', 'ci.matter_id', 'm.id')
    .leftJoin('person as p', 'p.id', 'm.assignee_person_id')
    .select(['m.id', 'm.content', 'm.assignee_person_id', 'p.user_id'])
    .where('m.unit_id', '=', unitId)
    .where('m.state', 'in', states)
    .execute();
}

/** The unit's sessions in the states that have a date. */
export async function datedSessionsIn(db: Q, unitId: string, states: readonly string[]) {
  return db
    .selectFrom('dialogue_session')
    .select(['id', 'state', 'date', 'round'])
    .where('unit_id', '=', unitId)
    .where('state', 'in', states)
    .where('date', 'is not', null)
    .execute();
}

/** The person a digest goes to, by their user or by their own id. */
export async function digestRecipient(db: Q, by: 'user' | 'person', id: string) {
  return db
    .selectFrom('person')
    .select(['full_name', 'email', 'user_id'])
    .where(by === 'user' ? 'user_id' : 'id', '=', id)
    .executeTakeFirst();
}

/** Units with sessions that still exist on the day (not ended before it). */
export async function unitsWithSessionsOn(db: Q, day: string): Promise<string[]> {
  const rows = await db
    .selectFrom('dialogue_session')
    .leftJoin('unit_validity as v', 'v.unit_id', 'dialogue_session.unit_id')
    .select('dialogue_session.unit_id')
    .distinct()
    .where((eb) => eb.or([eb('v.valid_to', 'is', null), eb('v.valid_to', '>=', day)]))
    .execute();
  return rows.map((r) => r.unit_id);
}
