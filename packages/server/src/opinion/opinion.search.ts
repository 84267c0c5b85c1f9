// Search over matters (their text, petitioners' names, answers) with filters, newest first.
// The text is matched on a folded shadow column, so "duong" finds "đường". The two dialects
// differ only in the text condition, side by side here:
//  - SQLite: FTS5 (external content, rowid = matter.seq, prefix index '2 3 4' from migration 0006),
//    driven from the index and read in rowid order, so a limit stops early instead of ranking
//    every hit. When a selective filter (village, field, assignee) leaves few rows, the plan
//    turns round: those rows are read newest first through their index and their folded text is
//    matched word by word, instead of walking every text hit to find the few that pass the filter.
//  - PostgreSQL: a GIN tsvector index over the same folded column ('simple' configuration).
// The last word typed is a prefix ("duong lien th" finds "thôn").
import { openStates, searchTerms, type SearchQuery } from '@doithoai/core';
import { sql, type RawBuilder } from 'kysely';
import type { Dialect } from '../db/columns.js';
import type { Q } from './opinion.repository.js';
import { scopeCondition, type Scope } from './opinion-scope.js';

export interface SearchFilters extends Omit<SearchQuery, 'limit' | 'offset'> { unitId?: string }

export function ftsMatch(terms: string[]): string {
  return terms.map((t, i) => `"${t}"${i === terms.length - 1 ? '*' : ''}`).join(' ');
}

export function tsQuery(terms: string[]): string {
  return terms.map((t, i) => `${t}${i === terms.length - 1 ? ':*' : ''}`).join(' & ');
}

function conditions(scope: Scope, f: SearchFilters, today: string): RawBuilder<unknown>[] {
  const c: RawBuilder<unknown>[] = [scopeCondition(scope)];
  if (f.unitId) c.push(sql`m.unit_id = ${f.unitId}`);
  if (f.field) c.push(sql`m.field = ${f.field}`);
  if (f.source) c.push(sql`m.source = ${f.source}`);
  if (f.villageId) c.push(sql`m.village_id = ${f.villageId}`);
  if (f.assigneeId) c.push(sql`m.assignee_person_id = ${f.assigneeId}`);
  if (f.state) c.push(sql`m.state = ${f.state}`);
  else if (!f.q) c.push(sql`m.state <> 'merged'`);
  if (f.unrouted) c.push(sql`m.state = 'classified' and m.assignee_person_id is null`);
  if (f.overdue) c.push(sql`m.prepare_by < ${today} and m.state in (${sql.join([...openStates])})`);
  return c;
}

/**
 * The folded text holds words of letters and digits separated by single spaces (foldVietnamese),
 * the very tokens FTS5 indexes; so a whole word is ' w ' in ' text ', and a prefix ' w' in ' text'.
 */
export function foldedTextCondition(terms: string[]): RawBuilder<unknown> {
  return sql.join(
    terms.map((t, i) => (i === terms.length - 1
      ? sql`instr(' ' || m.search_folded, ${` ${t}`}) > 0`
      : sql`instr(' ' || m.search_folded || ' ', ${` ${t} `}) > 0`)),
    sql` and `,
  );
}

/** Up to this many rows left by the indexed filters, their folded text is matched row by row. */
export const FILTER_FIRST_MAX_ROWS = 4000;
/** How many of the newest text hits are tried first when a filter passes many rows. */
const NEWEST_HITS = 2000;

/** How many rows the indexed filters leave, counted up to `cap` + 1 (null: no indexed filter). */
async function filteredRows(db: Q, f: SearchFilters, cap: number): Promise<number | null> {
  const c: RawBuilder<unknown>[] = [];
  if (f.villageId) c.push(sql`village_id = ${f.villageId}`);
  if (f.field) c.push(sql`field = ${f.field}`);
  if (f.assigneeId) c.push(sql`assignee_person_id = ${f.assigneeId}`);
  if (c.length === 0) return null;
  const r = await sql<{ n: number }>`select count(*) as n from (select 1 from matter where ${sql.join(c, sql` and `)} limit ${cap + 1})`.execute(db);
  return Number(r.rows[0]!.n);
}

/** Ids of the matching matters, newest first (merged matters count as their target). */
export async function searchMatterIds(db: Q, dialect: Dialect, scope: Scope, f: SearchFilters, limit: number, offset: number): Promise<string[]> {
  const terms = searchTerms(f.q ?? '');
  const where = sql.join(conditions(scope, f, new Date().toISOString().slice(0, 10)), sql` and `);
  type Row = { id: string; merged_into_id: string | null };
  const run = async (query: RawBuilder<Row>) => (await query.execute(db)).rows;
  /** Matters passing the text condition and the filters, newest first, driven by the filters. */
  const byFilters = (text: RawBuilder<unknown>) => sql<Row>`select m.id, m.merged_into_id from matter m join unit u on u.id = m.unit_id
    where ${text} and ${where} order by m.seq desc limit ${limit} offset ${offset}`;
  let rows: Row[];
  if (terms.length === 0) {
    rows = await run(byFilters(sql`1 = 1`));
  } else if (dialect === 'postgres') {
    rows = await run(byFilters(sql`to_tsvector('simple', m.search_folded) @@ to_tsquery('simple', ${tsQuery(terms)})`));
  } else {
    const match = ftsMatch(terms);
    const filtered = await filteredRows(db, f, FILTER_FIRST_MAX_ROWS);
    if (filtered === null) {
      // No indexed filter: the text index leads, newest hit first, and the limit stops it early.
      rows = await run(sql<Row>`select m.id, m.merged_into_id from matter_fts join matter m on m.seq = matter_fts.rowid join unit u on u.id = m.unit_id
        where matter_fts match ${match} and ${where} order by matter_fts.rowid desc limit ${limit} offset ${offset}`);
    } else if (filtered <= FILTER_FIRST_MAX_ROWS) {
      // Few rows pass the filter: read them newest first through its index, match their text.
      rows = await run(byFilters(foldedTextCondition(terms)));
    } else {
      // Many pass: the newest text hits are enough when the filter passes enough of them (the
      // page is then exactly the newest matches); failing that, walk the filter's index newest
      // first against all text hits, gathered once (the unary + keeps the planner on that index
      // rather than looping over the hits and sorting them).
      rows = await run(byFilters(sql`m.seq in (select rowid from matter_fts where matter_fts match ${match} order by rowid desc limit ${NEWEST_HITS})`));
      if (rows.length < limit) rows = await run(byFilters(sql`+m.seq in (select rowid from matter_fts where matter_fts match ${match})`));
    }
  }
  return [...new Set(rows.map((r) => r.merged_into_id ?? r.id))];
}
