// Search over matters (their text, petitioners' names, answers) with filters, newest first, or
// in a chosen order (received day, due date in force), and how many match (bounded).
// The text is matched on a folded shadow column, so "duong" finds "đường". The indexed filters
// (unit, field, village, assignee) are tokens in the same text index (migration 0015), so a
// filtered search is one intersection inside the index, read newest first, and a limit stops it
// early; a filter with no match is an empty intersection, not a walk over every text hit or every
// filtered row. The two dialects differ only in the text condition, side by side here:
//  - SQLite: FTS5 (contentless, detail=none, rowid = matter.seq, prefix index '2 3 4') over the
//    folded words and the filter tokens (_f_<field>, _fv_<field>_<village>…), which no typed word
//    can reach: a folded word never starts with '_'.
//  - PostgreSQL: matter_search.vector (the folded text's tsvector plus '#'-lexemes for the
//    filters), a GIN index on the stored vector.
// Every filter's own condition is checked on the joined matter as well (a token is an index, not
// the rule), with the rest (scope, source, state, overdue).
// The last word typed is a prefix ("duong lien th" finds "thôn").
import { openStates, searchTerms, type SearchQuery } from '@doithoai/core';
import { sql, type RawBuilder } from 'kysely';
import type { Dialect } from '../db/columns.js';
import { scopeCondition, scopeConditionByUnit, type Scope } from './matter-scope.repository.js';
import { todayInVietnam } from '../shared/clock.js';
import type { Q } from '../shared/query.js';

export interface SearchFilters extends Omit<SearchQuery, 'limit' | 'offset'> {
  unitId?: string;
}

function conditions(
  scope: Scope,
  f: SearchFilters,
  today: string,
  inScope = scopeCondition,
): RawBuilder<unknown>[] {
  const c: RawBuilder<unknown>[] = [inScope(scope)];
  if (f.unitId) c.push(sql`m.unit_id = ${f.unitId}`);
  if (f.field) c.push(sql`m.field = ${f.field}`);
  if (f.source) c.push(sql`m.source = ${f.source}`);
  if (f.villageId) c.push(sql`m.village_id = ${f.villageId}`);
  if (f.assigneeId) c.push(sql`m.assignee_person_id = ${f.assigneeId}`);
  if (f.state) c.push(sql`m.state = ${f.state}`);
  else if (!f.q) c.push(sql`m.state <> 'merged'`);
  if (f.unrouted) c.push(sql`m.state = 'classified' and m.assignee_person_id is null`);
  // Overdue: an open matter whose prepare-by date has passed, or a matter in follow-up whose due
  // date in force (escalation, extension, conclusion notice) has passed.
  // Three branches, each an index range (migration 0024's partial indexes, whose conditions are
  // the literal state lists here), so the count reads the overdue matters, not the history: a
  // followed-up matter's kept due date; one without a conclusion item yet (follow_up_due null),
  // by its escalation, extension or prepare-by date.
  if (f.overdue) {
    const open = sql.raw(`m.state in (${literalList(openStates)})`);
    const followed = sql.raw(`m.state in (${literalList(followUpStates)})`);
    c.push(sql`((${open} and m.prepare_by < ${today})
      or (${followed} and m.follow_up_due < ${today})
      or (${followed} and m.follow_up_due is null and ${dueBeforeItem} < ${today}))`);
  }
  if (f.round) {
    c.push(sql`(exists (select 1 from agenda_item ai where ai.matter_id = m.id and ai.session_id = ${f.round})
      or exists (select 1 from conclusion_item ci where ci.matter_id = m.id and ci.session_id = ${f.round}))`);
  }
  return c;
}

/** States whose due date is the follow-up's (as the worklist's, follow-up.repository.ts). */
const followUpStates = ['carried-over', 'in-follow-up', 'complex', 'escalated'] as const;

/** `'a', 'b'` of constant state names (never user input), for a condition a partial index must match as text. */
const literalList = (states: readonly string[]) => states.map((x) => `'${x}'`).join(', ');

/** dueInForce of a matter with no conclusion item yet: an open escalation's, an extension's, else the prepare-by date. */
const dueBeforeItem = sql`coalesce(
  (select e.due_date from escalation e where e.matter_id = m.id and e.state <> 'answered' order by e.created_at desc limit 1),
  (select x.due_date from due_extension x where x.matter_id = m.id order by x.at desc limit 1),
  m.prepare_by)`;

/**
 * The due date in force for the matter `m`, in SQL, by the rule of currentDues
 * (follow-up.repository.ts): an open escalation's, else the latest extension's, else the latest
 * conclusion item's; before the session, the prepare-by date. Once the matter has a conclusion
 * item, the first three are kept in m.follow_up_due (migration 0024), so no sub-select is run.
 */
export const dueInForce = sql`coalesce(m.follow_up_due,
  (select e.due_date from escalation e where e.matter_id = m.id and e.state <> 'answered' order by e.created_at desc limit 1),
  (select x.due_date from due_extension x where x.matter_id = m.id order by x.at desc limit 1),
  (select ci.due_date from conclusion_item ci where ci.matter_id = m.id order by ci.created_at desc limit 1),
  m.prepare_by)`;

/** The ORDER BY of a chosen sort; the newest entered first breaks ties. */
function orderBy(f: SearchFilters): RawBuilder<unknown> {
  const desc = f.dir !== 'asc';
  const dir = desc ? sql`desc` : sql`asc`;
  if (f.sort === 'deadline')
    return sql`(${dueInForce} is null) asc, ${dueInForce} ${desc ? sql`desc` : sql`asc`}, m.seq desc`;
  return sql`m.received_on ${dir}, m.seq ${dir}`;
}

/** `from … where …` of every matter that matches the words and the filters (no order). */
function matching(
  dialect: Dialect,
  terms: string[],
  f: SearchFilters,
  where: RawBuilder<unknown>,
): RawBuilder<unknown> {
  if (terms.length === 0) return sql`from matter m join unit u on u.id = m.unit_id where ${where}`;
  if (dialect === 'postgres') {
    const filters = tsFilterQuery(f);
    const words = sql`to_tsquery('simple', ${tsQuery(terms)})`;
    const tsq = filters === null ? words : sql`(${words} && ${filters}::tsquery)`;
    return sql`from matter_search s join matter m on m.seq = s.seq join unit u on u.id = m.unit_id
      where s.vector @@ ${tsq} and numnode(${words}) > 0 and ${where}`;
  }
  return sql`from matter_fts join matter m on m.seq = matter_fts.rowid join unit u on u.id = m.unit_id
    where matter_fts match ${ftsFilteredMatch(terms, f)} and ${where}`;
}

/** The list counts at most this many matters (then: "more than"): a count costs about a page, never the history (bench/growth.bench.mjs). */
export const COUNT_CAP = 1_000;

/** How many matters match (merged ones counted as their target), up to COUNT_CAP + 1. */
export async function countMatters(
  db: Q,
  dialect: Dialect,
  scope: Scope,
  f: SearchFilters,
): Promise<number> {
  const terms = searchTerms(f.q ?? '');
  if (terms.length === 0 && f.state !== 'merged' && !f.overdue) {
    // No words and no merged matter among the rows (they are left out, or another state is asked
    // for): each row counts as itself, so no DISTINCT, and the scope is matched on matter.unit_id,
    // so the count is read from an index (unit_id, state…) without a matter or unit row per hit:
    // 0.7 ms against 4.4 ms for 1,000 hits (bench/soak-grown.bench.mjs, docs/PERFORMANCE.md).
    // (The overdue filter keeps the joined form: its three partial-index branches are planned for it.)
    const where = sql.join(
      conditions(scope, f, todayInVietnam(), scopeConditionByUnit),
      sql` and `,
    );
    const r = await sql<{
      n: number | string;
    }>`select count(*) as n from (select 1 as one from matter m where ${where} limit ${COUNT_CAP + 1}) x`.execute(
      db,
    );
    return Number(r.rows[0]?.n ?? 0);
  }
  const where = sql.join(conditions(scope, f, todayInVietnam()), sql` and `);
  const r = await sql<{
    n: number | string;
  }>`select count(*) as n from (select distinct coalesce(m.merged_into_id, m.id) as id
    ${matching(dialect, terms, f, where)} limit ${COUNT_CAP + 1}) x`.execute(db);
  return Number(r.rows[0]?.n ?? 0);
}

/** FTS5 string literal: double quotes, with any inner quote doubled. */
const ftsString = (s: string) => `"${s.replaceAll('"', '""')}"`;

/** The words, the last one a prefix (`"duong" "lien" "thon"*`). */
export function ftsMatch(terms: string[]): string {
  return terms.map((t, i) => `${ftsString(t)}${i === terms.length - 1 ? '*' : ''}`).join(' ');
}

export function tsQuery(terms: string[]): string {
  return terms.map((t, i) => `${t}${i === terms.length - 1 ? ':*' : ''}`).join(' & ');
}

/** A filter value that the FTS5 tokenizer keeps as one token (ids are base64url, codes kebab-case). */
const oneToken = (v: string) => /^[A-Za-z0-9_-]+$/.test(v);

/** The indexed filters as tokens, as migration 0015's triggers write them (SQLite: `_f_x`, PostgreSQL: `#fx`). */
function filterTokens(f: SearchFilters, dialect: Dialect): string[] {
  const [lead, sep, pair] = dialect === 'sqlite' ? ['_', '_', '_'] : ['#', '', '|'];
  const pairs: [string, string | undefined][] = [
    ['u', f.unitId],
    ['a', f.assigneeId],
  ];
  if (f.field && f.villageId) pairs.push(['fv', `${f.field}${pair}${f.villageId}`]);
  else pairs.push(['f', f.field], ['v', f.villageId]);
  return pairs
    .filter((p): p is [string, string] => !!p[1] && (dialect !== 'sqlite' || oneToken(p[1])))
    .map(([k, v]) => `${lead}${k}${sep}${v}`);
}

/** The FTS5 MATCH: the words (the last a prefix) and the filters' tokens. */
export function ftsFilteredMatch(terms: string[], f: SearchFilters): string {
  return [ftsMatch(terms), ...filterTokens(f, 'sqlite').map(ftsString)].join(' ');
}

/** The filter lexemes as a tsquery ('#fthe-field' & '#vthe-village'), or null without filters. */
export function tsFilterQuery(f: SearchFilters): string | null {
  const lexemes = filterTokens(f, 'postgres').map(
    (l) => `'${l.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`,
  );
  return lexemes.length ? lexemes.join(' & ') : null;
}

/** PostgreSQL: how many of the newest matters are checked one by one before the text index is asked. */
export const NEWEST_WINDOW = 20_000;

/** Ids of the matching matters, newest first (merged matters count as their target). */
export async function searchMatterIds(
  db: Q,
  dialect: Dialect,
  scope: Scope,
  f: SearchFilters,
  limit: number,
  offset: number,
  newestWindow = NEWEST_WINDOW,
): Promise<string[]> {
  const terms = searchTerms(f.q ?? '');
  const where = sql.join(conditions(scope, f, todayInVietnam()), sql` and `);
  type Row = { id: string; merged_into_id: string | null };
  let query: RawBuilder<Row>;
  if (f.sort) {
    // A chosen order (the list's sort): every match, sorted, one page of it.
    query = sql<Row>`select m.id, m.merged_into_id ${matching(dialect, terms, f, where)} order by ${orderBy(f)} limit ${limit} offset ${offset}`;
  } else if (terms.length === 0) {
    // No words: the filters' own indexes, newest first.
    query = sql<Row>`select m.id, m.merged_into_id from matter m join unit u on u.id = m.unit_id
      where ${where} order by m.seq desc limit ${limit} offset ${offset}`;
  } else if (dialect === 'postgres') {
    const filters = tsFilterQuery(f);
    const words = sql`to_tsquery('simple', ${tsQuery(terms)})`;
    // Words the parser drops ('½') make an empty query, which matches nothing (not: the filter alone).
    const tsq =
      filters === null ? words : sql`(${words} && ${filters}::tsquery) and numnode(${words}) > 0`;
    // The GIN index is asked for the whole words and the filter lexemes only: a prefix ('thon:*',
    // 'ca:*') is a partial match, which GIN gathers in full (every row of 'thon…': 150 ms at 1M)
    // before intersecting. The prefix is then checked on each candidate's stored vector by
    // ts_match_vq (a function, so not an index condition). Without another word or filter, the
    // prefix goes to the index.
    // (Only plain a–z/0–9 words: one the parser would drop must not empty the index's query.)
    const plain = terms.slice(0, -1).filter((t) => /^[a-z0-9]+$/.test(t));
    const whole = [
      ...(plain.length ? [sql`to_tsquery('simple', ${plain.join(' & ')})`] : []),
      ...(filters === null ? [] : [sql`${filters}::tsquery`]),
    ];
    const indexed =
      whole.length === 0
        ? sql`s.vector @@ ${tsq}`
        : sql`s.vector @@ (${sql.join(whole, sql` && `)}) and ts_match_vq(s.vector, ${words}) and numnode(${words}) > 0`;
    const from = (
      source: RawBuilder<unknown>,
      text: RawBuilder<unknown>,
    ) => sql<Row>`select m.id, m.merged_into_id from ${source} s join matter m on m.seq = s.seq join unit u on u.id = m.unit_id
      where ${text} and ${where} order by s.seq desc limit ${limit} offset ${offset}`;
    // The newest matters first, their stored vectors checked row by row: when they hold the page,
    // it is exactly the newest matches (every other match is older). Otherwise the GIN index: the
    // planner, misjudging how many rows a filter and common words share, would sometimes gather
    // and sort every hit (300 ms) where a walk from the newest stops after 20 (docs/PERFORMANCE.md).
    const newest = (
      await from(
        sql`(select seq, vector from matter_search order by seq desc limit ${newestWindow})`,
        sql`s.vector @@ ${tsq}`,
      ).execute(db)
    ).rows;
    if (newest.length === limit) return unique(newest);
    query = from(sql`matter_search`, indexed);
  } else {
    // The text index leads, newest hit first, and the limit stops it early.
    query = sql<Row>`select m.id, m.merged_into_id from matter_fts join matter m on m.seq = matter_fts.rowid join unit u on u.id = m.unit_id
      where matter_fts match ${ftsFilteredMatch(terms, f)} and ${where} order by matter_fts.rowid desc limit ${limit} offset ${offset}`;
  }
  return unique((await query.execute(db)).rows);
}

/** Merged matters count as their target, once. */
const unique = (rows: { id: string; merged_into_id: string | null }[]) => [
  ...new Set(rows.map((r) => r.merged_into_id ?? r.id)),
];

/**
 * Open matters of one unit, and the petitions merged into them, whose indexed words hold each
 * word, newest first, at most `limit` per word, in one statement: where the similarity engine's
 * candidates come from (a look-up per rare word of the text typed), not a scan. Returns, per
 * matter, the words it holds.
 */
export async function openMatterIdsWithWords(
  db: Q,
  dialect: Dialect,
  unitId: string,
  words: string[],
  limit: number,
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (words.length === 0) return out;
  const open = sql.join([...openStates]);
  // An open matter, or a petition merged into one (one more wording of that matter).
  const usable = sql`(m.state in (${open}) or (m.state = 'merged' and exists (select 1 from matter t where t.id = m.merged_into_id and t.state in (${open}))))`;
  const branches = words.map((word, k) => {
    if (dialect === 'postgres') {
      const unit = tsFilterQuery({ unitId })!;
      return sql`(select m.id, ${k}::int as k from matter_search s join matter m on m.seq = s.seq
        where s.vector @@ (to_tsquery('simple', ${word}) && ${unit}::tsquery) and m.unit_id = ${unitId} and ${usable}
        order by s.seq desc limit ${limit})`;
    }
    const match = [ftsString(word), ...filterTokens({ unitId }, 'sqlite').map(ftsString)].join(' ');
    return sql`select * from (select m.id, ${k} as k from matter_fts join matter m on m.seq = matter_fts.rowid
      where matter_fts match ${match} and m.unit_id = ${unitId} and ${usable} order by matter_fts.rowid desc limit ${limit})`;
  });
  // SQLite answers one statement fastest; PostgreSQL answers the words side by side on the pool's
  // connections (one statement runs them one after another in one backend).
  const rows =
    dialect === 'postgres' && !db.isTransaction
      ? (
          await Promise.all(branches.map((b) => sql<{ id: string; k: number }>`${b}`.execute(db)))
        ).flatMap((r) => r.rows)
      : (await sql<{ id: string; k: number }>`${sql.join(branches, sql` union all `)}`.execute(db))
          .rows;
  for (const r of rows) {
    const list = out.get(r.id);
    if (list) list.push(words[Number(r.k)]!);
    else out.set(r.id, [words[Number(r.k)]!]);
  }
  return out;
}
