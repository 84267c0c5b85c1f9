// Read replica (ADR 0005, docs/SCALE-OUT.md): dashboard and oversight throughput of two app
// processes reading a streaming replica (DATABASE_REPLICA_URL) beside two reading the primary
// alone, in the same run, on the same primary and replica. The bench starts its own primary
// (initdb) and replica (pg_basebackup -R -X stream) in temporary folders, as the postgres user when
// run as root, and removes them at the end. Rounds are interleaved (MACHINE.md: the machine is
// noisy). On one machine the replica shares the cores with the primary, so the ratio shows what
// the routing costs or saves here; on a province's separate replica machine the primary is spared
// these reads altogether.
// Run: node scripts/ensure-build.mjs && node bench/replica.bench.mjs
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 16);
const SECONDS = 4;
const ROUNDS = 3;
const asRoot = process.getuid?.() === 0;

const base = '/usr/lib/postgresql';
const version = fs.existsSync(base)
  ? fs
      .readdirSync(base)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => b - a)[0]
  : null;
const bin = process.env.PG_BIN_DIR ?? (version ? path.join(base, version, 'bin') : null);
if (!bin || !fs.existsSync(path.join(bin, 'pg_basebackup'))) {
  console.log('replica: skipped, no PostgreSQL server binaries (initdb, pg_ctl, pg_basebackup)');
  process.exit(0);
}
const run = (program, args) => {
  const [cmd, argv] = asRoot
    ? ['/usr/sbin/runuser', ['-u', 'postgres', '--', path.join(bin, program), ...args]]
    : [path.join(bin, program), args];
  return execFileSync(cmd, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
};
const scratch = (prefix) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  if (asRoot) execFileSync('chown', ['postgres:postgres', dir]);
  return dir;
};
const startPg = (data, port, dir) =>
  run('pg_ctl', [
    '-D',
    data,
    '-l',
    path.join(dir, 'log'),
    '-o',
    `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dir}`,
    '-w',
    'start',
  ]);

const start = (port, env) => startServer(cli, port, env, { cwd: root });
const ready = (port) =>
  waitFor(`http://127.0.0.1:${port}/api/health`, { timeoutMs: 90_000, intervalMs: 100 });
/** Requests per second, noting for each base whether the replica or the primary answered. */
const load = (bases, request) =>
  throughput({
    bases,
    request,
    connections: CONNECTIONS,
    seconds: SECONDS,
    seen: (b, res) => {
      const from = res.headers.get('x-read-from') ?? 'primary';
      b.from[from] = (b.from[from] ?? 0) + 1;
    },
  });

console.log(`replica: load average at start ${loadAverage()}`);
const primaryDir = scratch('doithoai-bench-primary-');
const replicaDir = scratch('doithoai-bench-replica-');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'doithoai-bench-replica-app-'));
const procs = [];
const [pPort, rPort] = [await freePort(), await freePort()];
try {
  run('initdb', [
    '-D',
    path.join(primaryDir, 'data'),
    '-U',
    'postgres',
    '--auth=trust',
    '-E',
    'UTF8',
    '--locale=C.UTF-8',
    '--no-sync',
  ]);
  startPg(path.join(primaryDir, 'data'), pPort, primaryDir);
  const admin = new pg.Client({
    connectionString: `postgres://postgres@127.0.0.1:${pPort}/postgres`,
  });
  await admin.connect();
  await admin.query('create database doithoai');
  await admin.end();
  run('pg_basebackup', [
    '-h',
    '127.0.0.1',
    '-p',
    String(pPort),
    '-U',
    'postgres',
    '-D',
    path.join(replicaDir, 'data'),
    '-R',
    '-X',
    'stream',
    '--checkpoint=fast',
  ]);
  startPg(path.join(replicaDir, 'data'), rPort, replicaDir);
  const primaryUrl = `postgres://postgres@127.0.0.1:${pPort}/doithoai`;
  const env = { DATABASE_URL: primaryUrl, DATA_DIR: dataDir };
  const withReplica = {
    ...env,
    DATABASE_REPLICA_URL: `postgres://postgres@127.0.0.1:${rPort}/doithoai`,
  };
  const ports = [await freePort(), await freePort(), await freePort(), await freePort()];
  procs.push(start(ports[0], env));
  await ready(ports[0]); // migrates and loads the demo
  procs.push(start(ports[1], env), start(ports[2], withReplica), start(ports[3], withReplica));
  for (const p of ports.slice(1)) await ready(p);
  const bases = [];
  for (const port of ports) {
    const url = `http://127.0.0.1:${port}`;
    const cookies = {};
    for (const who of ['chutich', 'huyen']) cookies[who] = await signIn(url, who);
    const unit = async (who) =>
      (await (await fetch(`${url}/api/me`, { headers: { cookie: cookies[who] } })).json()).grants[0]
        .unitId;
    bases.push({
      url,
      cookies,
      commune: await unit('chutich'),
      district: await unit('huyen'),
      from: {},
    });
  }
  // The sign-ins were writes: wait until the replica has passed them (ADR 0005).
  for (const b of bases.slice(2)) {
    const t0 = performance.now();
    while (
      (
        await fetch(`${b.url}/api/units/${b.commune}/dashboard`, {
          headers: { cookie: b.cookies.chutich },
        })
      ).headers.get('x-read-from') !== 'replica'
    ) {
      if (performance.now() - t0 > 30_000) throw new Error('the replica was not used within 30 s');
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const dashboard = (b) =>
    fetch(`${b.url}/api/units/${b.commune}/dashboard`, { headers: { cookie: b.cookies.chutich } });
  const oversight = (b) =>
    fetch(`${b.url}/api/units/${b.district}/oversight`, { headers: { cookie: b.cookies.huyen } });
  const primaryOnly = bases.slice(0, 2);
  const replicaPair = bases.slice(2);
  const alone = { dashboard: [], oversight: [] };
  const beside = { dashboard: [], oversight: [] };
  for (let r = 0; r < ROUNDS; r++) {
    alone.dashboard.push(await load(primaryOnly, dashboard));
    beside.dashboard.push(await load(replicaPair, dashboard));
    alone.oversight.push(await load(primaryOnly, oversight));
    beside.oversight.push(await load(replicaPair, oversight));
  }
  const served = replicaPair.reduce((n, b) => n + (b.from.replica ?? 0), 0);
  const all = replicaPair.reduce((n, b) => n + (b.from.replica ?? 0) + (b.from.primary ?? 0), 0);
  console.log(
    `replica: ${served} of ${all} reads of the replica pair answered from the replica; load average at the end ${loadAverage()}`,
  );
  report({
    name: `replica: GET commune dashboard, 2 processes reading the replica, ${CONNECTIONS} in flight`,
    figure: median(beside.dashboard),
    unit: 'req/s',
    baseline: median(alone.dashboard),
    baselineName: 'primary alone',
    better: 'higher',
  });
  report({
    name: `replica: GET district oversight, 2 processes reading the replica, ${CONNECTIONS} in flight`,
    figure: median(beside.oversight),
    unit: 'req/s',
    baseline: median(alone.oversight),
    baselineName: 'primary alone',
    better: 'higher',
  });
} finally {
  for (const p of procs) p.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 1000));
  for (const dir of [replicaDir, primaryDir]) {
    try {
      run('pg_ctl', ['-D', path.join(dir, 'data'), '-m', 'immediate', '-w', 'stop']);
    } catch {
      /* not started */
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
}
