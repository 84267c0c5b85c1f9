// What the command line reads for itself: a unit named by its code (the `--unit` option), whether
// the database has any unit yet, and the confirmed fields a classifier learns from.
import type { Q } from '../shared/query.js';

export async function unitByCode(db: Q, code: string) {
  return db.selectFrom('unit').select(['id', 'path']).where('code', '=', code).executeTakeFirst();
}

export async function hasAnyUnit(db: Q): Promise<boolean> {
  return (await db.selectFrom('unit').select('id').limit(1).execute()).length > 0;
}

/** The newest matters whose field a person confirmed, across every unit. */
export async function confirmedFields(db: Q, limit: number) {
  return db
    .selectFrom('matter')
    .select(['content', 'field'])
    .where('field_confirmed_at', 'is not', null)
    .orderBy('seq', 'desc')
    .limit(limit)
    .execute();
}
