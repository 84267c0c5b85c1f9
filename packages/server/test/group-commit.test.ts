// Group commit (db/group-commit.ts): concurrent entries share one SQLite transaction, yet each is
// all-or-nothing on its own — a failing entry rolls back alone, a failing COMMIT is retried per
// entry, and nobody hears "done" for work that is not stored. On PostgreSQL: one transaction each.
// Durability after SIGKILL is proved by crash.test.ts on the same path.
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { groupCommitStats, writeTransaction } from '../src/db/group-commit.js';
import { newId, nowIso } from '../src/db/ids.js';
import { dialectCases } from './support/databases.js';
import { sonGiang } from './support/opinion-fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe.each(dialectCases)('group commit on $dialect', ({ dialect, skip }) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it.skipIf(skip)(
    '60 concurrent entries, every 5th refused: the good ones stored whole, the refused leave nothing',
    async () => {
      t = await startTestApp(dialect);
      const cookie = await t.login('vanphong');
      const { sg, village } = await sonGiang(t, cookie);
      const k = t.deps.db.kysely;
      const count = async (table: 'matter' | 'raising' | 'petitioner' | 'audit_event') =>
        Number(
          (
            await k
              .selectFrom(table)
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      const before = {
        matter: await count('matter'),
        raising: await count('raising'),
        petitioner: await count('petitioner'),
        audit: await count('audit_event'),
      };
      const statsBefore = groupCommitStats(t.deps.db)?.batches ?? 0;

      const sends = Array.from({ length: 60 }, (_, i) =>
        t!.app.inject({
          method: 'POST',
          url: `/api/units/${sg.id}/opinions`,
          headers: { cookie },
          payload: {
            content: `Đề nghị sửa cống thoát nước số ${i}`,
            source: 'mttq',
            // Every 5th names a village of another commune: refused inside its unit of work, after
            // its petitioner row was already written — that row must go with it.
            villageId: i % 5 === 0 ? 'khong-phai-thon' : village('Thôn Giang Hà'),
            petitioner: {
              fullName: `Người dân ${i}`,
              villageId: i % 5 === 0 ? null : village('Thôn Giang Hà'),
            },
          },
        }),
      );
      const replies = await Promise.all(sends);
      const ok = replies.filter((r) => r.statusCode === 201);
      const refused = replies.filter((r) => r.statusCode !== 201);
      expect(ok).toHaveLength(48);
      expect(
        refused.every((r) => r.statusCode === 400 && r.json().error.message.includes('villageId')),
      ).toBe(true);

      expect(await count('matter')).toBe(before.matter + 48);
      expect(await count('raising')).toBe(before.raising + 48);
      expect(await count('petitioner')).toBe(before.petitioner + 48);
      for (const r of ok) {
        const id = r.json().id as string;
        const audit = await k
          .selectFrom('audit_event')
          .select('action')
          .where('entity_id', '=', id)
          .execute();
        expect(audit.map((a) => a.action)).toContain('opinion.create');
        const raising = await k
          .selectFrom('raising')
          .innerJoin('petitioner', 'petitioner.id', 'raising.petitioner_id')
          .select('petitioner.full_name')
          .where('matter_id', '=', id)
          .execute();
        expect(raising).toHaveLength(1);
      }
      const names = (
        await k
          .selectFrom('petitioner')
          .select('full_name')
          .where('full_name', 'like', 'Người dân %')
          .execute()
      ).map((p) => p.full_name);
      expect(names.filter((n) => Number(n!.split(' ').pop()) % 5 === 0)).toEqual([]);

      if (dialect === 'sqlite') {
        // Shared commits happened: fewer batches than entries.
        const stats = groupCommitStats(t.deps.db)!;
        expect(stats.batches - statsBefore).toBeLessThan(60);
        expect(stats.largestBatch).toBeGreaterThan(1);
      }
    },
  );

  it.skipIf(skip)(
    'a unit that throws after writing rolls back alone; the others in its batch commit',
    async () => {
      t = await startTestApp(dialect);
      const db = t.deps.db;
      const unit = await db.kysely
        .selectFrom('unit')
        .select('id')
        .where('code', '=', 'demo-son-giang')
        .executeTakeFirstOrThrow();
      const write = (name: string, fail: boolean) =>
        writeTransaction(db, async (trx) => {
          const at = nowIso();
          await trx
            .insertInto('petitioner')
            .values({
              id: newId(),
              unit_id: unit.id,
              full_name: name,
              village_id: null,
              phone: null,
              email: null,
              answer_preference: null,
              created_at: at,
              updated_at: at,
            })
            .execute();
          if (fail) throw new Error(`thất bại ${name}`);
          return name;
        });
      const results = await Promise.allSettled(
        Array.from({ length: 10 }, (_, i) => write(`gc-${i}`, i === 4)),
      );
      expect(results.map((r) => r.status)).toEqual([
        'fulfilled',
        'fulfilled',
        'fulfilled',
        'fulfilled',
        'rejected',
        'fulfilled',
        'fulfilled',
        'fulfilled',
        'fulfilled',
        'fulfilled',
      ]);
      const stored = (
        await db.kysely
          .selectFrom('petitioner')
          .select('full_name')
          .where('full_name', 'like', 'gc-%')
          .orderBy('full_name')
          .execute()
      ).map((p) => p.full_name);
      expect(stored).toEqual([
        'gc-0',
        'gc-1',
        'gc-2',
        'gc-3',
        'gc-5',
        'gc-6',
        'gc-7',
        'gc-8',
        'gc-9',
      ]);
    },
  );

  // Batching exists on SQLite only (PostgreSQL runs one transaction per request): these two are
  // registered for SQLite alone rather than shown as skipped on PostgreSQL.
  if (dialect === 'sqlite')
    it.skipIf(skip)(
      'a unit that calls writeTransaction again on the same database is refused, not left waiting for its own batch',
      async () => {
        t = await startTestApp(dialect);
        const db = t.deps.db;
        const outer = writeTransaction(db, async () => writeTransaction(db, async () => 'inner'));
        await expect(outer).rejects.toThrow(/inside a unit of work/);
        // The queue still works afterwards.
        expect(await writeTransaction(db, async () => 'after')).toBe('after');
      },
    );

  if (dialect === 'sqlite')
    it.skipIf(skip)(
      'a unit that breaks the shared COMMIT (deferred foreign key) fails alone: the batch is rerun one by one',
      async () => {
        t = await startTestApp(dialect);
        const db = t.deps.db;
        const unit = await db.kysely
          .selectFrom('unit')
          .select('id')
          .where('code', '=', 'demo-son-giang')
          .executeTakeFirstOrThrow();
        const good = (name: string) =>
          writeTransaction(db, async (trx) => {
            const at = nowIso();
            await trx
              .insertInto('petitioner')
              .values({
                id: newId(),
                unit_id: unit.id,
                full_name: name,
                village_id: null,
                phone: null,
                email: null,
                answer_preference: null,
                created_at: at,
                updated_at: at,
              })
              .execute();
            return name;
          });
        // Foreign keys checked at COMMIT, not at the statement: the unit itself "succeeds".
        const poison = writeTransaction(db, async (trx) => {
          await sql`pragma defer_foreign_keys = on`.execute(trx);
          const at = nowIso();
          await trx
            .insertInto('petitioner')
            .values({
              id: newId(),
              unit_id: 'no-such-unit',
              full_name: 'gc-poison',
              village_id: null,
              phone: null,
              email: null,
              answer_preference: null,
              created_at: at,
              updated_at: at,
            })
            .execute();
          return 'poison';
        });
        const results = await Promise.allSettled([
          good('gc-a'),
          poison,
          good('gc-b'),
          good('gc-c'),
        ]);
        expect(results.map((r) => r.status)).toEqual([
          'fulfilled',
          'rejected',
          'fulfilled',
          'fulfilled',
        ]);
        expect(String((results[1] as PromiseRejectedResult).reason)).toMatch(/FOREIGN KEY/);
        const stored = (
          await db.kysely
            .selectFrom('petitioner')
            .select('full_name')
            .where('full_name', 'like', 'gc-%')
            .orderBy('full_name')
            .execute()
        ).map((p) => p.full_name);
        expect(stored).toEqual(['gc-a', 'gc-b', 'gc-c']);
      },
    );
});
