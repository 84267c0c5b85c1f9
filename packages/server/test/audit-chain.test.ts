// The audit log is a hash chain: edit one stored row in the database and `doithoai audit verify`
// names that entry (exit 1); concurrent transactions still append one chain; the admin reads the
// log filtered by user, record and date.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { recordAudit } from '../src/audit/audit.js';
import { backupDatabase, restoreDatabase } from '../src/backup/backup.js';
import { prepareDatabase } from '../src/bootstrap.js';
import { createTestDatabase } from './support/databases.js';
import { testConfig } from './support/test-app.js';
import { verifyAuditChain } from '../src/audit/verify-chain.js';
import { dialectCases } from './support/databases.js';
import { runCli } from './support/run-cli.js';
import { startTestApp, type TestApp } from './support/test-app.js';

function withDatabaseEnv<T>(t: TestApp, fn: () => Promise<T>): Promise<T> {
  const saved = {
    DATA_DIR: process.env.DATA_DIR,
    DATABASE_URL: process.env.DATABASE_URL,
    BASE_URL: process.env.BASE_URL,
  };
  const loc = t.deps.db.location;
  if (t.deps.db.dialect === 'postgres') process.env.DATABASE_URL = loc;
  else {
    // The CLI opens DATA_DIR/doithoai.sqlite: hand it a checkpointed copy of the test file.
    t.deps.db.sqlite!.pragma('wal_checkpoint(TRUNCATE)');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'doithoai-audit-cli-'));
    fs.copyFileSync(loc, path.join(dir, 'doithoai.sqlite'));
    process.env.DATABASE_URL = '';
    process.env.DATA_DIR = dir;
  }
  process.env.BASE_URL = 'http://localhost:3999';
  return fn().finally(() => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });
}

describe.each(dialectCases)('audit chain on $dialect', ({ dialect, skip }) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it.skipIf(skip)('verify passes, then names the one row edited in the database', async () => {
    t = await startTestApp(dialect);
    const cookie = await t.login('vanphong');
    const org = await t.deps.db.kysely
      .selectFrom('organisation')
      .selectAll()
      .executeTakeFirstOrThrow();
    const edited = await t.app.inject({
      method: 'PATCH',
      url: `/api/organisations/${org.id}`,
      headers: { cookie },
      payload: { name: 'Tên mới', version: org.version },
    });
    expect(edited.statusCode).toBe(200);
    for (let i = 0; i < 5; i++)
      await recordAudit(t.deps.db.kysely, {
        actorUserId: null,
        action: 'test.entry',
        entity: 'test',
        entityId: String(i),
        unitId: null,
        detail: { i },
      });

    const ok = await verifyAuditChain(t.deps.db.kysely);
    expect(ok.ok).toBe(true);
    expect(ok.entries).toBeGreaterThanOrEqual(6);

    const all = await t.deps.db.kysely
      .selectFrom('audit_event')
      .select(['seq', 'id'])
      .orderBy('seq')
      .execute();
    const victim = all[Math.floor(all.length / 2)]!;
    await sql`update audit_event set detail = ${'{"forged":true}'} where id = ${victim.id}`.execute(
      t.deps.db.kysely,
    );
    const bad = await verifyAuditChain(t.deps.db.kysely);
    expect(bad.ok).toBe(false);
    expect(bad.firstBreak).toMatchObject({ seq: Number(victim.seq), id: victim.id, what: 'hash' });

    const cli = await withDatabaseEnv(t, () => runCli(['audit', 'verify']));
    expect(cli.code).toBe(1);
    expect(cli.out).toContain(`BROKEN\tseq ${Number(victim.seq)}\tid ${victim.id}\thash`);
    expect(cli.err).toContain(`seq ${Number(victim.seq)}`);
  });

  it.skipIf(skip)('a deleted entry is reported at the entry after it (prev_hash)', async () => {
    t = await startTestApp(dialect);
    for (let i = 0; i < 4; i++)
      await recordAudit(t.deps.db.kysely, {
        actorUserId: null,
        action: 'test.entry',
        entity: 'test',
        entityId: String(i),
        unitId: null,
      });
    // Sealed first (PostgreSQL: the server does it within a second of commit; verify does it too).
    expect((await verifyAuditChain(t.deps.db.kysely)).ok).toBe(true);
    const all = await t.deps.db.kysely
      .selectFrom('audit_event')
      .select(['seq', 'id'])
      .orderBy('seq')
      .execute();
    await t.deps.db.kysely
      .deleteFrom('audit_event')
      .where('id', '=', all[all.length - 3]!.id)
      .execute();
    const r = await verifyAuditChain(t.deps.db.kysely);
    expect(r.firstBreak).toMatchObject({
      seq: Number(all[all.length - 2]!.seq),
      what: 'prev_hash',
    });
    const cli = await withDatabaseEnv(t, () => runCli(['audit', 'verify']));
    expect(cli.code).toBe(1);
  });

  it.skipIf(skip)(
    'the running server seals entries into the chain within a second (PostgreSQL)',
    async () => {
      t = await startTestApp(dialect);
      await t.app.ready();
      await recordAudit(t.deps.db.kysely, {
        actorUserId: null,
        action: 'test.sealed',
        entity: 'test',
        entityId: 'x',
        unitId: null,
      });
      await new Promise((r) => setTimeout(r, 2500));
      const row = await t.deps.db.kysely
        .selectFrom('audit_event')
        .select(['chain_seq', 'hash'])
        .where('action', '=', 'test.sealed')
        .executeTakeFirstOrThrow();
      expect(row.chain_seq).not.toBeNull();
      expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
    },
  );

  it.skipIf(skip)('concurrent transactions append one unbroken chain', async () => {
    t = await startTestApp(dialect);
    const db = t.deps.db.kysely;
    await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        db.transaction().execute(async (trx) => {
          await trx
            .updateTable('app_setting')
            .set({ value: String(i) })
            .where('key', '=', '__none__')
            .execute();
          await recordAudit(trx, {
            actorUserId: null,
            action: 'test.concurrent',
            entity: 'test',
            entityId: String(i),
            unitId: null,
          });
          await new Promise((r) => setTimeout(r, i % 3));
          await recordAudit(trx, {
            actorUserId: null,
            action: 'test.concurrent',
            entity: 'test',
            entityId: `${i}b`,
            unitId: null,
          });
        }),
      ),
    );
    const r = await verifyAuditChain(db);
    expect(r.ok).toBe(true);
    expect(
      await db
        .selectFrom('audit_event')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('action', '=', 'test.concurrent')
        .executeTakeFirstOrThrow(),
    ).toMatchObject({ n: expect.anything() });
    const n = Number(
      (
        await db
          .selectFrom('audit_event')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('action', '=', 'test.concurrent')
          .executeTakeFirstOrThrow()
      ).n,
    );
    expect(n).toBe(48);
    const cli = await withDatabaseEnv(t, () => runCli(['audit', 'verify']));
    expect(cli.code).toBe(0);
    expect(cli.out).toMatch(/^ok\t\d+ entries/);
  });

  it.skipIf(skip)(
    'a restore chains entries the backup carried unsealed (committed after the source sealed)',
    async () => {
      t = await startTestApp(dialect);
      // As PostgreSQL leaves an entry between the backup's seal and its snapshot: no chain position yet.
      await t.deps.db.kysely
        .insertInto('audit_event')
        .values({
          id: 'late-entry',
          at: new Date().toISOString(),
          actor_user_id: null,
          action: 'test.late',
          entity: 'test',
          entity_id: 'x',
          unit_id: null,
          reason: null,
          detail: '{}',
        })
        .execute();
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'doithoai-late-')), 'b.gz');
      await backupDatabase(t.deps.db, file);
      const target = await createTestDatabase(dialect);
      try {
        const deps = await prepareDatabase(target.db, testConfig());
        await restoreDatabase(deps.db, file);
        const r = await verifyAuditChain(deps.db.kysely);
        expect(r).toMatchObject({ ok: true, unsealed: 0 });
        expect(
          (
            await deps.db.kysely
              .selectFrom('audit_event')
              .select('chain_seq')
              .where('id', '=', 'late-entry')
              .executeTakeFirstOrThrow()
          ).chain_seq,
        ).not.toBeNull();
      } finally {
        await target.db.close();
        await target.drop();
      }
    },
  );
});
