// The writes of a confirmed change of the tree (confirm-unit-change.ts): the successor unit and
// its organisations, and what moves to it from a predecessor (people, grants, routing, open
// matters with what they carry). The rules of what moves stay in the use case.
import type { Insertable } from 'kysely';
import type { UnitTable } from '../db/schema.js';
import type { Q } from '../shared/query.js';

/** Matters move in batches of this many ids (one `in` list each). */
const MATTER_BATCH = 500;

export async function slugTaken(db: Q, slug: string): Promise<boolean> {
  const found = await db
    .selectFrom('unit')
    .select('id')
    .where('slug', '=', slug)
    .executeTakeFirst();
  return found !== undefined;
}

export async function unitRows(db: Q, ids: readonly string[]) {
  return db.selectFrom('unit').selectAll().where('id', 'in', ids).execute();
}

/** Where a unit stands in the tree: its path and depth (it must exist). */
export async function unitPlace(db: Q, id: string) {
  return db
    .selectFrom('unit')
    .select(['path', 'depth'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

/** A unit's parent (it must exist). */
export async function parentIdOf(db: Q, id: string): Promise<string | null> {
  const u = await db
    .selectFrom('unit')
    .select('parent_id')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return u.parent_id;
}

export async function insertUnit(db: Q, row: Insertable<UnitTable>): Promise<void> {
  await db.insertInto('unit').values(row).execute();
}

export async function touchUnit(db: Q, id: string, at: string): Promise<void> {
  await db.updateTable('unit').set({ updated_at: at }).where('id', '=', id).execute();
}

export async function organisationRowsOf(db: Q, unitIds: readonly string[]) {
  return db.selectFrom('organisation').selectAll().where('unit_id', 'in', unitIds).execute();
}

/** The people of a unit itself (not of the units below it). */
export async function peopleAt(db: Q, unitId: string) {
  return db
    .selectFrom('person')
    .select(['id', 'organisation_id', 'version'])
    .where('unit_id', '=', unitId)
    .execute();
}

/** Places a person in another unit and organisation (a new version). */
export async function movePerson(
  db: Q,
  person: { id: string; version: number },
  to: { unitId: string; organisationId: string | null },
  at: string,
): Promise<void> {
  await db
    .updateTable('person')
    .set({
      unit_id: to.unitId,
      organisation_id: to.organisationId,
      version: person.version + 1,
      updated_at: at,
    })
    .where('id', '=', person.id)
    .execute();
}

export async function grantsAt(db: Q, unitId: string) {
  return db.selectFrom('role_grant').selectAll().where('unit_id', '=', unitId).execute();
}

/** Does the user already hold this role at the unit? */
export async function holdsRoleAt(
  db: Q,
  g: { userId: string; unitId: string; role: string },
): Promise<boolean> {
  const found = await db
    .selectFrom('role_grant')
    .select('id')
    .where('user_id', '=', g.userId)
    .where('unit_id', '=', g.unitId)
    .where('role', '=', g.role)
    .executeTakeFirst();
  return found !== undefined;
}

export async function deleteGrant(db: Q, id: string): Promise<void> {
  await db.deleteFrom('role_grant').where('id', '=', id).execute();
}

export async function moveGrant(db: Q, id: string, unitId: string): Promise<void> {
  await db.updateTable('role_grant').set({ unit_id: unitId }).where('id', '=', id).execute();
}

/** Moves a unit's routing rows to another unit; how many moved. */
export async function moveRoutes(db: Q, from: string, to: string, at: string): Promise<number> {
  const r = await db
    .updateTable('opinion_route')
    .set({ unit_id: to, updated_at: at })
    .where('unit_id', '=', from)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** A unit's matters not in the given states. */
export async function mattersNotIn(db: Q, unitId: string, states: readonly string[]) {
  return db
    .selectFrom('matter')
    .select(['id', 'state'])
    .where('unit_id', '=', unitId)
    .where('state', 'not in', [...states])
    .execute();
}

/**
 * Moves matters to another unit with what they carry: the answer in progress (a sent one stays),
 * escalations and attachments. Deadlines (conclusion items, extensions) are not touched.
 */
export async function moveMatters(
  db: Q,
  ids: readonly string[],
  to: string,
  at: string,
): Promise<void> {
  for (let i = 0; i < ids.length; i += MATTER_BATCH) {
    const batch = ids.slice(i, i + MATTER_BATCH);
    await db
      .updateTable('matter')
      .set({ unit_id: to, updated_at: at })
      .where('id', 'in', batch)
      .execute();
    await db
      .updateTable('matter_answer')
      .set({ unit_id: to })
      .where('matter_id', 'in', batch)
      .where('state', '<>', 'sent')
      .execute();
    await db
      .updateTable('escalation')
      .set({ unit_id: to })
      .where('matter_id', 'in', batch)
      .execute();
    await db
      .updateTable('attachment')
      .set({ unit_id: to })
      .where('matter_id', 'in', batch)
      .execute();
  }
}
