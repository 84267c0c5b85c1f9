// Dashboards at province scale (issue 9): a generated province (3,321 communes, 1,000,000
// matters by default; SCALE and COMMUNES env to change) on SQLite and on PostgreSQL (when one
// answers at 127.0.0.1:5432 or DATABASE_URL_BENCH), then p50/p95 of
//   - a commune's dashboard (unitDashboard: counts, on-time answers, trend, overdue, timeline),
//   - the oversight table of the whole province (3,321 rows) and of one district, computed
//     (cacheMs: 0) and as served (the result kept up to 60 s, see dashboard/oversight.ts),
// each against a same-run baseline: a trivial indexed lookup (one unit by primary key).
// The query plans the figures rely on go to stderr (copied into docs/PERFORMANCE.md).
// Data lives in a temp dir / a scratch PostgreSQL database, dropped at the end.
// Run: node scripts/ensure-build.mjs && node bench/dashboard.bench.mjs   (ONLY=sqlite|postgres)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import pg from 'pg';
import { openPostgres, openSqlite } from '../packages/server/dist/db/open-database.js';
import { migrateToLatest } from '../packages/server/dist/db/migrate.js';
import { generateProvince } from '../packages/server/dist/demo/province-scale.js';
import { unitDashboard } from '../packages/server/dist/dashboard/unit-dashboard.js';
import { oversightTable } from '../packages/server/dist/dashboard/oversight.js';
import { report } from './lib.mjs';

const SCALE = Number(process.env.SCALE ?? 1_000_000);
const COMMUNES = Number(process.env.COMMUNES ?? 3321);
const ONLY = process.env.ONLY;
const pgAdmin = process.env.DATABASE_URL_BENCH ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * p))]; };
const log = (line) => process.stderr.write(`${line}\n`);
const actor = { userId: 'bench', grants: [{ role: 'admin', unitId: 'p0', unitPath: '/p0/' }] };

async function pgAnswers() {
  const u = new URL(pgAdmin);
  return new Promise((resolve) => {
    const s = net.connect({ host: u.hostname, port: Number(u.port || 5432) });
    s.setTimeout(1000);
    s.once('connect', () => { s.destroy(); resolve(true); });
    s.once('error', () => resolve(false));
    s.once('timeout', () => { s.destroy(); resolve(false); });
  });
}

const plans = {
  oversightFacts: (today) => `select unit_path, count(*), sum(case when answered_on is not null and answered_on <= due_date then 1 else 0 end), sum(case when answered_on > due_date then 1 else 0 end), sum(case when answered_on is null and escalated_on is null and due_date < '${today}' then 1 else 0 end), sum(case when answered_on is null and escalated_on is not null then 1 else 0 end) from report_answer_fact where due_date >= '${today.slice(0, 4)}-01-01' and due_date <= '${today.slice(0, 4)}-12-31' and unit_path like '/p0/%' group by unit_path`,
  oversightSessions: (today) => `select unit_id, round, held_by, date, notice_date, held_on, conclusion_date from dialogue_session where date >= '${today.slice(0, 4)}-01-01' and date <= '${today.slice(0, 4)}-12-31'`,
  communeMatters: (today) => `select field, source, village_id, state from matter where unit_id = 'c1234' and received_on >= '${today.slice(0, 4)}-01-01' and received_on <= '${today.slice(0, 4)}-12-31' and state <> 'merged'`,
  roundFacts: () => `select due_date, answered_on, escalated_on from report_answer_fact where session_id = 's1234-2026-1'`,
  communeFacts: (today) => `select due_date, answered_on, escalated_on from report_answer_fact where unit_id = 'c1234' and due_date >= '${Number(today.slice(0, 4)) - 1}-01-01' and due_date <= '${today.slice(0, 4)}-12-31'`,
};

async function explain(db, today) {
  for (const [name, make] of Object.entries(plans)) {
    const text = make(today);
    if (db.dialect === 'sqlite') {
      const rows = db.sqlite.prepare(`explain query plan ${text}`).all();
      log(`PLAN sqlite ${name}:\n${rows.map((r) => `  ${r.detail}`).join('\n')}`);
    } else {
      const r = await db.pgPool.query(`explain ${text}`);
      log(`PLAN postgres ${name}:\n${r.rows.map((x) => `  ${x['QUERY PLAN']}`).join('\n')}`);
    }
  }
}

async function measure(db, label) {
  const t0 = performance.now();
  const made = await generateProvince(db, { communes: COMMUNES, matters: SCALE, log: (l) => log(`  ${label} ${l}`) });
  log(`${label}: generated ${made.matters} matters, ${made.items} follow-up items, ${made.sessions} sessions, ${made.escalations} escalations across ${made.communes} communes in ${made.seconds.toFixed(0)} s`);
  if (db.dialect === 'postgres') await db.pgPool.query('analyze');
  else db.sqlite.exec('analyze');
  log(`${label}: ready after ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
  await explain(db, today);
  const deps = { db };
  const base = [], commune = [], province = [], district = [], served = [];
  let seed = 11;
  const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return (seed >>> 12) % n; };
  // Warm-up (statement caches, pages in memory), then interleaved rounds.
  await unitDashboard(deps, actor, 'c1', {});
  await oversightTable(deps, actor, 'p0', {});
  for (let round = 0; round < 40; round++) {
    let t = performance.now();
    await db.kysely.selectFrom('unit').select(['id', 'name']).where('id', '=', `c${rnd(COMMUNES)}`).executeTakeFirst();
    base.push(performance.now() - t);
    t = performance.now();
    await unitDashboard(deps, actor, `c${rnd(COMMUNES)}`, {});
    commune.push(performance.now() - t);
    if (round % 2 === 0) {
      t = performance.now();
      const o = await oversightTable({ db, cacheMs: 0 }, actor, 'p0', {});
      province.push(performance.now() - t);
      t = performance.now();
      await oversightTable(deps, actor, 'p0', {});
      served.push(performance.now() - t);
      if (o.rows.length !== COMMUNES) throw new Error(`oversight rows ${o.rows.length} ≠ ${COMMUNES}`);
    }
    t = performance.now();
    await oversightTable({ db, cacheMs: 0 }, actor, `d${rnd(13)}`, {});
    district.push(performance.now() - t);
  }
  const b50 = pct(base, 0.5), b95 = pct(base, 0.95);
  const name = `${label}, ${SCALE} matters / ${COMMUNES} communes`;
  report({ name: `commune dashboard p50 (${name})`, figure: pct(commune, 0.5), unit: 'ms', baseline: b50, baselineName: 'one unit by primary key' });
  report({ name: `commune dashboard p95 (${name})`, figure: pct(commune, 0.95), unit: 'ms', baseline: b95, baselineName: 'one unit by primary key' });
  report({ name: `oversight, whole province p50 (${name})`, figure: pct(province, 0.5), unit: 'ms', baseline: b50, baselineName: 'one unit by primary key' });
  report({ name: `oversight, whole province p95 (${name})`, figure: pct(province, 0.95), unit: 'ms', baseline: b95, baselineName: 'one unit by primary key' });
  report({ name: `oversight, whole province as served (kept ≤ 60 s) p95 (${name})`, figure: pct(served, 0.95), unit: 'ms', baseline: b95, baselineName: 'one unit by primary key' });
  report({ name: `oversight, one district p50 (${name})`, figure: pct(district, 0.5), unit: 'ms', baseline: b50, baselineName: 'one unit by primary key' });
  report({ name: `oversight, one district p95 (${name})`, figure: pct(district, 0.95), unit: 'ms', baseline: b95, baselineName: 'one unit by primary key' });
  report({ name: `province generation (${name})`, figure: made.seconds, unit: 's', baseline: null, baselineName: null });
}

if (ONLY !== 'postgres') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'doithoai-dashboard-'));
  const db = openSqlite(path.join(dir, 'province.sqlite'));
  try {
    await migrateToLatest(db);
    db.sqlite.pragma('synchronous = NORMAL');
    await measure(db, 'SQLite');
  } finally {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (ONLY !== 'sqlite') {
  if (!(await pgAnswers())) log('PostgreSQL does not answer: its half is skipped');
  else {
    const name = `doithoai_bench_${Date.now()}`;
    const admin = new pg.Client({ connectionString: pgAdmin });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const url = new URL(pgAdmin);
    url.pathname = `/${name}`;
    const db = openPostgres(url.toString(), 4);
    try {
      await migrateToLatest(db);
      await measure(db, 'PostgreSQL');
    } finally {
      await db.close();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  }
}
