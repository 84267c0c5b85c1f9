// A unit's matters by seq: the similarity engine asks for a unit's newest matter (has its corpus
// grown?) and walks its newest open matters for triage. Without it PostgreSQL walked the whole
// table backwards for a unit with none (225 ms at 1,000,000 matters) and SQLite sorted every
// matter of the unit.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('matter_unit_seq_idx')
    .on('matter')
    .columns(['unit_id', 'seq'])
    .execute();
}
