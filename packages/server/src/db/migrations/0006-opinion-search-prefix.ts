// Opinion search at scale (issue 4). The last word typed is searched as a prefix ("duong lien th");
// without a prefix index FTS5 merges the doclists of every word that starts with it ("ca" → cá,
// các, cái, cam, cần, cao…) before it can return the first row. prefix='2 3 4' indexes the 2-,
// 3- and 4-letter prefixes, so those read one doclist, newest first, like a whole word. 4 counts:
// most folded syllables have 3–5 letters, and "thon*" (in every village's name) cost ~18 ms of a
// 150k-matter search with '2 3'. The FTS5 table is rebuilt from the folded column (external
// content: the triggers of 0002 keep writing to it by name).
// Filters: an index per selective filter (village; field, then village), so a filtered search can
// count and read the filtered rows newest first instead of walking every text hit (opinion-search.repository.ts).
// On PostgreSQL the GIN tsvector index already serves prefixes (to_tsquery 'x:*'); only the
// filter indexes are added.
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../columns.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  if (dialect === 'sqlite') {
    await sql`drop table matter_fts`.execute(db);
    await sql`create virtual table matter_fts using fts5(search_folded, content='matter', content_rowid='seq', tokenize='unicode61 remove_diacritics 2', prefix='2 3 4')`.execute(
      db,
    );
    await sql`insert into matter_fts(matter_fts) values ('rebuild')`.execute(db);
  }
  await db.schema.createIndex('matter_village_idx').on('matter').column('village_id').execute();
  await db.schema
    .createIndex('matter_field_village_idx')
    .on('matter')
    .columns(['field', 'village_id'])
    .execute();
}
