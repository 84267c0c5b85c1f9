// Search at the grown commune (issue 17): the last word typed is searched as a prefix, and the
// prefix index held only 2–4 letters (0006, 0015). A longer last word ("duong*", "thuong*",
// "nguoi*") read every doclist of the words it starts and merged them before the first row: 5 ms
// on a commune grown by 50,000 matters, against 0.08 ms with 5- and 6-letter prefixes (the soak on a
// grown commune, docs/PERFORMANCE.md). Most folded syllables have 3–6 letters. SQLite only: the
// PostgreSQL GIN index already serves any prefix. The FTS5 table is rebuilt from the matters
// with the same document as 0015 (about 12 s per 50,000 matters); the triggers keep writing to it
// by name.
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../columns.js';

const sqliteDocument = (
  r: string,
) => `${r}.search_folded || ' _u_' || ${r}.unit_id || coalesce(' _f_' || ${r}.field, '') || coalesce(' _v_' || ${r}.village_id, '')
  || coalesce(' _fv_' || ${r}.field || '_' || ${r}.village_id, '') || coalesce(' _a_' || ${r}.assignee_person_id, '')`;

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  if (dialect !== 'sqlite') return;
  await sql`drop table matter_fts`.execute(db);
  await sql`create virtual table matter_fts using fts5(document, content='', contentless_delete=1, detail=none,
    tokenize="unicode61 remove_diacritics 2 tokenchars '-_'", prefix='2 3 4 5 6')`.execute(db);
  await sql
    .raw(
      `insert into matter_fts(rowid, document) select seq, ${sqliteDocument('matter')} from matter`,
    )
    .execute(db);
  await sql`insert into matter_fts(matter_fts) values ('optimize')`.execute(db);
}
