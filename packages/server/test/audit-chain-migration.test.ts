// Migration 0013 chains the audit entries written before it, in seq order, so a database that
// upgrades verifies at once — and an entry edited after the upgrade is still caught.
import { Migrator, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { recordAudit } from '../src/audit/audit.js';
import { verifyAuditChain } from '../src/audit/verify-chain.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { migrationProvider } from '../src/db/migrations/index.js';
import { createTestDatabase, dialectCases, type TestDatabase } from './support/databases.js';

describe.each(dialectCases)('audit chain migration on $dialect', ({ dialect, skip }) => {
  let d: TestDatabase | undefined;
  afterEach(async () => {
    await d?.db.close();
    await d?.drop();
    d = undefined;
  });

  it.skipIf(skip)('chains the rows written before it', async () => {
    d = await createTestDatabase(dialect);
    const all = migrationProvider(dialect);
    const before = {
      async getMigrations() {
        const m = await all.getMigrations();
        return Object.fromEntries(Object.entries(m).filter(([name]) => name < '0013'));
      },
    };
    const migrator = new Migrator({
      db: d.db.kysely,
      provider: before,
      migrationTableName: 'schema_migration',
      migrationLockTableName: 'schema_migration_lock',
      allowUnorderedMigrations: true,
    });
    const first = await migrator.migrateToLatest();
    expect(first.error).toBeUndefined();
    for (let i = 0; i < 30; i++) {
      await sql`insert into audit_event (id, at, actor_user_id, action, entity, entity_id, unit_id, reason, detail)
        values (${`old-${i}`}, ${`2026-01-01T00:00:${String(i).padStart(2, '0')}.000Z`}, ${null}, ${'old.action'}, ${'test'}, ${String(i)}, ${null}, ${i % 3 ? null : 'lý do'}, ${JSON.stringify({ i, tên: 'Nguyễn' })})`.execute(
        d.db.kysely,
      );
    }
    const applied = await migrateToLatest(d.db);
    expect(applied).toContain('0013-audit-chain-privacy');

    const r = await verifyAuditChain(d.db.kysely);
    expect(r).toMatchObject({ ok: true, entries: 30 });
    await recordAudit(d.db.kysely, {
      actorUserId: null,
      action: 'new.action',
      entity: 'test',
      entityId: 'new',
      unitId: null,
    });
    expect(await verifyAuditChain(d.db.kysely)).toMatchObject({ ok: true, entries: 31 });

    await sql`update audit_event set entity_id = ${'999'} where id = ${'old-7'}`.execute(
      d.db.kysely,
    );
    expect((await verifyAuditChain(d.db.kysely)).firstBreak).toMatchObject({
      id: 'old-7',
      what: 'hash',
    });
  });
});
