// Search at scale: the app's search (searchMatterIds: FTS5 over the folded shadow column, joined
// to matters and units for the caller's scope and filters, newest 20) against a raw FTS5 query
// on the same index, same words, same run. The corpus is generated from the demo petitions with
// varied places, names and numbers, inserted with the real migration (triggers fill FTS5).
// Scale: SCALE env, default 400,000 matters (built in about a minute here, so the run stays
// under two minutes); SCALE=1000000 for the target (about three minutes).
// Run: npm run bench search (or: node scripts/ensure-build.mjs && node bench/search.bench.mjs)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { demoOpinions, foldVietnamese } from '../packages/core/dist/index.js';
import { openSqlite } from '../packages/server/dist/db/open-database.js';
import { migrateToLatest } from '../packages/server/dist/db/migrate.js';
import { searchMatterIds, ftsMatch } from '../packages/server/dist/opinion/opinion.search.js';
import { report } from './lib.mjs';

const SCALE = Number(process.env.SCALE ?? 400_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'doithoai-search-'));
const db = openSqlite(path.join(dir, 'search.sqlite'));
await migrateToLatest(db);
const raw = db.sqlite;
raw.pragma('synchronous = OFF'); // building the corpus only; the queries do not write

const t0 = performance.now();
const now = new Date().toISOString();
raw.prepare("insert into unit values ('xa', null, 'x', 'x', 'Xã', 'xa', '/xa/', 0, null, ?, ?)").run(now, now);
const villages = ['Giang Hà', 'Thanh Tiến', 'Trung Thủy', 'Đồng Lạc', 'Khe Bá', 'Quyết Tiến', 'Đông Hà', 'Bình Minh'];
villages.forEach((v, i) => raw.prepare('insert into unit values (?, ?, ?, ?, ?, ?, ?, 1, null, ?, ?)').run(`v${i}`, 'xa', `v${i}`, `v${i}`, `Thôn ${v}`, 'thon', `/xa/v${i}/`, now, now));
const names = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung', 'Hoàng Văn Đức', 'Đặng Thị Hoa', 'Võ Văn Hùng', 'Đinh Thị Lan'];
const insert = raw.prepare(`insert into matter (id, unit_id, village_id, content, field, suggestions, state, source, received_on, search_folded, version, created_at, updated_at)
  values (?, 'xa', ?, ?, ?, '[]', ?, 'mttq', '2026-03-01', ?, 0, ?, ?)`);
const states = ['received', 'classified', 'assigned', 'closed'];
let seed = 7;
// The high bits: the low bits of this generator cycle with a short period (v3 was never drawn).
const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return (seed >>> 12) % n; };
const build = raw.transaction((from, to) => {
  for (let i = from; i < to; i++) {
    const o = demoOpinions[rnd(demoOpinions.length)];
    const v = rnd(villages.length);
    const content = `${o.text} Thôn ${villages[v]}, hộ số ${rnd(500)}.`;
    insert.run(`m${i}`, `v${v}`, content, o.field, states[rnd(4)], foldVietnamese(`${content} ${names[rnd(names.length)]}`), now, now);
  }
});
for (let i = 0; i < SCALE; i += 20_000) build(i, Math.min(SCALE, i + 20_000));
const buildSeconds = (performance.now() - t0) / 1000;
process.stderr.write(`search bench: ${SCALE} matters built in ${buildSeconds.toFixed(0)} s\n`);

const queries = ['duong lien thon', 'so do', 'rac thai', 'Đồng Lạc', 'trom cap', 'nuoc sach', 'dinh thi lan', 'kenh muong noi dong', 'tram y te', 'khai thac ca'];
const scope = { read: ['/xa/'], assigned: [], personIds: [] };
const rawQuery = raw.prepare('select rowid from matter_fts where matter_fts match ? order by rowid desc limit 20');
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * p))]; };

const app = [], base = [];
const byQuery = new Map();
const perQuery = (q) => byQuery.get(q) ?? byQuery.set(q, { app: [], raw: [], filtered: [] }).get(q);
for (let round = 0; round < 5; round++) {
  for (const q of queries) {
    let t = performance.now();
    await searchMatterIds(db.kysely, 'sqlite', scope, { q }, 20, 0);
    app.push(performance.now() - t);
    perQuery(q).app.push(app.at(-1));
    t = performance.now();
    rawQuery.all(ftsMatch(foldVietnamese(q).split(' ')));
    base.push(performance.now() - t);
    perQuery(q).raw.push(base.at(-1));
  }
}
// A filtered search (a field and a village) and the unfiltered newest list, for the record.
const filtered = [];
for (let round = 0; round < 5; round++) for (const q of queries) {
  const t = performance.now();
  await searchMatterIds(db.kysely, 'sqlite', scope, { q, field: 'tai-nguyen', villageId: 'v3' }, 20, 0);
  filtered.push(performance.now() - t);
  perQuery(q).filtered.push(filtered.at(-1));
}
// Which words are slow (to stderr: the BENCH lines stay the summary).
for (const [q, t] of byQuery) process.stderr.write(`  ${q.padEnd(22)} app ${pct(t.app, 0.5).toFixed(1)} ms, raw ${pct(t.raw, 0.5).toFixed(1)} ms, filtered ${pct(t.filtered, 0.5).toFixed(1)} ms (medians)\n`);
report({ name: `search p50 at ${SCALE} matters (SQLite FTS5, scope + newest 20)`, figure: pct(app, 0.5), unit: 'ms', baseline: pct(base, 0.5), baselineName: 'raw FTS5 match, newest 20' });
report({ name: `search p95 at ${SCALE} matters`, figure: pct(app, 0.95), unit: 'ms', baseline: pct(base, 0.95), baselineName: 'raw FTS5 match, newest 20' });
report({ name: `search p95 with field + village filters at ${SCALE}`, figure: pct(filtered, 0.95), unit: 'ms', baseline: pct(base, 0.95), baselineName: 'raw FTS5 match, newest 20' });
await db.close();
fs.rmSync(dir, { recursive: true, force: true });
