// The hash chain's cost: concurrent transactions that each write one row and its audit entry,
// with the real recordAudit (SQLite: head read + sha256 in the writing transaction; PostgreSQL:
// the entry written unsealed while the sealer, audit/seal.ts, runs every 100 ms as the server's
// does every second) against the same transactions inserting an unchained audit row (before 0013).
// PostgreSQL at 127.0.0.1:5432 (skipped if absent) and SQLite (WAL, synchronous=FULL).
// Rounds interleaved, medians compared. Run: node scripts/ensure-build.mjs && node bench/audit.bench.mjs
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { median, report } from './lib.mjs';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const dist = (p) => import(path.join(root, 'packages/server/dist', p));
const { recordAudit } = await dist('audit/audit.js');
const { verifyAuditChain } = await dist('audit/verify-chain.js');
const { sealAuditChain } = await dist('audit/seal.js');
const { openPostgres, openSqlite } = await dist('db/open-database.js');
const { migrateToLatest } = await dist('db/migrate.js');
const { newId, nowIso } = await dist('db/ids.js');

const CONCURRENCY = Number(process.env.CONCURRENCY ?? 16);
const TX = Number(process.env.TX ?? 800);
const ROUNDS = 3;

async function oneRun(db, chained) {
  let next = 0;
  let sealing = Promise.resolve();
  const sealer = chained
    ? setInterval(() => {
        sealing = sealing.then(() => sealAuditChain(db.kysely));
      }, 100)
    : undefined;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < TX) {
        const i = next++;
        await db.kysely.transaction().execute(async (trx) => {
          await trx
            .insertInto('app_setting')
            .values({ key: `bench-${chained}-${i}-${newId()}`, value: 'x' })
            .execute();
          const e = {
            actorUserId: null,
            action: 'bench.write',
            entity: 'app_setting',
            entityId: String(i),
            unitId: null,
            detail: { i },
          };
          if (chained) await recordAudit(trx, e);
          else
            await trx
              .insertInto('audit_event')
              .values({
                id: newId(),
                at: nowIso(),
                actor_user_id: null,
                action: e.action,
                entity: e.entity,
                entity_id: e.entityId,
                unit_id: null,
                reason: null,
                detail: JSON.stringify(e.detail),
              })
              .execute();
        });
      }
    }),
  );
  const rate = TX / ((performance.now() - t0) / 1000);
  clearInterval(sealer);
  await sealing;
  return rate;
}

async function bench(label, db) {
  await migrateToLatest(db);
  const chained = [];
  const plain = [];
  for (let r = 0; r < ROUNDS; r++) {
    plain.push(await oneRun(db, false));
    // Unchained rows would break the chain: clear them before the chained round.
    await db.kysely.deleteFrom('audit_event').where('hash', 'is', null).execute();
    chained.push(await oneRun(db, true));
  }
  const v = await verifyAuditChain(db.kysely);
  if (!v.ok) throw new Error(`${label}: chain broken after the bench`);
  report({
    name: `audit: chained writes/s (${label}, ${CONCURRENCY} concurrent)`,
    figure: median(chained),
    unit: 'tx/s',
    baseline: median(plain),
    baselineName: 'same transactions, unchained audit insert',
    better: 'higher',
  });
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'doithoai-audit-bench-'));
const sqlite = openSqlite(path.join(dir, 'b.sqlite'));
await bench('SQLite', sqlite);
await sqlite.close();
fs.rmSync(dir, { recursive: true, force: true });

const admin = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
try {
  await admin.connect();
  const name = `doithoai_bench_${randomBytes(4).toString('hex')}`;
  await admin.query(`create database ${name}`);
  const db = openPostgres(`postgres://postgres@127.0.0.1:5432/${name}`, CONCURRENCY);
  try {
    await bench('PostgreSQL', db);
  } finally {
    await db.close();
    await admin.query(`drop database if exists ${name} with (force)`);
  }
} catch (e) {
  console.error(`PostgreSQL skipped: ${e.message}`);
} finally {
  await admin.end().catch(() => {});
}
