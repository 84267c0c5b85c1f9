// Search over matters (their text, petitioners' names, answers) with filters, newest first.
// The text is matched on a folded shadow column, so "duong" finds "đường". The two dialects
// differ only in the text condition, side by side here:
//  - SQLite: FTS5 (external content, rowid = matter.seq), driven from the index and read in
//    rowid order, so a limit stops early instead of ranking every hit;
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

/** Ids of the matching matters, newest first (merged matters count as their target). */
export async function searchMatterIds(db: Q, dialect: Dialect, scope: Scope, f: SearchFilters, limit: number, offset: number): Promise<string[]> {
  const terms = searchTerms(f.q ?? '');
  const where = sql.join(conditions(scope, f, new Date().toISOString().slice(0, 10)), sql` and `);
  let query: RawBuilder<{ id: string; merged_into_id: string | null }>;
  if (terms.length === 0) {
    query = sql`select m.id, m.merged_into_id from matter m join unit u on u.id = m.unit_id
      where ${where} order by m.seq desc limit ${limit} offset ${offset}`;
  } else if (dialect === 'sqlite') {
    query = sql`select m.id, m.merged_into_id from matter_fts join matter m on m.seq = matter_fts.rowid join unit u on u.id = m.unit_id
      where matter_fts match ${ftsMatch(terms)} and ${where} order by matter_fts.rowid desc limit ${limit} offset ${offset}`;
  } else {
    query = sql`select m.id, m.merged_into_id from matter m join unit u on u.id = m.unit_id
      where to_tsvector('simple', m.search_folded) @@ to_tsquery('simple', ${tsQuery(terms)}) and ${where}
      order by m.seq desc limit ${limit} offset ${offset}`;
  }
  const rows = (await query.execute(db)).rows;
  const ids = rows.map((r) => r.merged_into_id ?? r.id);
  return [...new Set(ids)];
}
