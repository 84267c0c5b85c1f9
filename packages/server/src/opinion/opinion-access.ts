// Small helpers shared by the opinion use cases.
import {
  notFound,
  openStates,
  type DuplicateCandidate,
  type MatterPetitionerFacts,
} from '@doithoai/core';
import type { Q } from '../shared/query.js';

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
  return rows.map((r) => ({
    id: r.id,
    content: r.content,
    villageId: r.village_id,
    field: r.field,
  }));
}

/**
 * The facts core's petitionerView needs for one matter: the assignee's user account and the
 * accounts of the people the matter names (matter_conflict). Every screen showing petitioners
 * asks this, then petitionerView(actor, facts).
 */
export async function petitionerFacts(
  db: Q,
  matterId: string,
  unitPath: string,
): Promise<MatterPetitionerFacts> {
  const assignee = await db
    .selectFrom('matter')
    .leftJoin('person', 'person.id', 'matter.assignee_person_id')
    .select('person.user_id')
    .where('matter.id', '=', matterId)
    .executeTakeFirst();
  const conflicts = await db
    .selectFrom('matter_conflict')
    .innerJoin('person', 'person.id', 'matter_conflict.person_id')
    .select('person.user_id')
    .where('matter_conflict.matter_id', '=', matterId)
    .execute();
  return {
    unitPath,
    assigneeUserId: assignee?.user_id ?? null,
    conflictUserIds: conflicts.flatMap((c) => (c.user_id ? [c.user_id] : [])),
  };
}
