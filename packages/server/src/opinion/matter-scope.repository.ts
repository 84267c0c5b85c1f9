// A caller's scope over matters (see opinion-scope.ts) as SQL conditions on the matter `m` and its
// unit `u`, for the lists, the search and the worklist to add to their queries.
import { sql, type RawBuilder } from 'kysely';

export interface Scope {
  read: string[];
  assigned: string[];
  personIds: string[];
}

const likeAny = (col: RawBuilder<unknown>, prefixes: string[]) =>
  sql.join(
    prefixes.map((p) => sql`${col} like ${`${p}%`}`),
    sql` or `,
  );

/** `(…)` true for the matters in scope; `u` is the matter's unit, `m` the matter. */
export function scopeCondition(scope: Scope): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [];
  if (scope.read.length) parts.push(sql`(${likeAny(sql.ref('u.path'), scope.read)})`);
  if (scope.assigned.length && scope.personIds.length) {
    parts.push(
      sql`((${likeAny(sql.ref('u.path'), scope.assigned)}) and m.assignee_person_id in (${sql.join(scope.personIds)}))`,
    );
  }
  return parts.length ? sql`(${sql.join(parts, sql` or `)})` : sql`(1 = 0)`;
}

/**
 * The same rule as scopeCondition with no join to the matter's unit: the units in scope are chosen
 * once by their path (a sub-select), and `m.unit_id` is matched against them, so an index that
 * starts with matter.unit_id can answer, without reading a unit per matter (`m` the matter).
 */
export function scopeConditionByUnit(scope: Scope): RawBuilder<unknown> {
  const inUnits = (prefixes: string[]) =>
    sql`m.unit_id in (select su.id from unit su where ${likeAny(sql.ref('su.path'), prefixes)})`;
  const parts: RawBuilder<unknown>[] = [];
  if (scope.read.length) parts.push(inUnits(scope.read));
  if (scope.assigned.length && scope.personIds.length)
    parts.push(
      sql`(${inUnits(scope.assigned)} and m.assignee_person_id in (${sql.join(scope.personIds)}))`,
    );
  return parts.length ? sql`(${sql.join(parts, sql` or `)})` : sql`(1 = 0)`;
}
