// Search at scale: the app's search (searchMatterIds: FTS5 over the folded shadow column with the
// filters as tokens, joined to matters and units for the caller's scope and filters, newest 20)
// against a raw FTS5 query on the same index, same words, same run; the filtered search against
// the raw query with the same filter tokens. The corpus is generated from the demo petitions with
// varied places, names and numbers, inserted with the real migrations (triggers fill FTS5).
// The same on PostgreSQL: the app's search (GIN over matter_search's stored tsvector) against the
// raw tsvector query, same corpus, same run. A corpus kept from before migration 0015 is migrated
// on the next run (the time is printed).
// Scale: SCALE env, default 400,000 matters; SCALE=1000000 for the issue's target (the SQLite
// corpus takes about four minutes to build here, PostgreSQL's about as long; SEARCH_DB keeps the
// SQLite one between runs). PG_SCALE sets PostgreSQL's apart (0: skip it).
// Run: npm run bench search (or: node scripts/ensure-build.mjs && node bench/search.bench.mjs)
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { sql } from 'kysely';
import { demoOpinions, foldVietnamese } from '../packages/core/dist/index.js';
import { openPostgres, openSqlite } from '../packages/server/dist/db/open-database.js';
import { migrateToLatest } from '../packages/server/dist/db/migrate.js';
import {
  searchMatterIds,
  ftsFilteredMatch,
  tsFilterQuery,
  tsQuery,
} from '../packages/server/dist/opinion/opinion-search.repository.js';
import { report } from './lib.mjs';

const SCALE = Number(process.env.SCALE ?? 400_000);
const PG_SCALE = Number(process.env.PG_SCALE ?? SCALE);
const now = new Date().toISOString();
const villages = [
  'Giang Hà',
  'Thanh Tiến',
  'Trung Thủy',
  'Đồng Lạc',
  'Khe Bá',
  'Quyết Tiến',
  'Đông Hà',
  'Bình Minh',
];
const names = [
  'Nguyễn Văn An',
  'Trần Thị Bình',
  'Lê Văn Cường',
  'Phạm Thị Dung',
  'Hoàng Văn Đức',
  'Đặng Thị Hoa',
  'Võ Văn Hùng',
  'Đinh Thị Lan',
];
const states = ['received', 'classified', 'assigned', 'closed'];
/** The corpus, the same on both databases: demo petitions with varied places, names and numbers. */
function corpus() {
  let seed = 7;
  // The high bits: the low bits of this generator cycle with a short period (v3 was never drawn).
  const rnd = (n) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return (seed >>> 12) % n;
  };
  return (i) => {
    const o = demoOpinions[rnd(demoOpinions.length)];
    const v = rnd(villages.length);
    const content = `${o.text} Thôn ${villages[v]}, hộ số ${rnd(500)}.`;
    return [
      `m${i}`,
      `v${v}`,
      content,
      o.field,
      states[rnd(4)],
      foldVietnamese(`${content} ${names[rnd(names.length)]}`),
    ];
  };
}
const queries = [
  'duong lien thon',
  'so do',
  'rac thai',
  'Đồng Lạc',
  'trom cap',
  'nuoc sach',
  'dinh thi lan',
  'kenh muong noi dong',
  'tram y te',
  'khai thac ca',
];
const scope = { read: ['/xa/'], assigned: [], personIds: [] };
const filter = { field: 'tai-nguyen', villageId: 'v3' };
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))];
};

/** App search (plain and filtered) against the raw text query, interleaved, 5 rounds. */
async function measure(label, scale, app, raw) {
  const times = { app: [], raw: [], filtered: [], rawFiltered: [] };
  const byQuery = new Map();
  const perQuery = (q) =>
    byQuery.get(q) ?? byQuery.set(q, { app: [], raw: [], filtered: [], rawFiltered: [] }).get(q);
  const time = async (kind, q, fn) => {
    const t = performance.now();
    await fn();
    const ms = performance.now() - t;
    times[kind].push(ms);
    perQuery(q)[kind].push(ms);
  };
  for (const q of queries) {
    await app(q, {});
    await app(q, filter);
    await raw(q, {});
    await raw(q, filter);
  } // warm the caches once
  for (let round = 0; round < 5; round++) {
    for (const q of queries) {
      await time('app', q, () => app(q, {}));
      await time('raw', q, () => raw(q, {}));
      await time('filtered', q, () => app(q, filter));
      await time('rawFiltered', q, () => raw(q, filter));
    }
  }
  // Which words are slow (to stderr: the BENCH lines stay the summary).
  for (const [q, t] of byQuery)
    process.stderr.write(
      `  ${label} ${q.padEnd(22)} app ${pct(t.app, 0.5).toFixed(1)} ms, raw ${pct(t.raw, 0.5).toFixed(1)} ms, filtered ${pct(t.filtered, 0.5).toFixed(1)} ms, raw filtered ${pct(t.rawFiltered, 0.5).toFixed(1)} ms (medians)\n`,
    );
  const rawName =
    label === 'SQLite' ? 'raw FTS5 match, newest 20' : 'raw tsvector @@ tsquery (GIN), newest 20';
  report({
    name: `search p50 at ${scale} matters (${label}, scope + newest 20)`,
    figure: pct(times.app, 0.5),
    unit: 'ms',
    baseline: pct(times.raw, 0.5),
    baselineName: rawName,
  });
  report({
    name: `search p95 at ${scale} matters (${label})`,
    figure: pct(times.app, 0.95),
    unit: 'ms',
    baseline: pct(times.raw, 0.95),
    baselineName: rawName,
  });
  report({
    name: `search p95 with field + village filters at ${scale} (${label})`,
    figure: pct(times.filtered, 0.95),
    unit: 'ms',
    baseline: pct(times.rawFiltered, 0.95),
    baselineName: `${rawName}, same filter tokens`,
  });
}

// ── SQLite ─────────────────────────────────────────────────────────────────────────────────────
// SEARCH_DB=/path/corpus.sqlite keeps the corpus for the next run (built once, reused while it
// holds SCALE matters); without it, a scratch file is removed at the end.
{
  const keep = process.env.SEARCH_DB;
  const dir = keep ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'doithoai-search-'));
  const file = keep ?? path.join(dir, 'search.sqlite');
  const reuse = keep && fs.existsSync(keep);
  const db = openSqlite(file);
  const m0 = performance.now();
  const applied = await migrateToLatest(db);
  if (applied.length && fs.existsSync(file) && reuse)
    process.stderr.write(
      `search bench: SQLite corpus migrated (${applied.join(', ')}) in ${((performance.now() - m0) / 1000).toFixed(0)} s\n`,
    );
  const raw = db.sqlite;
  const have = Number(raw.prepare('select count(*) as n from matter').get().n);
  if (!reuse || have !== SCALE) {
    if (have)
      throw new Error(
        `${file} holds ${have} matters, not ${SCALE}: remove it or set SCALE=${have}`,
      );
    raw.pragma('synchronous = OFF'); // building the corpus only; the queries do not write
    const t0 = performance.now();
    raw
      .prepare("insert into unit values ('xa', null, 'x', 'x', 'Xã', 'xa', '/xa/', 0, null, ?, ?)")
      .run(now, now);
    villages.forEach((v, i) =>
      raw
        .prepare('insert into unit values (?, ?, ?, ?, ?, ?, ?, 1, null, ?, ?)')
        .run(`v${i}`, 'xa', `v${i}`, `v${i}`, `Thôn ${v}`, 'thon', `/xa/v${i}/`, now, now),
    );
    const insert =
      raw.prepare(`insert into matter (id, unit_id, village_id, content, field, suggestions, state, source, received_on, search_folded, version, created_at, updated_at)
      values (?, 'xa', ?, ?, ?, '[]', ?, 'mttq', '2026-03-01', ?, 0, ?, ?)`);
    const next = corpus();
    const build = raw.transaction((from, to) => {
      for (let i = from; i < to; i++) insert.run(...next(i), now, now);
    });
    for (let i = 0; i < SCALE; i += 20_000) build(i, Math.min(SCALE, i + 20_000));
    raw.exec('analyze');
    process.stderr.write(
      `search bench: ${SCALE} matters built in SQLite in ${((performance.now() - t0) / 1000).toFixed(0)} s\n`,
    );
  }
  const rawQuery = raw.prepare(
    'select rowid from matter_fts where matter_fts match ? order by rowid desc limit 20',
  );
  await measure(
    'SQLite',
    SCALE,
    (q, f) => searchMatterIds(db.kysely, 'sqlite', scope, { q, ...f }, 20, 0),
    (q, f) => rawQuery.all(ftsFilteredMatch(foldVietnamese(q).split(' '), f)),
  );
  await db.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}

// ── PostgreSQL ─────────────────────────────────────────────────────────────────────────────────
// The same corpus in a scratch database on the server at DATABASE_URL_BENCH (default
// postgres://postgres@127.0.0.1:5432/postgres), dropped at the end. PG_SCALE=0 skips it.
// SEARCH_PG_DB=<name> keeps that database for the next run (built once, reused while it holds
// PG_SCALE matters).
const adminUrl = process.env.DATABASE_URL_BENCH ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const answers = await new Promise((resolve) => {
  const u = new URL(adminUrl);
  const socket = net.connect({ host: u.hostname, port: Number(u.port || 5432) });
  socket.setTimeout(1000);
  socket.once('connect', () => {
    socket.destroy();
    resolve(true);
  });
  socket.once('error', () => resolve(false));
  socket.once('timeout', () => {
    socket.destroy();
    resolve(false);
  });
});
if (PG_SCALE > 0 && !answers)
  process.stderr.write(
    `search bench: PostgreSQL skipped, nothing answers at ${new URL(adminUrl).host}\n`,
  );
if (PG_SCALE > 0 && answers) {
  const keep = process.env.SEARCH_PG_DB;
  if (keep && !/^[a-z_][a-z0-9_]*$/.test(keep))
    throw new Error('SEARCH_PG_DB: letters, digits and _ only');
  const name = keep ?? `doithoai_bench_search_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const exists =
    (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount > 0;
  if (!exists) await admin.query(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = openPostgres(url.toString(), 2);
  try {
    const m0 = performance.now();
    const applied = await migrateToLatest(db);
    if (applied.length && exists)
      process.stderr.write(
        `search bench: PostgreSQL corpus migrated (${applied.join(', ')}) in ${((performance.now() - m0) / 1000).toFixed(0)} s\n`,
      );
    const have = Number((await sql`select count(*) as n from matter`.execute(db.kysely)).rows[0].n);
    if (have !== 0 && have !== PG_SCALE)
      throw new Error(`${name} holds ${have} matters, not ${PG_SCALE}`);
    const t0 = performance.now();
    if (have === 0) {
      await sql`insert into unit values ('xa', null, 'x', 'x', 'Xã', 'xa', '/xa/', 0, null, ${now}, ${now})`.execute(
        db.kysely,
      );
      for (const [i, v] of villages.entries())
        await sql`insert into unit values (${`v${i}`}, 'xa', ${`v${i}`}, ${`v${i}`}, ${`Thôn ${v}`}, 'thon', ${`/xa/v${i}/`}, 1, null, ${now}, ${now})`.execute(
          db.kysely,
        );
      // Loaded without the text index, which is then built once (as a restore would).
      await sql`drop index matter_search_vector_idx`.execute(db.kysely);
      const next = corpus();
      for (let i = 0; i < PG_SCALE; i += 10_000) {
        const cols = [[], [], [], [], [], []];
        for (let j = i; j < Math.min(PG_SCALE, i + 10_000); j++)
          next(j).forEach((v, k) => cols[k].push(v));
        await sql`insert into matter (id, unit_id, village_id, content, field, suggestions, state, source, received_on, search_folded, version, created_at, updated_at)
          select id, 'xa', v, c, f, '[]', s, 'mttq', '2026-03-01', sf, 0, ${now}, ${now}
          from unnest(${cols[0]}::text[], ${cols[1]}::text[], ${cols[2]}::text[], ${cols[3]}::text[], ${cols[4]}::text[], ${cols[5]}::text[]) as t(id, v, c, f, s, sf)`.execute(
          db.kysely,
        );
      }
      await sql`create index matter_search_vector_idx on matter_search using gin (vector)`.execute(
        db.kysely,
      );
      await sql`analyze`.execute(db.kysely);
      process.stderr.write(
        `search bench: ${PG_SCALE} matters built in PostgreSQL in ${((performance.now() - t0) / 1000).toFixed(0)} s\n`,
      );
    }
    await measure(
      'PostgreSQL',
      PG_SCALE,
      (q, f) => searchMatterIds(db.kysely, 'postgres', scope, { q, ...f }, 20, 0),
      (q, f) => {
        const filters = tsFilterQuery(f);
        const text = sql`to_tsquery('simple', ${tsQuery(foldVietnamese(q).split(' '))})`;
        return sql`select seq from matter_search where vector @@ ${filters === null ? text : sql`(${text} && ${filters}::tsquery)`} order by seq desc limit 20`.execute(
          db.kysely,
        );
      },
    );
  } finally {
    await db.close();
    if (!keep) await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}
