// Scale-out on PostgreSQL: throughput of one app process against two app processes on the same
// database (docs/SCALE-OUT.md), the load spread round-robin over the two as a reverse proxy would.
// Two workloads: opinion entry (POST, a write transaction each) and the opinion list (GET).
// Rounds are interleaved (the machine is noisy, MACHINE.md) and medians compared. The ratio can
// only approach 2 when the machine has cores to spare for the second process.
// Run: node scripts/ensure-build.mjs && node bench/scale-out.bench.mjs (needs PostgreSQL:
// DATABASE_URL_TEST, else postgres://postgres@127.0.0.1:5432/postgres).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import {
  cli,
  freePort,
  loadAverage,
  median,
  report,
  signIn,
  root,
  startServer,
  throughput,
  waitFor,
} from './lib.mjs';

const { default: pg } = await import(path.join(root, 'node_modules/pg/lib/index.js'));
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 32);
const SECONDS = 4;
const ROUNDS = 3;
const adminUrl = process.env.DATABASE_URL_TEST ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const start = (port, env) => startServer(cli, port, env, { cwd: root });
const ready = (port) => waitFor(`http://127.0.0.1:${port}/api/health`);
const load = (bases, request) =>
  throughput({ bases, request, connections: CONNECTIONS, seconds: SECONDS });

const name = `doithoai_bench_${randomBytes(5).toString('hex')}`;
const admin = new pg.Client({ connectionString: adminUrl });
try {
  await admin.connect();
} catch (e) {
  console.log(`scale-out: skipped, no PostgreSQL at ${new URL(adminUrl).host} (${e.message})`);
  process.exit(0);
}
await admin.query(`create database ${name}`);
const url = new URL(adminUrl);
url.pathname = `/${name}`;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'doithoai-scale-'));
const env = { DATABASE_URL: url.toString(), DATA_DIR: dataDir };
const ports = [await freePort(), await freePort()];
console.log(`scale-out: load average at start ${loadAverage()}`);
const procs = [];
try {
  procs.push(start(ports[0], env));
  await ready(ports[0]); // the first migrates and loads the demo
  procs.push(start(ports[1], env));
  await ready(ports[1]);
  const bases = [];
  for (const port of ports) {
    const base = `http://127.0.0.1:${port}`;
    const cookie = await signIn(base, 'vanphong');
    const me = await (await fetch(`${base}/api/me`, { headers: { cookie } })).json();
    bases.push({ url: base, cookie, unitId: me.grants[0].unitId });
  }
  const post = (b, i) =>
    fetch(`${b.url}/api/units/${b.unitId}/opinions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: b.cookie },
      body: JSON.stringify({ content: `Đề nghị sửa đường liên thôn số ${i}`, source: 'mttq' }),
    });
  const list = (b) =>
    fetch(`${b.url}/api/units/${b.unitId}/opinions?q=duong`, { headers: { cookie: b.cookie } });
  const one = { post: [], list: [] },
    two = { post: [], list: [] };
  for (let r = 0; r < ROUNDS; r++) {
    one.post.push(await load(bases.slice(0, 1), post));
    two.post.push(await load(bases, post));
    one.list.push(await load(bases.slice(0, 1), list));
    two.list.push(await load(bases, list));
  }
  console.log(`scale-out: load average at the end ${loadAverage()}`);
  report({
    name: `scale-out: POST opinion, 2 processes on one PostgreSQL, ${CONNECTIONS} in flight`,
    figure: median(two.post),
    unit: 'req/s',
    baseline: median(one.post),
    baselineName: '1 process',
    better: 'higher',
  });
  report({
    name: `scale-out: GET opinion search, 2 processes on one PostgreSQL, ${CONNECTIONS} in flight`,
    figure: median(two.list),
    unit: 'req/s',
    baseline: median(one.list),
    baselineName: '1 process',
    better: 'higher',
  });
} finally {
  for (const p of procs) p.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 500));
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
