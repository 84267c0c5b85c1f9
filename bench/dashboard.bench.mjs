// Dashboards at province scale (issue 9): a generated province (3,321 communes, 1,000,000
// matters by default; SCALE and COMMUNES env to change) on SQLite and on PostgreSQL (when one
// answers at 127.0.0.1:5432 or DATABASE_URL_BENCH), then p50/p95 of
//   - a commune's dashboard (unitDashboard: counts, on-time answers, trend, overdue, timeline),
//   - the province's own dashboard (every commune's figures summed),
//   - the oversight table of the whole province (3,321 rows) and of one district (computed on
//     every call: nothing is kept between requests),
//   - the daily reminder job of one commune,
// each against a same-run baseline: a trivial indexed lookup (one unit by primary key); then the
// dashboard and the province's table over real HTTP from `doithoai serve` on 127.0.0.1 to a
// signed-in province official (session lookup, JSON and all) — a sorted page of 100 as the staff
// app asks, and the whole 3,321 rows as the API gives them — against GET /api/me.
// The query plans the figures rely on go to stderr (copied into docs/PERFORMANCE.md).
// Data lives in a temp dir / a scratch PostgreSQL database, dropped at the end; with REUSE=1 it is
// kept (os.tmpdir()/doithoai-province-<scale>-<communes>/, database
// doithoai_province_<scale>_<communes>) and the next run migrates it to the latest schema and
// measures again without generating (generation is one transaction: the province unit present
// means the data is whole).
// Run: node scripts/ensure-build.mjs && node bench/dashboard.bench.mjs   (ONLY=sqlite|postgres)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openPostgres, openSqlite, sqliteFile } from '../packages/server/dist/db/open-database.js';
import { migrateToLatest } from '../packages/server/dist/db/migrate.js';
import { generateProvince } from '../packages/server/dist/demo/province-scale.js';
import { unitDashboard } from '../packages/server/dist/dashboard/unit-dashboard.js';
import { oversightTable } from '../packages/server/dist/dashboard/oversight.js';
import { runDailyReminders } from '../packages/server/dist/notify/reminder-digest.js';
import { postgresAnswers, report } from './lib.mjs';
import { withServedApp } from './served-app.mjs';

const SCALE = Number(process.env.SCALE ?? 1_000_000);
const COMMUNES = Number(process.env.COMMUNES ?? 3321);
const ONLY = process.env.ONLY;
const REUSE = process.env.REUSE === '1';
const pgAdmin = process.env.DATABASE_URL_BENCH ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))];
};
const log = (line) => process.stderr.write(`${line}\n`);
const actor = { userId: 'bench', grants: [{ role: 'admin', unitId: 'p0', unitPath: '/p0/' }] };

const pgAnswers = () => postgresAnswers(pgAdmin);

const plans = {
  oversightSummary: (today) =>
    `select unit_path, sum(total), sum(on_time), sum(late), sum(case when due_date < '${today}' then open else 0 end), sum(escalated) from report_answer_summary where due_date >= '${today.slice(0, 4)}-01-01' and due_date <= '${today.slice(0, 4)}-12-31' and unit_path like '/p0/%' group by unit_path`,
  oversightEscalations: (today) =>
    `select unit_id, state, count(*) from escalation where sent_on >= '${today.slice(0, 4)}-01-01' and sent_on <= '${today.slice(0, 4)}-12-31' group by unit_id, state`,
  oversightSessions: (today) =>
    `select unit_id, round, held_by, date, notice_date, held_on, conclusion_date from dialogue_session where date >= '${today.slice(0, 4)}-01-01' and date <= '${today.slice(0, 4)}-12-31'`,
  communeMatters: (today) =>
    `select field, source, village_id, state from matter where unit_id = 'c1234' and received_on >= '${today.slice(0, 4)}-01-01' and received_on <= '${today.slice(0, 4)}-12-31' and state <> 'merged'`,
  roundFacts: () =>
    `select due_date, answered_on, escalated_on from report_answer_fact where session_id = 's1234-2026-1'`,
  communeFacts: (today) =>
    `select due_date, answered_on, escalated_on from report_answer_fact where unit_id = 'c1234' and due_date >= '${Number(today.slice(0, 4)) - 1}-01-01' and due_date <= '${today.slice(0, 4)}-12-31'`,
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

// The same answers as a user gets them: the real server (`doithoai serve`, its own process, as in
// service) on 127.0.0.1 over the benchmark's database, a province official signed in through the
// real sign-in, keep-alive fetches from this process; the baseline is GET /api/me (the same
// session lookup, a tiny answer).
async function overHttp(db, name, env) {
  await withServedApp(
    db,
    env,
    { username: 'tinh.bench', name: 'Cán bộ tỉnh (bench)', role: 'oversight', unitId: 'p0' },
    async ({ base, cookie }) => {
      const get = async (url) => {
        const t = performance.now();
        const res = await fetch(`${base}${url}`, { headers: { cookie } });
        const body = await res.arrayBuffer();
        if (res.status !== 200)
          throw new Error(`${url}: ${res.status} ${Buffer.from(body).toString().slice(0, 200)}`);
        return { ms: performance.now() - t, bytes: body.byteLength };
      };
      // What the staff app asks (OversightPage: sorted by a column, 100 rows a page) and the whole
      // table as the API gives it without offset/limit (3,321 rows).
      const sorts = ['answersOverdue', 'name', 'held', 'answersLate'];
      const pageUrl = (i) =>
        `/api/units/p0/oversight?sort=${sorts[i % sorts.length]}&dir=${i % 2 ? 'asc' : 'desc'}&offset=${(i % 3) * 100}&limit=100`;
      // Warm-up: a fresh server's first ~20 requests run before the JIT has compiled the hot code
      // (~1.5× slower, printed below); the figures are for a server that has been running.
      const cold = [];
      for (let i = 0; i < 20; i++) {
        await get('/api/me');
        await get('/api/units/c1/dashboard');
        cold.push((await get(pageUrl(i))).ms);
        if (i % 4 === 0) await get('/api/units/p0/oversight');
      }
      log(`HTTP: the first 20 pages of a fresh server: p50 ${pct(cold, 0.5).toFixed(1)} ms`);
      const me = [],
        page = [],
        whole = [],
        commune = [];
      let pageBytes = 0,
        wholeBytes = 0;
      for (let i = 0; i < 80; i++) {
        me.push((await get('/api/me')).ms);
        const p = await get(pageUrl(i));
        page.push(p.ms);
        pageBytes = p.bytes;
        commune.push((await get(`/api/units/c${(i * 97) % COMMUNES}/dashboard`)).ms);
        if (i % 2 === 0) {
          const w = await get('/api/units/p0/oversight');
          whole.push(w.ms);
          wholeBytes = w.bytes;
        }
      }
      const b50 = pct(me, 0.5),
        b95 = pct(me, 0.95);
      log(
        `HTTP: the province's oversight page is ${(pageBytes / 1024).toFixed(0)} KB of JSON, the whole table ${(wholeBytes / 1024).toFixed(0)} KB`,
      );
      report({
        name: `HTTP commune dashboard p50 (${name})`,
        figure: pct(commune, 0.5),
        unit: 'ms',
        baseline: b50,
        baselineName: 'GET /api/me',
      });
      report({
        name: `HTTP commune dashboard p95 (${name})`,
        figure: pct(commune, 0.95),
        unit: 'ms',
        baseline: b95,
        baselineName: 'GET /api/me',
      });
      report({
        name: `HTTP oversight, province, a sorted page of 100 p50 (${name})`,
        figure: pct(page, 0.5),
        unit: 'ms',
        baseline: b50,
        baselineName: 'GET /api/me',
      });
      report({
        name: `HTTP oversight, province, a sorted page of 100 p95 (${name})`,
        figure: pct(page, 0.95),
        unit: 'ms',
        baseline: b95,
        baselineName: 'GET /api/me',
      });
      report({
        name: `HTTP oversight, province, whole table (3,321 rows) p50 (${name})`,
        figure: pct(whole, 0.5),
        unit: 'ms',
        baseline: b50,
        baselineName: 'GET /api/me',
      });
      report({
        name: `HTTP oversight, province, whole table (3,321 rows) p95 (${name})`,
        figure: pct(whole, 0.95),
        unit: 'ms',
        baseline: b95,
        baselineName: 'GET /api/me',
      });
    },
  );
}

async function measure(db, label, env) {
  const t0 = performance.now();
  const kept =
    REUSE &&
    (await db.kysely.selectFrom('unit').select('id').where('id', '=', 'p0').executeTakeFirst());
  const made = kept
    ? null
    : await generateProvince(db, {
        communes: COMMUNES,
        matters: SCALE,
        log: (l) => log(`  ${label} ${l}`),
      });
  if (made)
    log(
      `${label}: generated ${made.matters} matters, ${made.items} follow-up items, ${made.sessions} sessions, ${made.escalations} escalations across ${made.communes} communes in ${made.seconds.toFixed(0)} s`,
    );
  else log(`${label}: reusing the province kept by an earlier REUSE=1 run`);
  // VACUUM as autovacuum would have by the time a province has been in service: right after one
  // bulk transaction the summary's upserts leave dead row versions and no visibility map, so
  // PostgreSQL could not answer from its covering indexes.
  if (db.dialect === 'postgres') await db.pgPool.query('vacuum analyze');
  else db.sqlite.exec('analyze');
  log(`${label}: ready after ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
  await explain(db, today);
  const deps = { db };
  const base = [],
    commune = [],
    province = [],
    provinceDashboard = [],
    district = [];
  let seed = 11;
  const rnd = (n) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return (seed >>> 12) % n;
  };
  // Warm-up (statement caches, pages in memory, the JIT), then interleaved rounds.
  for (let i = 0; i < 10; i++) {
    await unitDashboard(deps, actor, `c${i}`, {});
    await oversightTable(deps, actor, 'p0', {});
  }
  for (let round = 0; round < 80; round++) {
    let t = performance.now();
    await db.kysely
      .selectFrom('unit')
      .select(['id', 'name'])
      .where('id', '=', `c${rnd(COMMUNES)}`)
      .executeTakeFirst();
    base.push(performance.now() - t);
    t = performance.now();
    await unitDashboard(deps, actor, `c${rnd(COMMUNES)}`, {});
    commune.push(performance.now() - t);
    t = performance.now();
    const o = await oversightTable(deps, actor, 'p0', {});
    province.push(performance.now() - t);
    if (o.rows.length !== COMMUNES)
      throw new Error(`oversight rows ${o.rows.length} ≠ ${COMMUNES}`);
    t = performance.now();
    await oversightTable(deps, actor, `d${rnd(13)}`, {});
    district.push(performance.now() - t);
    if (round % 4 === 0) {
      // The province's own dashboard: every commune's figures summed (its matters, answers, trend).
      t = performance.now();
      await unitDashboard(deps, actor, 'p0', {});
      provinceDashboard.push(performance.now() - t);
    }
  }
  // What the server does for each commune every morning (notify/reminder-digest.ts): on SQLite
  // it holds the only thread while it runs, so it must stay small per commune.
  const reminders = [];
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    await runDailyReminders(db, `c${rnd(COMMUNES)}`, new Date());
    reminders.push(performance.now() - t);
  }
  const b50 = pct(base, 0.5),
    b95 = pct(base, 0.95);
  const name = `${label}, ${SCALE} matters / ${COMMUNES} communes`;
  report({
    name: `commune dashboard p50 (${name})`,
    figure: pct(commune, 0.5),
    unit: 'ms',
    baseline: b50,
    baselineName: 'one unit by primary key',
  });
  report({
    name: `commune dashboard p95 (${name})`,
    figure: pct(commune, 0.95),
    unit: 'ms',
    baseline: b95,
    baselineName: 'one unit by primary key',
  });
  report({
    name: `oversight, whole province p50 (${name})`,
    figure: pct(province, 0.5),
    unit: 'ms',
    baseline: b50,
    baselineName: 'one unit by primary key',
  });
  report({
    name: `oversight, whole province p95 (${name})`,
    figure: pct(province, 0.95),
    unit: 'ms',
    baseline: b95,
    baselineName: 'one unit by primary key',
  });
  report({
    name: `province's own dashboard, its communes summed p50 (${name})`,
    figure: pct(provinceDashboard, 0.5),
    unit: 'ms',
    baseline: b50,
    baselineName: 'one unit by primary key',
  });
  report({
    name: `province's own dashboard, its communes summed p95 (${name})`,
    figure: pct(provinceDashboard, 0.95),
    unit: 'ms',
    baseline: b95,
    baselineName: 'one unit by primary key',
  });
  report({
    name: `oversight, one district p50 (${name})`,
    figure: pct(district, 0.5),
    unit: 'ms',
    baseline: b50,
    baselineName: 'one unit by primary key',
  });
  report({
    name: `oversight, one district p95 (${name})`,
    figure: pct(district, 0.95),
    unit: 'ms',
    baseline: b95,
    baselineName: 'one unit by primary key',
  });
  report({
    name: `daily reminders of one commune p95 (${name})`,
    figure: pct(reminders, 0.95),
    unit: 'ms',
    baseline: b95,
    baselineName: 'one unit by primary key',
  });
  await overHttp(db, name, env);
  if (made)
    report({
      name: `province generation (${name})`,
      figure: made.seconds,
      unit: 's',
      baseline: null,
      baselineName: null,
    });
}

if (ONLY !== 'postgres') {
  const dir = REUSE
    ? path.join(os.tmpdir(), `doithoai-province-${SCALE}-${COMMUNES}`)
    : fs.mkdtempSync(path.join(os.tmpdir(), 'doithoai-dashboard-'));
  const db = openSqlite(sqliteFile(dir));
  try {
    await migrateToLatest(db);
    db.sqlite.pragma('synchronous = NORMAL');
    await measure(db, 'SQLite', { DATA_DIR: dir, DATABASE_URL: '' });
  } finally {
    await db.close();
    if (!REUSE) fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (ONLY !== 'sqlite') {
  if (!(await pgAnswers())) log('PostgreSQL does not answer: its half is skipped');
  else {
    const name = REUSE ? `doithoai_province_${SCALE}_${COMMUNES}` : `doithoai_bench_${Date.now()}`;
    const admin = new pg.Client({ connectionString: pgAdmin });
    await admin.connect();
    const exists =
      REUSE && (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount;
    if (!exists) await admin.query(`create database ${name}`);
    const url = new URL(pgAdmin);
    url.pathname = `/${name}`;
    const db = openPostgres(url.toString(), 4);
    try {
      await migrateToLatest(db);
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'doithoai-dashboard-pg-'));
      await measure(db, 'PostgreSQL', { DATABASE_URL: url.toString(), DATA_DIR: dataDir }).finally(
        () => fs.rmSync(dataDir, { recursive: true, force: true }),
      );
    } finally {
      await db.close();
      if (!REUSE) await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  }
}
