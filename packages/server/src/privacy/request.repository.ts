// Data-subject requests (data_subject_request): recorded, listed under a unit, moved.
import type { Insertable, Updateable } from 'kysely';
import type { DataSubjectRequestTable } from '../db/schema.js';
import type { Q } from '../shared/query.js';

/** A request with the path of its unit (for the access check). */
export async function findRequest(db: Q, id: string) {
  return db
    .selectFrom('data_subject_request')
    .innerJoin('unit', 'unit.id', 'data_subject_request.unit_id')
    .selectAll('data_subject_request')
    .select('unit.path as unit_path')
    .where('data_subject_request.id', '=', id)
    .executeTakeFirst();
}

/** The requests of the units under a path, newest first (at most 500). */
export async function requestsUnder(db: Q, path: string) {
  return db
    .selectFrom('data_subject_request')
    .innerJoin('unit', 'unit.id', 'data_subject_request.unit_id')
    .selectAll('data_subject_request')
    .select('unit.path as unit_path')
    .where('unit.path', 'like', `${path}%`)
    .orderBy('data_subject_request.created_at', 'desc')
    .limit(500)
    .execute();
}

export async function insertRequest(
  db: Q,
  row: Insertable<DataSubjectRequestTable>,
): Promise<void> {
  await db.insertInto('data_subject_request').values(row).execute();
}

export async function updateRequest(
  db: Q,
  id: string,
  set: Updateable<DataSubjectRequestTable>,
): Promise<void> {
  await db.updateTable('data_subject_request').set(set).where('id', '=', id).execute();
}

/** The petitioner a request is about, if it names one. */
export async function requestPetitionerId(db: Q, id: string): Promise<string | null> {
  const r = await db
    .selectFrom('data_subject_request')
    .select('petitioner_id')
    .where('id', '=', id)
    .executeTakeFirst();
  return r?.petitioner_id ?? null;
}
