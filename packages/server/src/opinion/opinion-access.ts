// Small helpers shared by the opinion use cases.
import { notFound, type MatterPetitionerFacts } from '@doithoai/core';
import type { Q } from '../shared/query.js';
import { assigneeUserId, namedUserIds } from './conflict.repository.js';

export function notFoundUnless(ok: unknown): asserts ok {
  if (!ok) throw notFound();
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
  const assignee = await assigneeUserId(db, matterId);
  const named = await namedUserIds(db, matterId);
  return {
    unitPath,
    assigneeUserId: assignee,
    conflictUserIds: named.flatMap((id) => (id ? [id] : [])),
  };
}
