// The one place that answers "may this actor do this action on a record of this unit?".
// Units carry a materialised path ("/a/b/c/"), so "this unit or below" is a prefix test,
// the same test list queries use in SQL (see scopePrefixes).
import { permissions, type Action, type Role } from './roles.js';

export interface RoleGrant {
  role: Role;
  unitId: string;
  unitPath: string;
}

export interface Actor {
  userId: string;
  grants: RoleGrant[];
}

export function can(actor: Actor, action: Action, target: { unitPath: string }): boolean {
  return actor.grants.some(
    (g) => permissions[g.role].includes(action) && target.unitPath.startsWith(g.unitPath),
  );
}

/**
 * For data of the whole deployment (the holiday calendar, regulation profiles): the actor must
 * hold the action at a root unit of the tree (a province, or a lone commune on a laptop).
 */
export function canAtRoot(actor: Actor, action: Action): boolean {
  return actor.grants.some(
    (g) => permissions[g.role].includes(action) && g.unitPath.split('/').length === 3,
  );
}

/** Unit-path prefixes under which the actor may do the action; empty means nowhere. */
export function scopePrefixes(actor: Actor, action: Action): string[] {
  const prefixes = actor.grants
    .filter((g) => permissions[g.role].includes(action))
    .map((g) => g.unitPath)
    .sort((a, b) => a.length - b.length);
  // Drop prefixes already covered by a shorter one.
  return prefixes.filter((p, i) => !prefixes.slice(0, i).some((q) => p.startsWith(q)));
}

/** Actions the actor may do on one record: sent with responses so the UI never re-implements a rule. */
export function abilities(
  actor: Actor,
  target: { unitPath: string },
  candidates: readonly Action[],
): Action[] {
  return candidates.filter((a) => can(actor, a, target));
}
