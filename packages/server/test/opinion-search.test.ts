// The search (opinion-search.repository.ts) returns the same page as the plain rule "every matter whose
// folded words hold each word typed (the last as a prefix), passing the filters, newest first",
// with the filters as tokens in the text index (migration 0015): filters leaving few or many rows,
// matches new or old. On SQLite and PostgreSQL, through the one function.
import { foldVietnamese, searchTerms } from '@doithoai/core';
import { Migrator, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../src/db/migrate.js';
import { migrationProvider } from '../src/db/migrations/index.js';
import { searchMatterIds } from '../src/opinion/opinion-search.repository.js';

/** Village c's many rows (more than the old plan matched one by one). */
const MANY = 4001;
import { createTestDatabase, dialectCases, type TestDatabase } from './support/databases.js';

interface Row {
  id: string;
  village: string;
  field: string;
  folded: string;
}

describe.each(dialectCases)('opinion search plans on $dialect', ({ dialect, skip }) => {
  let t: TestDatabase | undefined;
  afterEach(async () => {
    await t?.drop();
    t = undefined;
  });

  it.skipIf(skip)(
    'every plan gives the page the plain rule gives',
    async () => {
      t = await createTestDatabase(dialect);
      const db = t.db;
      await migrateToLatest(db);
      const now = new Date().toISOString();
      await sql`insert into unit values ('xa', null, 'x', 'x', 'Xã', 'xa', '/xa/', 0, null, ${now}, ${now})`.execute(
        db.kysely,
      );
      for (const v of ['a', 'b', 'c'])
        await sql`insert into unit values (${v}, 'xa', ${v}, ${v}, ${`Thôn ${v}`}, 'thon', ${`/xa/${v}/`}, 1, null, ${now}, ${now})`.execute(
          db.kysely,
        );

      // Inserted oldest first. Village c's few land matters are older than the 2,100 in b, so the
      // newest text hits for "so do" hold none of them; c has more rows than are matched one by one,
      // so the plan must fall back to its index against every hit.
      const rows: Row[] = [];
      const add = (
        n: number,
        village: string,
        field: (i: number) => string,
        content: (i: number) => string,
      ) => {
        for (let i = 0; i < n; i++)
          rows.push({
            id: `m${rows.length}`,
            village,
            field: field(i),
            folded: foldVietnamese(content(i)),
          });
      };
      add(
        5,
        'c',
        () => 'tai-nguyen',
        (i) => `Đề nghị cấp sổ đỏ cho hộ ông Đinh Văn ${i}`,
      );
      add(
        MANY,
        'c',
        () => 'moi-truong',
        (i) => `Rác thải gây ô nhiễm môi trường thôn, hộ số ${i}`,
      );
      add(
        2100,
        'b',
        (i) => (i % 2 ? 'tai-nguyen' : 'nong-nghiep'),
        (i) => `Đề nghị cấp sổ đỏ, đường vào thôn hư hỏng (${i})`,
      );
      add(
        60,
        'a',
        () => 'nong-nghiep',
        (i) => `Đường liên thôn nhiều ổ gà ${i % 3 ? '' : 'Đinh Thị Lan'}`,
      );
      expect(rows.filter((r) => r.village === 'c').length).toBeGreaterThan(MANY);
      for (let i = 0; i < rows.length; i += 500) {
        await db.kysely
          .insertInto('matter')
          .values(
            rows.slice(i, i + 500).map((r) => ({
              id: r.id,
              unit_id: 'xa',
              village_id: r.village,
              content: r.folded,
              field: r.field,
              suggestions: '[]',
              state: 'received',
              source: 'mttq',
              received_on: '2026-03-01',
              search_folded: r.folded,
              version: 0,
              created_at: now,
              updated_at: now,
            })) as never,
          )
          .execute();
      }

      const expected = (q: string, f: { villageId?: string; field?: string }) => {
        const terms = searchTerms(q);
        return rows
          .filter(
            (r) => (!f.villageId || r.village === f.villageId) && (!f.field || r.field === f.field),
          )
          .filter((r) => {
            const words = r.folded.split(' ');
            return terms.every((term, i) =>
              i === terms.length - 1 ? words.some((w) => w.startsWith(term)) : words.includes(term),
            );
          })
          .reverse()
          .slice(0, 20)
          .map((r) => r.id);
      };
      const scope = { read: ['/xa/'], assigned: [], personIds: [] };
      const filters = [
        {},
        { villageId: 'a' },
        { villageId: 'b' },
        { villageId: 'c' },
        { villageId: 'c', field: 'tai-nguyen' },
        { field: 'nong-nghiep' },
        { villageId: 'b', field: 'tai-nguyen' },
      ];
      for (const q of ['so do', 'Sổ Đỏ', 'duong lien th', 'rac', 'dinh', 'o ga', 'thon', 'd']) {
        for (const f of filters) {
          const got = await searchMatterIds(db.kysely, db.dialect, scope, { q, ...f }, 20, 0);
          expect({ q, f, got }).toEqual({ q, f, got: expected(q, f) });
          // PostgreSQL's first look at the newest matters, smaller than the table: a page it fills
          // and a page it cannot must both be the plain rule's.
          const small = await searchMatterIds(db.kysely, db.dialect, scope, { q, ...f }, 20, 0, 30);
          expect({ q, f, small }).toEqual({ q, f, small: expected(q, f) });
        }
      }
      // The fall-back case, named: the five old land matters of village c.
      expect(
        await searchMatterIds(db.kysely, db.dialect, scope, { q: 'so do', villageId: 'c' }, 20, 0),
      ).toEqual(['m4', 'm3', 'm2', 'm1', 'm0']);
      await db.close();
    },
    60_000,
  );

  it.skipIf(skip)(
    'the filter tokens are built for existing rows and follow every change of the matter',
    async () => {
      t = await createTestDatabase(dialect);
      const db = t.db;
      // The database as it was before migration 0015, with matters in it.
      const migrator = new Migrator({
        db: db.kysely,
        provider: migrationProvider(db.dialect),
        migrationTableName: 'schema_migration',
        migrationLockTableName: 'schema_migration_lock',
        allowUnorderedMigrations: true,
      });
      const before = await migrator.migrateTo('0014-dashboard-indexes');
      expect(before.error).toBeUndefined();
      const now = new Date().toISOString();
      await sql`insert into unit values ('xa', null, 'x', 'x', 'Xã A', 'xa', '/xa/', 0, null, ${now}, ${now})`.execute(
        db.kysely,
      );
      await sql`insert into unit values ('xb', null, 'y', 'y', 'Xã B', 'xa', '/xb/', 0, null, ${now}, ${now})`.execute(
        db.kysely,
      );
      for (const v of ['a', 'b'])
        await sql`insert into unit values (${v}, 'xa', ${v}, ${v}, ${`Thôn ${v}`}, 'thon', ${`/xa/${v}/`}, 1, null, ${now}, ${now})`.execute(
          db.kysely,
        );
      await sql`insert into unit values ('bb', 'xb', 'bb', 'bb', 'Thôn bb', 'thon', '/xb/bb/', 1, null, ${now}, ${now})`.execute(
        db.kysely,
      );
      const insert = (
        id: string,
        unit: string,
        village: string,
        field: string | null,
        text: string,
      ) =>
        db.kysely
          .insertInto('matter')
          .values({
            id,
            unit_id: unit,
            village_id: village,
            content: text,
            field,
            suggestions: '[]',
            state: 'received',
            source: 'mttq',
            received_on: '2026-03-01',
            search_folded: foldVietnamese(text),
            version: 0,
            created_at: now,
            updated_at: now,
          } as never)
          .execute();
      await insert('old1', 'xa', 'a', 'giao-thong', 'Đường liên thôn xuống cấp');
      await insert('old2', 'xa', 'b', null, 'Đường vào trường học lầy lội');
      await insert('other', 'xb', 'bb', 'giao-thong', 'Đường liên thôn xuống cấp'); // another commune
      await migrateToLatest(db);
      await insert('new1', 'xa', 'a', 'moi-truong', 'Đường ngập rác sau mưa');

      const scope = { read: ['/xa/'], assigned: [], personIds: [] };
      const find = (
        q: string,
        f: { villageId?: string; field?: string; assigneeId?: string; unitId?: string } = {},
      ) => searchMatterIds(db.kysely, db.dialect, scope, { q, ...f }, 20, 0);
      expect(await find('duong')).toEqual(['new1', 'old2', 'old1']);
      expect(await find('duong', { field: 'giao-thong' })).toEqual(['old1']); // never the other commune's
      expect(await find('duong', { villageId: 'a' })).toEqual(['new1', 'old1']);
      expect(await find('duong', { villageId: 'b' })).toEqual(['old2']);
      expect(await find('duong', { unitId: 'xa' })).toEqual(['new1', 'old2', 'old1']);
      expect(await find('duong', { unitId: 'xb' })).toEqual([]); // outside the caller's scope
      // Words shaped like the tokens find nothing: they are not in the text.
      for (const q of [
        'f_giao-thong',
        '_f_giao-thong',
        '_fv_giao-thong_a',
        'fvgiao',
        'fgiaothong',
        'u_xa',
        '_u',
        'v a',
        '#vb',
        'a_',
        'giao thong',
      ])
        expect(await find(q)).toEqual([]);
      // Odd input is a search that finds nothing, never an error from the text index.
      for (const q of ['漢字 ab', '½ ²', 'NEAR(a b)', 'a AND b', '-q', '"duong" OR'])
        expect(await find(q, { field: 'giao-thong' })).toEqual([]);
      for (const q of ['"', '*', 'đường"*', 'duong 😀', '(duong'])
        expect(await find(q, { field: 'giao-thong' })).toEqual(['old1']);
      // A filter value the tokenizer would split is still applied, by its own condition.
      expect(await find('duong', { villageId: 'a b"' })).toEqual([]);

      // Classified, moved, assigned: the filters follow.
      await db.kysely
        .updateTable('matter')
        .set({ field: 'giao-thong' } as never)
        .where('id', '=', 'old2')
        .execute();
      expect(await find('duong', { field: 'giao-thong' })).toEqual(['old2', 'old1']);
      await db.kysely
        .updateTable('matter')
        .set({ village_id: 'a' } as never)
        .where('id', '=', 'old2')
        .execute();
      expect(await find('duong', { villageId: 'b' })).toEqual([]);
      expect(await find('duong', { villageId: 'a', field: 'giao-thong' })).toEqual([
        'old2',
        'old1',
      ]);
      await sql`insert into person (id, unit_id, full_name, position, created_at, updated_at) values ('p1', 'xa', 'Cán bộ', 'công chức', ${now}, ${now})`.execute(
        db.kysely,
      );
      await db.kysely
        .updateTable('matter')
        .set({ assignee_person_id: 'p1' } as never)
        .where('id', '=', 'new1')
        .execute();
      expect(await find('duong', { assigneeId: 'p1' })).toEqual(['new1']);
      expect(await find('rac', { assigneeId: 'p1', villageId: 'b' })).toEqual([]);
      // The text changes (a petitioner added): the new words are found, with the filters.
      await db.kysely
        .updateTable('matter')
        .set({ search_folded: foldVietnamese('Đường ngập rác sau mưa Đinh Thị Lan') } as never)
        .where('id', '=', 'new1')
        .execute();
      expect(await find('dinh thi lan', { villageId: 'a', field: 'moi-truong' })).toEqual(['new1']);
      // Deleted: gone from the index.
      await db.kysely.deleteFrom('matter').where('id', '=', 'old1').execute();
      expect(await find('duong lien', { field: 'giao-thong' })).toEqual([]);
      expect(await find('duong')).toEqual(['new1', 'old2']);
      await db.close();
    },
    60_000,
  );
});
