// Units in time (issue 20): a unit's first and last day and, once merged away, its successor
// (unit_validity);
// the recorded changes of the tree (mergers, changes of parent) with their legal basis and state
// (proposed → confirmed | undone); and the moves a confirmed change made, from which the parent
// a unit had on any earlier date is read (core/src/unit/unit-history.ts). Additive: existing
// units get no dates (valid always) and keep their headers.
import type { Kysely } from 'kysely';
import { columns, type Dialect } from '../columns.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const c = columns(dialect);
  // Beside the unit, not in it: a unit without a row here is valid always (every unit before the
  // first change), and the unit table keeps its shape for whoever inserts into it.
  await db.schema
    .createTable('unit_validity')
    .addColumn('unit_id', c.text, (col) => col.primaryKey().references('unit.id'))
    .addColumn('valid_from', c.text)
    .addColumn('valid_to', c.text)
    .addColumn('successor_id', c.text, (col) => col.references('unit.id'))
    .execute();

  await db.schema
    .createTable('unit_change')
    .addColumn('id', c.text, (col) => col.primaryKey())
    // The unit where the change is recorded and whose administrators may confirm it (the province).
    .addColumn('unit_id', c.text, (col) => col.notNull().references('unit.id'))
    .addColumn('kind', c.text, (col) => col.notNull())
    .addColumn('state', c.text, (col) => col.notNull())
    .addColumn('effective_on', c.text, (col) => col.notNull())
    .addColumn('legal_basis', c.text, (col) => col.notNull())
    .addColumn('note', c.text)
    .addColumn('proposal', c.json, (col) => col.notNull())
    .addColumn('applied', c.json)
    .addColumn('proposed_by', c.text)
    .addColumn('proposed_at', c.timestamp, (col) => col.notNull())
    .addColumn('decided_by', c.text)
    .addColumn('decided_at', c.timestamp)
    .addColumn('version', c.integer, (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('unit_change_unit_idx')
    .on('unit_change')
    .columns(['unit_id', 'proposed_at'])
    .execute();

  await db.schema
    .createTable('unit_move')
    .addColumn('id', c.text, (col) => col.primaryKey())
    .addColumn('change_id', c.text, (col) => col.notNull().references('unit_change.id'))
    .addColumn('unit_id', c.text, (col) => col.notNull().references('unit.id'))
    .addColumn('from_parent_id', c.text, (col) => col.references('unit.id'))
    .addColumn('to_parent_id', c.text, (col) => col.references('unit.id'))
    .addColumn('effective_on', c.text, (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('unit_move_unit_idx')
    .on('unit_move')
    .columns(['unit_id', 'effective_on'])
    .execute();
}
