// Small helpers shared by the opinion use cases.
import { notFound, openStates, type DuplicateCandidate } from '@doithoai/core';
import type { Q } from './opinion.repository.js';

export function notFoundUnless(ok: unknown): asserts ok {
  if (!ok) throw notFound();
}

/** The commune's open matters (the ones a new opinion may duplicate), newest 3,000. */
export async function openMatterCandidates(db: Q, unitId: string): Promise<DuplicateCandidate[]> {
  const rows = await db
    .selectFrom('matter')
    .select(['id', 'content', 'village_id', 'field'])
    .where('unit_id', '=', unitId)
    .where('state', 'in', [...openStates])
    .orderBy('seq', 'desc')
    .limit(3000)
    .execute();
  return rows.map((r) => ({ id: r.id, content: r.content, villageId: r.village_id, field: r.field }));
}
