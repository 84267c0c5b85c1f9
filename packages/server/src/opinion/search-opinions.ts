// The list and its search box: what the caller may see, filtered, newest first or in the chosen
// order, one bounded page at a time, with how many match (counted up to COUNT_CAP) and each row's
// due date in force.
import { type Actor, type SearchQuery } from '@doithoai/core';
import { sql } from 'kysely';
import type { Db } from '../db/open-database.js';
import { findUnit } from '../unit/unit.repository.js';
import { requireAccess } from '../shared/require-access.js';
import { summarise } from './opinion.repository.js';
import { opinionScope } from './opinion-scope.js';
import {
  COUNT_CAP,
  countMatters,
  dueInForce,
  searchMatterIds,
} from './opinion-search.repository.js';
import type { Q } from '../shared/query.js';

export async function searchOpinions(
  { db }: { db: Db },
  actor: Actor,
  unitId: string,
  query: SearchQuery,
) {
  const unit = await findUnit(db.kysely, unitId);
  const scope = await opinionScope(db.kysely, actor);
  const visible =
    !!unit &&
    [...scope.read, ...scope.assigned].some(
      (p) => unit.path.startsWith(p) || p.startsWith(unit.path),
    );
  requireAccess(actor, 'unit.read', visible ? { unitPath: unit!.path } : undefined);
  const { limit, offset, ...filters } = query;
  // A unit above the commune (oversight) sees every commune below it: filter by path, not id.
  const narrowed = {
    ...scope,
    read: narrow(scope.read, unit!.path),
    assigned: narrow(scope.assigned, unit!.path),
  };
  const [ids, counted] = await Promise.all([
    searchMatterIds(db.kysely, db.dialect, narrowed, filters, limit, offset),
    countMatters(db.kysely, db.dialect, narrowed, filters),
  ]);
  const items = await summarise(db.kysely, ids);
  const dues = await duesOf(db.kysely, ids);
  return {
    items: items.map((m) => ({ ...m, dueOn: dues.get(m.id) ?? null })),
    limit,
    offset,
    /** How many match; when `totalCapped`, at least this many. */
    total: Math.min(counted, COUNT_CAP),
    totalCapped: counted > COUNT_CAP,
  };
}

/** Each matter's due date in force (dueInForce), by id. */
async function duesOf(db: Q, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = (
    await sql<{
      id: string;
      due: string | null;
    }>`select m.id, ${dueInForce} as due from matter m where m.id in (${sql.join(ids)})`.execute(db)
  ).rows;
  return new Map(rows.flatMap((r) => (r.due ? [[r.id, r.due] as [string, string]] : [])));
}

/** The caller's prefixes, narrowed to the chosen unit's subtree. */
function narrow(prefixes: string[], path: string): string[] {
  return prefixes.flatMap((p) => (path.startsWith(p) ? [path] : p.startsWith(path) ? [p] : []));
}
