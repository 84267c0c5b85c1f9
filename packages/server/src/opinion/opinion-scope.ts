// Which matters a caller may see, by the matter's unit path: every matter where they hold
// 'opinion.read', and only their own assignments where they hold 'opinion.read-assigned' (an
// official linked to a person record). The same rule as SQL: matter-scope.repository.ts.
import { can, scopePrefixes, type Actor } from '@doithoai/core';
import { personIdsOf } from '../unit/unit.repository.js';
import type { Q } from '../shared/query.js';
import type { Scope } from './matter-scope.repository.js';

export async function opinionScope(db: Q, actor: Actor): Promise<Scope> {
  const read = scopePrefixes(actor, 'opinion.read');
  const assigned = scopePrefixes(actor, 'opinion.read-assigned').filter(
    (p) => !read.some((r) => p.startsWith(r)),
  );
  const personIds = assigned.length ? await personIdsOf(db, actor.userId) : [];
  return { read, assigned, personIds };
}

/** May the caller read this one matter? (The same rule as scopeCondition, for one row.) */
export function canReadMatter(
  actor: Actor,
  scope: Scope,
  m: { unitPath: string; assigneeId: string | null },
): boolean {
  if (can(actor, 'opinion.read', m)) return true;
  return (
    can(actor, 'opinion.read-assigned', m) &&
    !!m.assigneeId &&
    scope.personIds.includes(m.assigneeId)
  );
}
