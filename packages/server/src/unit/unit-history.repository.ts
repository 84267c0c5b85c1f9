// Reads and writes of units in time: the rows core's unit-history needs (a unit, its successor
// chain, its ancestors and their moves), the recorded changes, and moving a subtree under a new
// parent (paths and depths rewritten in one statement, with the dashboards' copies of the path).
import {
  type UnitChange,
  type UnitChangeKind,
  type UnitChangeState,
  type UnitInTime,
  type UnitKind,
  type UnitMove,
} from '@doithoai/core';
import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { UnitChangeTable } from '../db/schema.js';
import { newId } from '../db/ids.js';
import type { Q } from '../shared/query.js';
import { compiledOnce } from '../db/compiled-query.js';

type UnitRow = {
  id: string;
  parent_id: string | null;
  name: string;
  kind: string;
  valid_from: string | null;
  valid_to: string | null;
  successor_id: string | null;
};

export const toUnitInTime = (r: UnitRow): UnitInTime => ({
  id: r.id,
  parentId: r.parent_id,
  name: r.name,
  kind: r.kind as UnitKind,
  validFrom: r.valid_from,
  validTo: r.valid_to,
  successorId: r.successor_id,
});

/** Units with their days (no unit_validity row: valid always). */
export async function unitsInTime(db: Q, ids: string[]): Promise<UnitInTime[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('unit')
    .leftJoin('unit_validity as v', 'v.unit_id', 'unit.id')
    .select([
      'unit.id',
      'unit.parent_id',
      'unit.name',
      'unit.kind',
      'v.valid_from',
      'v.valid_to',
      'v.successor_id',
    ])
    .where('unit.id', 'in', ids)
    .execute();
  return rows.map(toUnitInTime);
}

/** Sets some of a unit's days (and successor), keeping the others. */
export async function setValidity(
  db: Q,
  unitId: string,
  patch: { valid_from?: string | null; valid_to?: string | null; successor_id?: string | null },
): Promise<void> {
  const found = await db
    .selectFrom('unit_validity')
    .select('unit_id')
    .where('unit_id', '=', unitId)
    .executeTakeFirst();
  if (found)
    await db.updateTable('unit_validity').set(patch).where('unit_id', '=', unitId).execute();
  else
    await db
      .insertInto('unit_validity')
      .values({ unit_id: unitId, valid_from: null, valid_to: null, successor_id: null, ...patch })
      .execute();
}

/** A unit's last day and successor, with its name and the successor's (undefined: no days recorded). */
export async function unitEnd(db: Q, unitId: string) {
  return db
    .selectFrom('unit_validity as v')
    .innerJoin('unit as u', 'u.id', 'v.unit_id')
    .leftJoin('unit as s', 's.id', 'v.successor_id')
    .select([
      'u.name',
      'v.valid_to',
      's.id as successor_id',
      's.name as successor_name',
      's.slug as successor_slug',
    ])
    .where('v.unit_id', '=', unitId)
    .executeTakeFirst();
}

/** A unit's row with its last day and successor in the same read (undefined: no such unit). */
export async function unitWithEnd(db: Q, unitId: string) {
  return (await unitWithEndRows(db, { unitId }))[0];
}
// Compiled once (db/compiled-query.ts): every entry reads its unit through it.
const unitWithEndRows = compiledOnce((db, v: { unitId: string }) =>
  db
    .selectFrom('unit as u')
    .leftJoin('unit_validity as v', 'v.unit_id', 'u.id')
    .leftJoin('unit as s', 's.id', 'v.successor_id')
    .selectAll('u')
    .select([
      'v.valid_to',
      's.id as successor_id',
      's.name as successor_name',
      's.slug as successor_slug',
    ])
    .where('u.id', '=', v.unitId),
);

/** The children of a unit that still exist on `date` (not ended before it). */
export async function childrenValidOn(db: Q, parentId: string, date: string): Promise<string[]> {
  const rows = await db
    .selectFrom('unit')
    .leftJoin('unit_validity as v', 'v.unit_id', 'unit.id')
    .select('unit.id')
    .where('unit.parent_id', '=', parentId)
    .where((eb) => eb.or([eb('v.valid_to', 'is', null), eb('v.valid_to', '>=', date)]))
    .execute();
  return rows.map((r) => r.id);
}

export async function movesOf(db: Q, unitIds: string[]): Promise<UnitMove[]> {
  if (unitIds.length === 0) return [];
  const rows = await db
    .selectFrom('unit_move')
    .select(['unit_id', 'from_parent_id', 'to_parent_id', 'effective_on'])
    .where('unit_id', 'in', unitIds)
    .execute();
  return rows.map((r) => ({
    unitId: r.unit_id,
    fromParentId: r.from_parent_id,
    toParentId: r.to_parent_id,
    on: r.effective_on,
  }));
}

/** Every recorded move (one per unit a confirmed change placed elsewhere: a small table). */
export async function allMoves(db: Q): Promise<UnitMove[]> {
  const rows = await db
    .selectFrom('unit_move')
    .select(['unit_id', 'from_parent_id', 'to_parent_id', 'effective_on'])
    .execute();
  return rows.map((r) => ({
    unitId: r.unit_id,
    fromParentId: r.from_parent_id,
    toParentId: r.to_parent_id,
    on: r.effective_on,
  }));
}

export const toUnitChange = (r: Selectable<UnitChangeTable>): UnitChange => ({
  id: r.id,
  unitId: r.unit_id,
  kind: r.kind as UnitChangeKind,
  state: r.state as UnitChangeState,
  effectiveOn: r.effective_on,
  legalBasis: r.legal_basis,
  note: r.note,
  proposal: JSON.parse(r.proposal) as Record<string, unknown>,
  applied: r.applied ? (JSON.parse(r.applied) as Record<string, unknown>) : null,
  proposedAt: r.proposed_at,
  decidedAt: r.decided_at,
  version: r.version,
});

export async function findUnitChange(db: Q, id: string) {
  const row = await db
    .selectFrom('unit_change')
    .innerJoin('unit', 'unit.id', 'unit_change.unit_id')
    .selectAll('unit_change')
    .select('unit.path as unit_path')
    .where('unit_change.id', '=', id)
    .executeTakeFirst();
  return row && { change: toUnitChange(row), unitPath: row.unit_path };
}

export async function insertUnitChange(db: Q, row: Insertable<UnitChangeTable>): Promise<void> {
  await db.insertInto('unit_change').values(row).execute();
}

/** Confirms or undoes a change under the version read; undefined when someone decided in between. */
export async function decideUnitChange(
  db: Q,
  id: string,
  version: number,
  set: Pick<Updateable<UnitChangeTable>, 'state' | 'applied' | 'decided_by' | 'decided_at'>,
) {
  return db
    .updateTable('unit_change')
    .set({ ...set, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

/** Changes recorded at the unit or below it, newest first. */
export async function listUnitChanges(db: Q, unitPath: string): Promise<UnitChange[]> {
  const rows = await db
    .selectFrom('unit_change')
    .innerJoin('unit', 'unit.id', 'unit_change.unit_id')
    .selectAll('unit_change')
    .where('unit.path', 'like', `${unitPath}%`)
    .orderBy('unit_change.proposed_at', 'desc')
    .limit(500)
    .execute();
  return rows.map(toUnitChange);
}

/**
 * Places `unitId` (and everything below it) under `newParentId` from `effectiveOn`: its parent,
 * the paths and depths of the subtree, the dashboards' copies of those paths, and a move row
 * that keeps the former parent for the dates before. Returns the user ids whose grants lie in
 * the subtree (their cached sessions hold the old paths).
 */
export async function moveSubtree(
  db: Q,
  changeId: string,
  unitId: string,
  newParentId: string,
  effectiveOn: string,
): Promise<string[]> {
  const unit = await db
    .selectFrom('unit')
    .select(['id', 'parent_id', 'path', 'depth'])
    .where('id', '=', unitId)
    .executeTakeFirstOrThrow();
  const parent = await db
    .selectFrom('unit')
    .select(['path', 'depth'])
    .where('id', '=', newParentId)
    .executeTakeFirstOrThrow();
  const oldPath = unit.path;
  const newPath = `${parent.path}${unit.id}/`;
  const delta = parent.depth + 1 - unit.depth;
  const rest = oldPath.length + 1;
  const rewrite = (col: string) =>
    sql<string>`cast(${newPath} as text) || substr(${sql.ref(col)}, cast(${rest} as integer))`;
  const users = await db
    .selectFrom('role_grant')
    .innerJoin('unit', 'unit.id', 'role_grant.unit_id')
    .select('role_grant.user_id')
    .where('unit.path', 'like', `${oldPath}%`)
    .execute();
  await db.updateTable('unit').set({ parent_id: newParentId }).where('id', '=', unitId).execute();
  await db
    .updateTable('unit')
    .set({ path: rewrite('path'), depth: sql<number>`depth + ${sql.lit(delta)}` })
    .where('path', 'like', `${oldPath}%`)
    .execute();
  await db
    .updateTable('report_answer_fact')
    .set({ unit_path: rewrite('unit_path') })
    .where('unit_path', 'like', `${oldPath}%`)
    .execute();
  await db
    .updateTable('report_answer_summary')
    .set({ unit_path: rewrite('unit_path') })
    .where('unit_path', 'like', `${oldPath}%`)
    .execute();
  await db
    .insertInto('unit_move')
    .values({
      id: newId(),
      change_id: changeId,
      unit_id: unitId,
      from_parent_id: unit.parent_id,
      to_parent_id: newParentId,
      effective_on: effectiveOn,
    })
    .execute();
  return users.map((u) => u.user_id);
}
