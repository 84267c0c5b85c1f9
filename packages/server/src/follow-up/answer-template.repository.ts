// The answer texts a unit's office keeps (answer_template); the built-in ones are in core.
import type { Insertable, Updateable } from 'kysely';
import type { AnswerTemplateTable } from '../db/schema.js';
import type { Q } from '../shared/query.js';

/**
 * The unit's templates still in use, by title: every one, or (with `field`) those for no field
 * and those for that field (with `field` null, only those for no field).
 */
export async function unitTemplates(db: Q, unitId: string, field?: string | null) {
  let q = db
    .selectFrom('answer_template')
    .select(['id', 'field', 'title', 'text'])
    .where('unit_id', '=', unitId)
    .where('archived_at', 'is', null);
  if (field !== undefined)
    q = q.where((eb) =>
      field ? eb.or([eb('field', 'is', null), eb('field', '=', field)]) : eb('field', 'is', null),
    );
  return q.orderBy('title').execute();
}

export async function insertTemplate(db: Q, row: Insertable<AnswerTemplateTable>): Promise<void> {
  await db.insertInto('answer_template').values(row).execute();
}

/** A template still in use, with its unit's path (for the access check). */
export async function findTemplate(db: Q, id: string) {
  return db
    .selectFrom('answer_template as t')
    .innerJoin('unit as u', 'u.id', 't.unit_id')
    .select(['t.id', 't.unit_id', 'u.path'])
    .where('t.id', '=', id)
    .where('t.archived_at', 'is', null)
    .executeTakeFirst();
}

export async function updateTemplateRow(
  db: Q,
  id: string,
  set: Updateable<AnswerTemplateTable>,
): Promise<void> {
  await db.updateTable('answer_template').set(set).where('id', '=', id).execute();
}
