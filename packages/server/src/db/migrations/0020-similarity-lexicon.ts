// The normalisation table of the similarity engine, per unit: the province's and the commune's own
// entries (abbreviations, local words, the rivers, dams and roads the office names), merged down
// the unit tree over the built-in table (core/src/opinion/similarity/lexicon.vi.ts). One row per
// unit that has entries; `version` guards concurrent edits.
import type { Kysely } from 'kysely';
import { columns, type Dialect } from '../columns.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const c = columns(dialect);
  await db.schema
    .createTable('similarity_lexicon')
    .addColumn('unit_id', c.text, (col) => col.primaryKey().references('unit.id'))
    // JSON: LexiconEntry[]
    .addColumn('entries', c.text, (col) => col.notNull())
    .addColumn('version', c.integer, (col) => col.notNull())
    .addColumn('updated_by', c.text)
    .addColumn('updated_at', c.timestamp, (col) => col.notNull())
    .execute();
}
