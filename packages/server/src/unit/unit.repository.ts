// Reads and writes of units, organisations and people. Every list takes the caller's scope
// prefixes, so a list can never return rows outside the units the caller may see.
import type { Organisation, Person, Unit, UnitKind, OrganisationKind } from '@doithoai/core';
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { OrganisationTable, PersonTable, UnitTable } from '../db/schema.js';
import { nowIso } from '../db/ids.js';
import type { Q } from '../shared/query.js';

export const toUnit = (r: Selectable<UnitTable>): Unit => ({
  id: r.id,
  parentId: r.parent_id,
  code: r.code,
  slug: r.slug,
  name: r.name,
  kind: r.kind as UnitKind,
  path: r.path,
  depth: r.depth,
});

export const toOrganisation = (r: Selectable<OrganisationTable>): Organisation => ({
  id: r.id,
  unitId: r.unit_id,
  kind: r.kind as OrganisationKind,
  name: r.name,
  abbreviation: r.abbreviation,
  version: r.version,
});

export const toPerson = (r: Selectable<PersonTable>): Person => ({
  id: r.id,
  unitId: r.unit_id,
  organisationId: r.organisation_id,
  fullName: r.full_name,
  position: r.position,
  fields: JSON.parse(r.fields) as string[],
  phone: r.phone,
  email: r.email,
  version: r.version,
});

export async function listUnitsInScope(db: Q, prefixes: string[]): Promise<Unit[]> {
  if (prefixes.length === 0) return [];
  const rows = await db
    .selectFrom('unit')
    .selectAll()
    .where((eb) => eb.or(prefixes.map((p) => eb('path', 'like', `${p}%`))))
    .orderBy('path')
    .execute();
  return rows.map(toUnit);
}

export async function listOrganisations(db: Q, unitIds: string[]): Promise<Organisation[]> {
  if (unitIds.length === 0) return [];
  const rows = await db
    .selectFrom('organisation')
    .selectAll()
    .where('unit_id', 'in', unitIds)
    .orderBy('name')
    .execute();
  return rows.map(toOrganisation);
}

export async function listPeople(db: Q, unitIds: string[]): Promise<Person[]> {
  if (unitIds.length === 0) return [];
  const rows = await db
    .selectFrom('person')
    .selectAll()
    .where('unit_id', 'in', unitIds)
    .orderBy('full_name')
    .execute();
  return rows.map(toPerson);
}

export async function findUnit(db: Q, id: string): Promise<Unit | undefined> {
  const row = await db.selectFrom('unit').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toUnit(row);
}

/** An organisation with the path of its unit, for the access check. */
export async function findOrganisation(db: Q, id: string) {
  const row = await db
    .selectFrom('organisation')
    .innerJoin('unit', 'unit.id', 'organisation.unit_id')
    .selectAll('organisation')
    .select('unit.path as unit_path')
    .where('organisation.id', '=', id)
    .executeTakeFirst();
  return row && { organisation: toOrganisation(row), unitPath: row.unit_path };
}

export async function findPerson(db: Q, id: string) {
  const row = await db
    .selectFrom('person')
    .innerJoin('unit', 'unit.id', 'person.unit_id')
    .selectAll('person')
    .select('unit.path as unit_path')
    .where('person.id', '=', id)
    .executeTakeFirst();
  return row && { person: toPerson(row), unitPath: row.unit_path };
}

/** The people records linked to the caller's account (an official is one). */
export async function personIdsOf(db: Q, userId: string): Promise<string[]> {
  return (await db.selectFrom('person').select('id').where('user_id', '=', userId).execute()).map(
    (p) => p.id,
  );
}

/** The unit's path, for an access check. */
export async function unitPathOf(db: Q, unitId: string) {
  return db.selectFrom('unit').select(['id', 'path']).where('id', '=', unitId).executeTakeFirst();
}

/** The person's name and position (null when the record is gone). */
export async function personWithPosition(db: Q, personId: string) {
  return db
    .selectFrom('person')
    .select(['full_name', 'position'])
    .where('id', '=', personId)
    .executeTakeFirst();
}

export async function unitName(db: Q, unitId: string): Promise<string> {
  const unit = await db
    .selectFrom('unit')
    .select('name')
    .where('id', '=', unitId)
    .executeTakeFirstOrThrow();
  return unit.name;
}

export async function insertOrganisation(db: Q, row: Insertable<OrganisationTable>) {
  return db.insertInto('organisation').values(row).returningAll().executeTakeFirstOrThrow();
}

/** Edits an organisation under the version the editor saw; undefined when someone saved in between. */
export async function updateOrganisationRow(
  db: Q,
  id: string,
  version: number,
  set: Updateable<OrganisationTable>,
) {
  return db
    .updateTable('organisation')
    .set({ ...set, version: version + 1, updated_at: nowIso() })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

/** Edits a person under the version the editor saw; undefined when someone saved in between. */
export async function updatePersonRow(
  db: Q,
  id: string,
  version: number,
  set: Updateable<PersonTable>,
) {
  return db
    .updateTable('person')
    .set({ ...set, version: version + 1, updated_at: nowIso() })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

export async function insertPerson(db: Q, row: Insertable<PersonTable>) {
  return db.insertInto('person').values(row).returningAll().executeTakeFirstOrThrow();
}

/** Is the organisation one of the unit's own? */
export async function isOrganisationOf(
  db: Q,
  unitId: string,
  organisationId: string,
): Promise<boolean> {
  const found = await db
    .selectFrom('organisation')
    .select('id')
    .where('id', '=', organisationId)
    .where('unit_id', '=', unitId)
    .executeTakeFirst();
  return found !== undefined;
}

/** The paths of the given units (those that exist). */
export async function unitPaths(db: Q, ids: readonly string[]) {
  return db.selectFrom('unit').select(['id', 'path']).where('id', 'in', ids).execute();
}

/** Does a unit already have this code? */
export async function unitCodeTaken(db: Q, code: string): Promise<boolean> {
  const found = await db
    .selectFrom('unit')
    .select('id')
    .where('code', '=', code)
    .executeTakeFirst();
  return found !== undefined;
}

/** The days of the units a change touched (valid from, to, successor): read whole, it holds only those. */
export async function unitValidities(db: Q) {
  return db.selectFrom('unit_validity').selectAll().execute();
}

/** The names of the given units, by id. */
export async function unitNames(db: Q, ids: readonly string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db.selectFrom('unit').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((u) => [u.id, u.name]));
}

/** The id of the unit at a path, if any. */
export async function unitIdAt(db: Q, path: string): Promise<string | null> {
  const unit = await db.selectFrom('unit').select('id').where('path', '=', path).executeTakeFirst();
  return unit?.id ?? null;
}
