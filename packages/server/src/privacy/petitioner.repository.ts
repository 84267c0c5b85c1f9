// Petitioners as the personal-data work reads and changes them: those of a unit and below (for a
// request's search), those whose matter names a given user (a conflict of interest), one person's
// record and matters (a copy of their data), a correction, an erasure's pseudonym, a retention's
// dropped contacts, and who an audit entry concerns (a breach).
import type { Updateable } from 'kysely';
import type { PetitionerTable } from '../db/schema.js';
import type { Q } from '../shared/query.js';

/** A petitioner with the path of their unit (for the access check). */
export async function petitionerWithPath(db: Q, id: string) {
  return db
    .selectFrom('petitioner')
    .innerJoin('unit', 'unit.id', 'petitioner.unit_id')
    .select(['petitioner.id', 'petitioner.unit_id', 'petitioner.erased_at', 'unit.path'])
    .where('petitioner.id', '=', id)
    .executeTakeFirst();
}

/** The whole petitioner row (it must exist). */
export async function petitionerRow(db: Q, id: string) {
  return db.selectFrom('petitioner').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

/** A petitioner's record as a copy of their data shows it, with their village (it must exist). */
export async function petitionerRecord(db: Q, id: string) {
  return db
    .selectFrom('petitioner')
    .leftJoin('unit as v', 'v.id', 'petitioner.village_id')
    .select([
      'petitioner.id',
      'petitioner.full_name',
      'petitioner.phone',
      'petitioner.email',
      'petitioner.answer_preference',
      'petitioner.erased_at',
      'petitioner.created_at',
      'v.name as village',
    ])
    .where('petitioner.id', '=', id)
    .executeTakeFirstOrThrow();
}

/** The matters the petitioner raised, with how and when, in the order received. */
export async function mattersRaisedBy(db: Q, petitionerId: string) {
  return db
    .selectFrom('raising')
    .innerJoin('matter', 'matter.id', 'raising.matter_id')
    .select([
      'matter.id',
      'matter.content',
      'matter.state',
      'matter.answer',
      'raising.source',
      'raising.received_on',
    ])
    .where('raising.petitioner_id', '=', petitionerId)
    .orderBy('raising.received_on')
    .execute();
}

/** The ids of the matters the petitioner raised. */
export async function matterIdsRaisedBy(db: Q, petitionerId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('raising')
    .select('matter_id')
    .where('petitioner_id', '=', petitionerId)
    .execute();
  return rows.map((r) => r.matter_id);
}

/** The petitioners who raised the matter. */
export async function petitionerIdsOfMatter(db: Q, matterId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('raising')
    .select('petitioner_id')
    .where('matter_id', '=', matterId)
    .where('petitioner_id', 'is not', null)
    .execute();
  return rows.map((r) => r.petitioner_id!);
}

/** The petitioners of a unit itself. */
export async function petitionerIdsOfUnit(db: Q, unitId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('petitioner')
    .select('id')
    .where('unit_id', '=', unitId)
    .execute();
  return rows.map((r) => r.id);
}

/** The petitioners' names and contacts (one batch of ids). */
export async function petitionerContacts(db: Q, ids: readonly string[]) {
  return db
    .selectFrom('petitioner')
    .select(['id', 'full_name', 'phone', 'email', 'unit_id', 'erased_at'])
    .where('id', 'in', ids)
    .execute();
}

export async function updatePetitioner(
  db: Q,
  id: string,
  set: Pick<
    Updateable<PetitionerTable>,
    'full_name' | 'phone' | 'email' | 'erased_at' | 'updated_at'
  >,
): Promise<void> {
  await db.updateTable('petitioner').set(set).where('id', '=', id).execute();
}

/**
 * Petitioners not yet erased (with a phone or email, if `withContact`), one row per matter they
 * raised: its state and last change, and those of the matter it was merged into.
 */
export async function unerasedPetitionerMatters(db: Q, withContact: boolean) {
  let q = db
    .selectFrom('petitioner')
    .innerJoin('raising', 'raising.petitioner_id', 'petitioner.id')
    .innerJoin('matter', 'matter.id', 'raising.matter_id')
    .leftJoin('matter as target', 'target.id', 'matter.merged_into_id')
    .select([
      'petitioner.id',
      'petitioner.unit_id',
      'matter.state',
      'matter.updated_at',
      'target.state as target_state',
      'target.updated_at as target_updated_at',
    ])
    .where('petitioner.erased_at', 'is', null);
  if (withContact)
    q = q.where((eb) =>
      eb.or([eb('petitioner.phone', 'is not', null), eb('petitioner.email', 'is not', null)]),
    );
  return q.execute();
}

/** The petitioners of the units under a path, by name (at most 5,000: the search filters them). */
export async function petitionersUnder(db: Q, path: string) {
  return db
    .selectFrom('petitioner')
    .innerJoin('unit', 'unit.id', 'petitioner.unit_id')
    .leftJoin('unit as v', 'v.id', 'petitioner.village_id')
    .select([
      'petitioner.id',
      'petitioner.full_name',
      'petitioner.phone',
      'petitioner.email',
      'petitioner.erased_at',
      'v.name as village',
    ])
    .where('unit.path', 'like', `${path}%`)
    .orderBy('petitioner.full_name')
    .limit(5000)
    .execute();
}

/** Of these petitioners, the raisings on a matter (or one merged into it) that names the user. */
export async function petitionersOnMattersNaming(db: Q, userId: string, ids: readonly string[]) {
  return db
    .selectFrom('raising')
    .innerJoin('matter as m', 'm.id', 'raising.matter_id')
    .innerJoin('matter_conflict as mc', (j) =>
      j.on((eb) =>
        eb.or([
          eb('mc.matter_id', '=', eb.ref('m.id')),
          eb('mc.matter_id', '=', eb.ref('m.merged_into_id')),
        ]),
      ),
    )
    .innerJoin('person', 'person.id', 'mc.person_id')
    .select('raising.petitioner_id')
    .where('person.user_id', '=', userId)
    .where('raising.petitioner_id', 'in', ids)
    .execute();
}
