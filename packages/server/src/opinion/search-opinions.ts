// The list and its search box: what the caller may see, filtered, newest first.
import { type Actor, type SearchQuery } from '@doithoai/core';
import type { Db } from '../db/open-database.js';
import { findUnit } from '../unit/unit.repository.js';
import { requireAccess } from '../unit/require-access.js';
import { summarise } from './opinion.repository.js';
import { opinionScope } from './opinion-scope.js';
import { searchMatterIds } from './opinion.search.js';

export async function searchOpinions({ db }: { db: Db }, actor: Actor, unitId: string, query: SearchQuery) {
  const unit = await findUnit(db.kysely, unitId);
  const scope = await opinionScope(db.kysely, actor);
  const visible = !!unit && [...scope.read, ...scope.assigned].some((p) => unit.path.startsWith(p) || p.startsWith(unit.path));
  requireAccess(actor, 'unit.read', visible ? { unitPath: unit!.path } : undefined);
  const { limit, offset, ...filters } = query;
  // A unit above the commune (oversight) sees every commune below it: filter by path, not id.
  const ids = await searchMatterIds(db.kysely, db.dialect, { ...scope, read: narrow(scope.read, unit!.path), assigned: narrow(scope.assigned, unit!.path) }, filters, limit, offset);
  return { items: await summarise(db.kysely, ids), limit, offset };
}

/** The caller's prefixes, narrowed to the chosen unit's subtree. */
function narrow(prefixes: string[], path: string): string[] {
  return prefixes.flatMap((p) => (path.startsWith(p) ? [path] : p.startsWith(path) ? [p] : []));
}
