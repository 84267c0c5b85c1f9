// Petitioners as the personal-data work reads them: those of a unit and below (for a request's
// search), and those whose matter names a given user (a conflict of interest).
import type { Q } from '../shared/query.js';

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
