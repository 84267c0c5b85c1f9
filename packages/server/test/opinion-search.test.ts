// The search's plans (opinion.search.ts) return the same page as the plain rule "every matter
// whose folded words hold each word typed (the last as a prefix), passing the filters, newest
// first": text index first (no filter), filtered rows first with their text matched (a filter
// leaving few rows), newest text hits first, and the filter's index against all hits (a filter
// leaving many rows whose matches are old). On SQLite and PostgreSQL, through the one function.
import { foldVietnamese, searchTerms } from '@doithoai/core';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../src/db/migrate.js';
import { FILTER_FIRST_MAX_ROWS, searchMatterIds } from '../src/opinion/opinion.search.js';
import { createTestDatabase, dialectCases, type TestDatabase } from './support/databases.js';

interface Row { id: string; village: string; field: string; folded: string }

describe.each(dialectCases)('opinion search plans on $dialect', ({ dialect, skip }) => {
  let t: TestDatabase | undefined;
  afterEach(async () => { await t?.drop(); t = undefined; });

  it.skipIf(skip)('every plan gives the page the plain rule gives', async () => {
    t = await createTestDatabase(dialect);
    const db = t.db;
    await migrateToLatest(db);
    const now = new Date().toISOString();
    await sql`insert into unit values ('xa', null, 'x', 'x', 'Xã', 'xa', '/xa/', 0, null, ${now}, ${now})`.execute(db.kysely);
    for (const v of ['a', 'b', 'c']) await sql`insert into unit values (${v}, 'xa', ${v}, ${v}, ${`Thôn ${v}`}, 'thon', ${`/xa/${v}/`}, 1, null, ${now}, ${now})`.execute(db.kysely);

    // Inserted oldest first. Village c's few land matters are older than the 2,100 in b, so the
    // newest text hits for "so do" hold none of them; c has more rows than are matched one by one,
    // so the plan must fall back to its index against every hit.
    const rows: Row[] = [];
    const add = (n: number, village: string, field: (i: number) => string, content: (i: number) => string) => {
      for (let i = 0; i < n; i++) rows.push({ id: `m${rows.length}`, village, field: field(i), folded: foldVietnamese(content(i)) });
    };
    add(5, 'c', () => 'tai-nguyen', (i) => `Đề nghị cấp sổ đỏ cho hộ ông Đinh Văn ${i}`);
    add(FILTER_FIRST_MAX_ROWS, 'c', () => 'moi-truong', (i) => `Rác thải gây ô nhiễm môi trường thôn, hộ số ${i}`);
    add(2100, 'b', (i) => (i % 2 ? 'tai-nguyen' : 'nong-nghiep'), (i) => `Đề nghị cấp sổ đỏ, đường vào thôn hư hỏng (${i})`);
    add(60, 'a', () => 'nong-nghiep', (i) => `Đường liên thôn nhiều ổ gà ${i % 3 ? '' : 'Đinh Thị Lan'}`);
    expect(rows.filter((r) => r.village === 'c').length).toBeGreaterThan(FILTER_FIRST_MAX_ROWS);
    for (let i = 0; i < rows.length; i += 500) {
      await db.kysely.insertInto('matter').values(rows.slice(i, i + 500).map((r) => ({
        id: r.id, unit_id: 'xa', village_id: r.village, content: r.folded, field: r.field, suggestions: '[]', state: 'received', source: 'mttq',
        received_on: '2026-03-01', search_folded: r.folded, version: 0, created_at: now, updated_at: now,
      })) as never).execute();
    }

    const expected = (q: string, f: { villageId?: string; field?: string }) => {
      const terms = searchTerms(q);
      return rows
        .filter((r) => (!f.villageId || r.village === f.villageId) && (!f.field || r.field === f.field))
        .filter((r) => {
          const words = r.folded.split(' ');
          return terms.every((term, i) => (i === terms.length - 1 ? words.some((w) => w.startsWith(term)) : words.includes(term)));
        })
        .reverse()
        .slice(0, 20)
        .map((r) => r.id);
    };
    const scope = { read: ['/xa/'], assigned: [], personIds: [] };
    const filters = [{}, { villageId: 'a' }, { villageId: 'b' }, { villageId: 'c' }, { villageId: 'c', field: 'tai-nguyen' }, { field: 'nong-nghiep' }, { villageId: 'b', field: 'tai-nguyen' }];
    for (const q of ['so do', 'Sổ Đỏ', 'duong lien th', 'rac', 'dinh', 'o ga', 'thon', 'd']) {
      for (const f of filters) {
        const got = await searchMatterIds(db.kysely, db.dialect, scope, { q, ...f }, 20, 0);
        expect({ q, f, got }).toEqual({ q, f, got: expected(q, f) });
      }
    }
    // The fall-back case, named: the five old land matters of village c.
    expect(await searchMatterIds(db.kysely, db.dialect, scope, { q: 'so do', villageId: 'c' }, 20, 0)).toEqual(['m4', 'm3', 'm2', 'm1', 'm0']);
    await db.close();
  }, 60_000);
});
