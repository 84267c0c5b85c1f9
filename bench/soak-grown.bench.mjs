// The soak on a grown commune (issue 17): the soak's traffic (scripts/soak-lib.mjs: lists,
// searches, the dashboard, the worklist, entries, previews, the portal) driven at two real servers
// in the same run: a fresh demo commune, and the same demo with Sơn Giang grown by 50,000 matters
// of ten past years (demo/grow-commune.ts: sessions, conclusion items, answers, escalations).
// After a warm-up of 15 s each (not measured), the two are loaded in turns of 30 s,
// fresh-grown-grown-fresh-…, so a change in the machine's load falls on both alike. Figure: the
// grown commune's requests a second; baseline: the fresh one's. Goal: ≥ 0.8×, no 5xx, memory flat (RSS after each turn).
//   node scripts/ensure-build.mjs && node bench/soak-grown.bench.mjs
//   SOAK_MINUTES=2 (each commune) · SOAK_CLIENTS=8 · GROWN_MATTERS=50000 · SOAK_TURN_SECONDS=30 ·
//   SOAK_WARMUP_SECONDS=15 · SOAK_PORTS=3430,3431 (default: free ports)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openSqlite } from '../packages/server/dist/db/open-database.js';
import { prepareDatabase } from '../packages/server/dist/bootstrap.js';
import { loadConfig } from '../packages/server/dist/config.js';
import { loadDemo } from '../packages/server/dist/demo/load-demo.js';
import { growCommune } from '../packages/server/dist/demo/grow-commune.js';
import {
  driveSoak,
  emptyStats,
  mb,
  pct,
  prepareTraffic,
  startSoakServer,
} from '../scripts/soak-lib.mjs';
import { report, round } from './lib.mjs';

const MINUTES = Number(process.env.SOAK_MINUTES ?? 2);
const CLIENTS = Number(process.env.SOAK_CLIENTS ?? 8);
const GROWN = Number(process.env.GROWN_MATTERS ?? 50_000);
const TURN = Number(process.env.SOAK_TURN_SECONDS ?? 30);
const WARM_UP = Number(process.env.SOAK_WARMUP_SECONDS ?? 15);
const PORTS = (process.env.SOAK_PORTS ?? '').split(',').filter(Boolean).map(Number);

async function prepare(name, grow) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `doithoai-soak-${name}-`));
  const db = openSqlite(path.join(dir, 'doithoai.sqlite'));
  try {
    const deps = await prepareDatabase(db, loadConfig({ DATA_DIR: dir }));
    const t0 = Date.now();
    await loadDemo(db, deps.auth);
    let grown = '';
    if (grow) {
      const g = await growCommune(db, { slug: 'son-giang', matters: grow });
      grown = `, grown by ${g.matters.toLocaleString('en')} matters (${g.sessions} past sessions, ${g.items.toLocaleString('en')} conclusion items)`;
    }
    console.log(`${name}: demo${grown} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  } finally {
    await db.close();
  }
  return dir;
}

const loadAtStart = fs.readFileSync('/proc/loadavg', 'utf8').trim();
console.log(`load average at start: ${loadAtStart}`);
const communes = [
  { name: 'fresh', dir: await prepare('fresh', 0) },
  { name: 'grown', dir: await prepare('grown', GROWN) },
];
const servers = [];
try {
  for (const [i, c] of communes.entries()) {
    c.server = await startSoakServer({ dataDir: c.dir, port: PORTS[i] });
    servers.push(c.server);
    c.traffic = await prepareTraffic(c.server.base);
    c.stats = emptyStats();
    c.seconds = 0;
    c.cpuMs = 0;
    c.rss = [];
    // Each server's first requests (JIT, caches, the day's reminder job at start) are not measured.
    await driveSoak(c.traffic, { seconds: WARM_UP, clients: CLIENTS, isDead: () => c.server.died });
    const m = c.server.readMemory();
    c.rssAtStart = m?.rss;
  }
  // Turns of TURN seconds: fresh, grown, grown, fresh, fresh, grown, … until each has had MINUTES.
  const turns = Math.ceil((MINUTES * 60) / TURN);
  const order = [];
  for (let t = 0; t < turns; t++) order.push(...(t % 2 === 0 ? [0, 1] : [1, 0]));
  console.log(
    `soak: ${MINUTES} min each, ${CLIENTS} clients, turns of ${TURN} s: ${order.map((i) => communes[i].name).join(' → ')}`,
  );
  for (const i of order) {
    const c = communes[i];
    const t0 = performance.now();
    const cpu0 = c.server.cpuMs();
    const turnStats = emptyStats();
    await driveSoak(c.traffic, {
      seconds: TURN,
      clients: CLIENTS,
      stats: turnStats,
      isDead: () => c.server.died,
    });
    const seconds = (performance.now() - t0) / 1000;
    c.seconds += seconds;
    const cpu = c.server.cpuMs() - cpu0;
    c.cpuMs += cpu;
    for (const k of ['n', 'errors', 'fiveXX', 'limited']) c.stats[k] += turnStats[k];
    c.stats.times.push(...turnStats.times);
    for (const [kind, k] of turnStats.byKind) {
      const acc = c.stats.byKind.get(kind) ?? { n: 0, times: [] };
      acc.n += k.n;
      acc.times.push(...k.times);
      c.stats.byKind.set(kind, acc);
    }
    c.stats.firstErrors.push(...turnStats.firstErrors.slice(0, 5 - c.stats.firstErrors.length));
    const mem = c.server.readMemory();
    c.rss.push(mem?.rss);
    console.log(
      `${c.name.padEnd(5)} turn: ${turnStats.n} req (${(turnStats.n / seconds).toFixed(1)}/s), p50 ${pct(turnStats.times, 0.5).toFixed(1)} ms, p99 ${pct(turnStats.times, 0.99).toFixed(1)} ms, server CPU ${(cpu / turnStats.n).toFixed(2)} ms/req, ` +
        `errors ${turnStats.errors} (5xx ${turnStats.fiveXX}), 429 ${turnStats.limited}` +
        (mem ? ` | RSS ${mb(mem.rss)} MB, heap ${mb(mem.heapUsed)} MB` : '') +
        ` | load ${fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}` +
        (c.server.died ? ` | SERVER ${c.server.died}` : ''),
    );
  }

  const [fresh, grown] = communes;
  const kinds = [...new Set([...fresh.stats.byKind.keys(), ...grown.stats.byKind.keys()])].sort();
  console.log('\nper kind, p50 / p99 ms (requests): fresh | grown | p50 ratio');
  for (const kind of kinds) {
    const f = fresh.stats.byKind.get(kind),
      g = grown.stats.byKind.get(kind);
    const cell = (k) =>
      k
        ? `${pct(k.times, 0.5).toFixed(1).padStart(6)} / ${pct(k.times, 0.99).toFixed(1).padStart(6)} (${k.n})`
        : '—';
    console.log(
      `  ${kind.padEnd(16)} ${cell(f).padEnd(26)} | ${cell(g).padEnd(26)} | ${f && g ? `${round(pct(g.times, 0.5) / pct(f.times, 0.5), 2)}×` : ''}`,
    );
  }
  console.log('');
  for (const c of communes) {
    const s = c.stats;
    console.log(
      `${c.name}: ${s.n} requests in ${c.seconds.toFixed(0)} s = ${(s.n / c.seconds).toFixed(1)}/s, p50 ${pct(s.times, 0.5).toFixed(1)} ms, p99 ${pct(s.times, 0.99).toFixed(1)} ms, server CPU ${(c.cpuMs / s.n).toFixed(2)} ms/req, ` +
        `errors ${s.errors} (5xx ${s.fiveXX}), 429 ${s.limited}; RSS ${c.rssAtStart ? `${mb(c.rssAtStart)} after the warm-up, ` : ''}after each turn ${c.rss.map((r) => (r ? mb(r) : '?')).join(', ')} MB`,
    );
    if (s.firstErrors.length) console.log(`  first errors:\n    ${s.firstErrors.join('\n    ')}`);
  }
  const ratio = grown.stats.n / grown.seconds / (fresh.stats.n / fresh.seconds);
  console.log(
    `\nthroughput, grown / fresh: ${round(ratio, 2)}× (goal ≥ 0.8×) ${ratio >= 0.8 ? '✓' : '✗'}; ` +
      `server CPU per request, fresh / grown: ${round(fresh.cpuMs / fresh.stats.n / (grown.cpuMs / grown.stats.n), 2)}× (the same figure, less moved by other processes on the machine)`,
  );
  report({
    name: `soak: requests a second on a commune grown by ${GROWN.toLocaleString('en')} matters`,
    figure: grown.stats.n / grown.seconds,
    unit: 'req/s',
    baseline: fresh.stats.n / fresh.seconds,
    baselineName: 'fresh demo commune, same run, same mix',
    better: 'higher',
  });
  console.log(
    `load average at start: ${loadAtStart}; at end: ${fs.readFileSync('/proc/loadavg', 'utf8').trim()}`,
  );
  const died = communes.filter((c) => c.server.died);
  for (const c of died)
    console.log(`the ${c.name} server died: ${c.server.died}\n${c.server.log()}`);
  if (died.length || fresh.stats.fiveXX || grown.stats.fiveXX) process.exitCode = 1;
} finally {
  for (const s of servers) await s.stop();
  for (const c of communes) fs.rmSync(c.dir, { recursive: true, force: true });
}
