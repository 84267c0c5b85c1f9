// Search with filters at 1M matters (issue 4). A filtered search whose words match few or none of
// the filter's rows had to read either every text hit or every filtered row to prove a page empty
// (docs/PERFORMANCE.md, "Search"). Here the indexed filters become part of the text index, so the
// filter is intersected inside it:
//  - SQLite: each matter's FTS5 document is its folded text followed by one token per filter value:
//    _u_<unit> _f_<field> _v_<village> _fv_<field>_<village> _a_<assignee> (tokenchars '-_' keep
//    each whole: ids are base64url, field codes kebab-case). A folded word is letters and digits
//    only, so no typed word, nor prefix, can reach a token that starts with '_'. field × village
//    is one token because it is the filter pair the list offers together, and intersecting one
//    list of ~16k rows is 2–3× cheaper than two lists of ~125k. detail=none: the queries are AND
//    of single words and prefixes, never phrases, so positions are not stored (half the build
//    time, a smaller index, cheaper intersections). The table is contentless
//    (contentless_delete=1): the triggers give it the values, nothing reads text back from it.
//  - PostgreSQL: matter_search (seq, vector), kept by triggers: the folded text's tsvector plus
//    the same filter values as lexemes that start with '#' (array_to_tsvector, no parsing). The
//    GIN index is on the stored vector, so a candidate's vector is no longer rebuilt from the text
//    on recheck or while walking matters newest first.
// The search keeps every filter's own SQL condition too, so a token shared by accident (FTS5
// folds case) never lets a wrong row through. Both are derived data, kept by triggers in the same
// transaction as the change whichever code or restore writes the matter; not in the backup.
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../columns.js';

/** The filter tokens of a matter row (`r` is new or old in a trigger, or the table in a select). */
const sqliteDocument = (
  r: string,
) => `${r}.search_folded || ' _u_' || ${r}.unit_id || coalesce(' _f_' || ${r}.field, '') || coalesce(' _v_' || ${r}.village_id, '')
  || coalesce(' _fv_' || ${r}.field || '_' || ${r}.village_id, '') || coalesce(' _a_' || ${r}.assignee_person_id, '')`;
const pgVector = (
  r: string,
) => `to_tsvector('simple', ${r}.search_folded) || array_to_tsvector(array_remove(array['#u' || ${r}.unit_id, '#f' || ${r}.field,
  '#v' || ${r}.village_id, '#fv' || ${r}.field || '|' || ${r}.village_id, '#a' || ${r}.assignee_person_id], null))`;

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  if (dialect === 'sqlite') {
    for (const t of ['matter_fts_ai', 'matter_fts_ad', 'matter_fts_au'])
      await sql.raw(`drop trigger if exists ${t}`).execute(db);
    await sql`drop table matter_fts`.execute(db);
    await sql`create virtual table matter_fts using fts5(document, content='', contentless_delete=1, detail=none,
      tokenize="unicode61 remove_diacritics 2 tokenchars '-_'", prefix='2 3 4')`.execute(db);
    await sql
      .raw(
        `insert into matter_fts(rowid, document) select seq, ${sqliteDocument('matter')} from matter`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger matter_fts_ai after insert on matter begin
      insert into matter_fts(rowid, document) values (new.seq, ${sqliteDocument('new')}); end`,
      )
      .execute(db);
    await sql`create trigger matter_fts_ad after delete on matter begin
      delete from matter_fts where rowid = old.seq; end`.execute(db);
    await sql
      .raw(
        `create trigger matter_fts_au after update of search_folded, unit_id, field, village_id, assignee_person_id on matter begin
      delete from matter_fts where rowid = old.seq;
      insert into matter_fts(rowid, document) values (new.seq, ${sqliteDocument('new')}); end`,
      )
      .execute(db);
    await sql`insert into matter_fts(matter_fts) values ('optimize')`.execute(db);
    return;
  }
  await sql`create table matter_search (seq integer primary key, vector tsvector not null)`.execute(
    db,
  );
  await sql
    .raw(`insert into matter_search (seq, vector) select seq, ${pgVector('matter')} from matter`)
    .execute(db);
  await sql`create index matter_search_vector_idx on matter_search using gin (vector)`.execute(db);
  await sql`drop index if exists matter_search_idx`.execute(db);
  await sql
    .raw(
      `create function matter_search_sync() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' then
        delete from matter_search where seq = old.seq;
        return old;
      end if;
      insert into matter_search (seq, vector) values (new.seq, ${pgVector('new')})
        on conflict (seq) do update set vector = excluded.vector;
      return new;
    end $$`,
    )
    .execute(db);
  await sql`create trigger matter_search_write after insert or delete on matter for each row execute function matter_search_sync()`.execute(
    db,
  );
  await sql`create trigger matter_search_update after update of search_folded, unit_id, field, village_id, assignee_person_id on matter
    for each row execute function matter_search_sync()`.execute(db);
  await sql`analyze matter_search`.execute(db);
}
