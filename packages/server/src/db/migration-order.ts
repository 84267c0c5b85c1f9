// New migrations run in order. Until 0026 features were developed side by side and databases
// ran migrations in the order they were written (0013 before 0010–0012, 0011-portal-limits after
// 0012): their `schema_migration` rows are in that order and stay so, which is why Kysely's own
// check (executed migrations = a prefix of the sorted list) stays off. This check holds for every
// other migration: it must sort after every migration a database has run, and no migration may
// run before one that has. test/migrations.test.ts proves both, on SQLite and PostgreSQL.

/** The migrations shipped while unordered runs were allowed. Never add to it. */
export const UNORDERED_ERA: ReadonlySet<string> = new Set([
  '0001-foundation',
  '0002-opinions',
  '0003-calendar',
  '0004-documents',
  '0005-plans-sessions',
  '0006-opinion-search-prefix',
  '0007-follow-up',
  '0008-portal',
  '0009-notifications',
  '0010-follow-up-2',
  // Two files share 0011; their names are recorded in databases, so neither is renamed.
  '0011-attachments',
  '0011-portal-limits',
  '0012-security',
  '0013-audit-chain-privacy',
  '0014-dashboard-indexes',
  '0015-search-filter-tokens',
  '0016-dashboard-summary',
  '0017-conclusion-item-matter-index',
  '0018-fact-answered-day-in-vietnam',
  '0019-fact-extension-day-in-vietnam',
  '0020-similarity-lexicon',
  '0021-matter-unit-seq-index',
  '0022-matter-unit-received-covering',
  // 0023 was never shipped: the gap stays empty.
  '0024-matter-follow-up-due',
  '0025-units-in-time',
  '0026-dashboard-matter-summary',
]);

/** The pending migrations that would run out of order, each with the executed one it would follow. */
export function outOfOrderMigrations(
  all: readonly string[],
  executed: readonly string[],
): { pending: string; after: string }[] {
  const ran = new Set(executed);
  const out: { pending: string; after: string }[] = [];
  for (const pending of all) {
    if (ran.has(pending)) continue;
    const after = executed
      .filter((e) => e > pending && !(UNORDERED_ERA.has(e) && UNORDERED_ERA.has(pending)))
      .sort()
      .at(-1);
    if (after !== undefined) out.push({ pending, after });
  }
  return out;
}

export function assertMigrationsInOrder(all: readonly string[], executed: readonly string[]): void {
  const wrong = outOfOrderMigrations(all, executed);
  if (wrong.length === 0) return;
  const list = wrong.map((w) => `${w.pending} < ${w.after}`).join(', ');
  throw new Error(
    `Migration mới phải đứng sau mọi migration cơ sở dữ liệu đã chạy (${list}): đặt số sau số cuối cùng. / ` +
      `A new migration must sort after every migration the database has run (${list}): give it a number after the last one.`,
  );
}
