// Conflict-of-interest marks (matter_conflict: a matter names an official) and the accounts the
// petitioner rule needs per matter: its assignee's and those of the people it names.
import type { Insertable } from 'kysely';
import type { MatterConflictTable } from '../db/schema.js';
import type { Q } from '../shared/query.js';

/** The user accounts of the people a matter names (null: a person with no account). */
export async function namedUserIds(db: Q, matterId: string): Promise<(string | null)[]> {
  const rows = await db
    .selectFrom('matter_conflict')
    .innerJoin('person', 'person.id', 'matter_conflict.person_id')
    .select('person.user_id')
    .where('matter_conflict.matter_id', '=', matterId)
    .execute();
  return rows.map((r) => r.user_id);
}

/** The user account of a matter's assignee (null: none, or a person with no account). */
export async function assigneeUserId(db: Q, matterId: string): Promise<string | null> {
  const row = await db
    .selectFrom('matter')
    .leftJoin('person', 'person.id', 'matter.assignee_person_id')
    .select('person.user_id')
    .where('matter.id', '=', matterId)
    .executeTakeFirst();
  return row?.user_id ?? null;
}

/** The assignees' user accounts of these matters (assigned ones only). */
export async function assigneeUserIdsOf(db: Q, matterIds: string[]) {
  return db
    .selectFrom('matter')
    .innerJoin('person', 'person.id', 'matter.assignee_person_id')
    .select(['matter.id', 'person.user_id'])
    .where('matter.id', 'in', matterIds)
    .execute();
}

/** The user accounts of the people these matters name, per matter. */
export async function namedUserIdsOf(db: Q, matterIds: string[]) {
  return db
    .selectFrom('matter_conflict')
    .innerJoin('person', 'person.id', 'matter_conflict.person_id')
    .select(['matter_conflict.matter_id', 'person.user_id'])
    .where('matter_conflict.matter_id', 'in', matterIds)
    .execute();
}

/** A matter's marks, oldest first, with the named person's name and position. */
export async function conflictRows(db: Q, matterId: string) {
  return db
    .selectFrom('matter_conflict')
    .innerJoin('person', 'person.id', 'matter_conflict.person_id')
    .select([
      'matter_conflict.person_id',
      'person.full_name',
      'person.position',
      'matter_conflict.reason',
      'matter_conflict.created_at',
    ])
    .where('matter_conflict.matter_id', '=', matterId)
    .orderBy('matter_conflict.created_at')
    .execute();
}

/** Marks a matter as naming a person; nothing if it already does. */
export async function insertConflict(db: Q, row: Insertable<MatterConflictTable>): Promise<void> {
  await db
    .insertInto('matter_conflict')
    .values(row)
    .onConflict((oc) => oc.columns(['matter_id', 'person_id']).doNothing())
    .execute();
}

/** Removes a mark; false if there was none. */
export async function deleteConflict(db: Q, matterId: string, personId: string): Promise<boolean> {
  const gone = await db
    .deleteFrom('matter_conflict')
    .where('matter_id', '=', matterId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return Number(gone.numDeletedRows) > 0;
}
