// Conflict of interest in personal-data work: a clerk named by a matter (a complaint about them,
// a dispute they are party to, marked in matter_conflict) does not see the people who raised it
// anywhere else either. Requests about such a person, the person in a search, their consents:
// not found for that clerk, as the matter's petitioners are hidden from them (core
// petitionerView); another clerk with the same rights handles them.
import { notFound, type Actor } from '@doithoai/core';
import type { Q } from '../shared/query.js';
import { petitionersOnMattersNaming } from './petitioner.repository.js';

/** Of these petitioners, those who raised a matter (or one merged into it) that names the caller. */
export async function petitionersNamingCaller(
  db: Q,
  actor: Actor,
  petitionerIds: readonly (string | null)[],
): Promise<Set<string>> {
  const ids = [...new Set(petitionerIds.filter((id): id is string => !!id))];
  if (!ids.length) return new Set();
  const rows = await petitionersOnMattersNaming(db, actor.userId, ids);
  return new Set(rows.map((r) => r.petitioner_id!));
}

/** Refuses, as "not found", work on a petitioner whose matter names the caller. */
export async function requireNotNamedBy(
  db: Q,
  actor: Actor,
  petitionerId: string | null,
): Promise<void> {
  if ((await petitionersNamingCaller(db, actor, [petitionerId])).size) throw notFound();
}
