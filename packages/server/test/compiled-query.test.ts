// A statement compiled once and run with new values (db/compiled-query.ts): the same rows as the
// builder's own query, on both databases, inside a transaction too, and a missing value refused.
import { afterEach, describe, expect, it } from 'vitest';
import { compiledOnce } from '../src/db/compiled-query.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { createTestDatabase, dialectCases, type TestDatabase } from './support/databases.js';

const insertYear = compiledOnce((db, v: { year: number; entries: string; by: string }) =>
  db.insertInto('holiday_year').values({
    year: v.year,
    entries: v.entries,
    reason: 'test',
    updated_by: v.by,
    updated_at: '2026-12-07T00:00:00.000Z', // a constant of the builder stays in its place
  }),
);
const yearsFrom = compiledOnce((db, v: { from: number }) =>
  db
    .selectFrom('holiday_year')
    .select(['year', 'entries', 'updated_at'])
    .where('year', '>=', v.from)
    .orderBy('year')
    .limit(10),
);

describe.each(dialectCases)('a query compiled once on $dialect', ({ dialect, skip }) => {
  let d: TestDatabase | undefined;
  afterEach(async () => {
    await d?.drop();
    d = undefined;
  });

  it.skipIf(skip)('runs with each call’s values, as the builder would', async () => {
    d = await createTestDatabase(dialect);
    await migrateToLatest(d.db);
    const db = d.db.kysely;
    await insertYear(db, { year: 2030, entries: '[]', by: 'a' });
    await db
      .transaction()
      .execute((trx) => insertYear(trx, { year: 2031, entries: '[1]', by: 'b' }));
    expect(await yearsFrom(db, { from: 2031 })).toEqual([
      { year: 2031, entries: '[1]', updated_at: '2026-12-07T00:00:00.000Z' },
    ]);
    expect((await yearsFrom(db, { from: 2030 })).map((r) => Number(r.year))).toEqual([2030, 2031]);
    const built = await db
      .selectFrom('holiday_year')
      .select(['year', 'entries', 'updated_at'])
      .where('year', '>=', 2030)
      .orderBy('year')
      .limit(10)
      .execute();
    expect(await yearsFrom(db, { from: 2030 })).toEqual(built);
  });

  it.skipIf(skip)('refuses a value left out rather than running without it', async () => {
    d = await createTestDatabase(dialect);
    await migrateToLatest(d.db);
    await expect(insertYear(d.db.kysely, { year: 2032, entries: '[]' } as never)).rejects.toThrow(
      /no value for «by»/,
    );
  });
});
