// Which matters a caller may see, as a SQL condition on the matter's unit path: every matter
// where they hold 'opinion.read', and only their own assignments where they hold
// 'opinion.read-assigned' (an official linked to a person record).
import { can, scopePrefixes, type Actor } from '@doithoai/core';
import { sql, type RawBuilder } from 'kysely';
import type { Q } from '../shared/query.js';

export interface Scope {
  read: string[];
  assigned: string[];
  personIds: string[];
}

export async function opinionScope(db: Q, actor: Actor): Promise<Scope> {
  const read = scopePrefixes(actor, 'opinion.read');
  const assigned = scopePrefixes(actor, 'opinion.read-assigned').filter(
    (p) => !read.some((r) => p.startsWith(r)),
  );
  const personIds = assigned.length
    ? (
        await db.selectFrom('person').select('id').where('user_id', '=', actor.userId).execute()
      ).map((p) => p.id)
    : [];
  return { read, assigned, personIds };
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
