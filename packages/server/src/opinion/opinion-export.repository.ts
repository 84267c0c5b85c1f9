// What the opinions export reads: one row per raising of the unit's matters (rejected and
// withdrawn left out), a merged matter's under its target's text, field and village.
import type { Q } from '../shared/query.js';

export async function exportRaisings(db: Q, unitId: string) {
  return db
    .selectFrom('raising as r')
    .innerJoin('matter as own', 'own.id', 'r.matter_id')
    .leftJoin('matter as target', 'target.id', 'own.merged_into_id')
    .leftJoin('petitioner as p', 'p.id', 'r.petitioner_id')
    .leftJoin('unit as v', (j) =>
      j.on((eb) => eb('v.id', '=', eb.fn.coalesce('target.village_id', 'own.village_id'))),
    )
    .select((eb) => [
      eb.fn.coalesce('target.content', 'own.content').as('content'),
      eb.fn.coalesce('target.field', 'own.field').as('field'),
      'v.name as village_name',
      'p.full_name',
      'p.phone',
      'p.email',
      'p.answer_preference',
      'r.source',
      'r.received_on',
      'own.seq',
      'own.id as own_id',
      'target.id as target_id',
    ])
    .where('own.unit_id', '=', unitId)
    .where('own.state', 'not in', ['rejected', 'withdrawn'])
    .orderBy('own.seq')
    .orderBy('r.created_at')
    .execute();
}
