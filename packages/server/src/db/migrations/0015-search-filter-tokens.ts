// Search with filters at 1M matters (issue 4). A filtered search whose words match few or none of
// the filter's rows had to read either every text hit or every filtered row to prove a page empty
// (docs/PERFORMANCE.md, "Search"). Here the indexed filters become part of the text index, so the
// filter is intersected inside it:
//  - SQLite: matter_fts gets a second column, search_filters, holding one token per filter value
//    (u_<unit> f_<field> v_<village> a_<assignee>; tokenchars '-_' keep each token whole). The
//    folded text never holds '-' or '_', so its tokens are unchanged, and queries name the column
//    (`search_folded : (…)`), so no typed word can reach a filter token. The table is contentless
//    (contentless_delete=1): the triggers give it the values, nothing reads text back from it.
//  - PostgreSQL: matter_search (seq, vector), kept by triggers: the folded text's tsvector plus
//    the filter values as lexemes that start with '#' (array_to_tsvector, no parsing), which no
//    folded word nor prefix can match. The GIN index is on the stored vector, so a candidate's
//    vector is no longer rebuilt from the text on recheck or while walking matters newest first.
// Both are derived data, kept by triggers in the same transaction as the change whichever code or
// restore writes the matter, and are not in the backup.
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../columns.js';

/** The filter tokens of a matter row (`r` is new or old in a trigger, or the table in a select). */
const sqliteFilters = (r: string) => `'u_' || ${r}.unit_id || coalesce(' f_' || ${r}.field, '') || coalesce(' v_' || ${r}.village_id, '') || coalesce(' a_' || ${r}.assignee_person_id, '')`;
const pgVector = (r: string) => `to_tsvector('simple', ${r}.search_folded) || array_to_tsvector(array_remove(array['#u' || ${r}.unit_id, '#f' || ${r}.field, '#v' || ${r}.village_id, '#a' || ${r}.assignee_person_id], null))`;

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  if (dialect === 'sqlite') {
    for (const t of ['matter_fts_ai', 'matter_fts_ad', 'matter_fts_au']) await sql.raw(`drop trigger if exists ${t}`).execute(db);
    await sql`drop table matter_fts`.execute(db);
    await sql`create virtual table matter_fts using fts5(search_folded, search_filters, content='', contentless_delete=1,
      tokenize="unicode61 remove_diacritics 2 tokenchars '-_'", prefix='2 3 4')`.execute(db);
    await sql.raw(`insert into matter_fts(rowid, search_folded, search_filters) select seq, search_folded, ${sqliteFilters('matter')} from matter`).execute(db);
    await sql.raw(`create trigger matter_fts_ai after insert on matter begin
      insert into matter_fts(rowid, search_folded, search_filters) values (new.seq, new.search_folded, ${sqliteFilters('new')}); end`).execute(db);
    await sql`create trigger matter_fts_ad after delete on matter begin
      delete from matter_fts where rowid = old.seq; end`.execute(db);
    await sql.raw(`create trigger matter_fts_au after update of search_folded, unit_id, field, village_id, assignee_person_id on matter begin
      delete from matter_fts where rowid = old.seq;
      insert into matter_fts(rowid, search_folded, search_filters) values (new.seq, new.search_folded, ${sqliteFilters('new')}); end`).execute(db);
    await sql`insert into matter_fts(matter_fts) values ('optimize')`.execute(db);
    return;
  }
  await sql`create table matter_search (seq integer primary key, vector tsvector not null)`.execute(db);
  await sql.raw(`insert into matter_search (seq, vector) select seq, ${pgVector('matter')} from matter`).execute(db);
  await sql`create index matter_search_vector_idx on matter_search using gin (vector)`.execute(db);
  await sql`drop index if exists matter_search_idx`.execute(db);
  await sql.raw(`create function matter_search_sync() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' then
        delete from matter_search where seq = old.seq;
        return old;
      end if;
      insert into matter_search (seq, vector) values (new.seq, ${pgVector('new')})
        on conflict (seq) do update set vector = excluded.vector;
      return new;
    end $$`).execute(db);
  await sql`create trigger matter_search_write after insert or delete on matter for each row execute function matter_search_sync()`.execute(db);
  await sql`create trigger matter_search_update after update of search_folded, unit_id, field, village_id, assignee_person_id on matter
    for each row execute function matter_search_sync()`.execute(db);
  await sql`analyze matter_search`.execute(db);
}
