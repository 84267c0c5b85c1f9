// Intake throughput: the real POST /api/units/:id/opinions (sign-in session, access check,
// classification, routing, history, search shadow, audit, all in one transaction) against a bare
// Fastify + zod + better-sqlite3 endpoint inserting one row per request — both servers in their
// own process, both SQLite in WAL with synchronous=FULL (the app's durability, ADR 0001).
// The app runs twice: with group commit (concurrent entries share one transaction and one fsync,
// packages/server/src/db/group-commit.ts) and with GROUP_COMMIT=0 (one transaction per request).
// A third figure isolates the sign-in session lookup every request pays (GET /api/me). Last, one
// more app runs under the profiler and an entry's main-thread time is split by part (cpu-parts.mjs).
// Rounds are interleaved (the machine is noisy, MACHINE.md) and medians compared.
// Run: npm run bench intake (or: node scripts/ensure-build.mjs && node bench/intake.bench.mjs)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpuByPart } from './cpu-parts.mjs';
import * as lib from './lib.mjs';
import { median, report } from './lib.mjs';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const cli = path.join(root, 'packages/server/dist/bundle/main.js');
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 32);
const SECONDS = 4;
const ROUNDS = 3;

const bare = `
import Fastify from 'fastify';
import Database from 'better-sqlite3';
import { z } from 'zod';
const db = new Database(process.env.FILE);
db.pragma('journal_mode = WAL'); db.pragma('synchronous = FULL');
db.exec('create table if not exists matter (id text primary key, unit_id text, content text, source text, village_id text, created_at text)');
const insert = db.prepare('insert into matter values (?, ?, ?, ?, ?, ?)');
const Body = z.strictObject({ content: z.string().min(1).max(4000), source: z.string(), villageId: z.string().nullable().optional() });
const app = Fastify();
let n = 0;
app.post('/api/units/:id/opinions', async (req, reply) => {
  const b = Body.parse(req.body);
  const id = String(++n) + Math.random();
  db.transaction(() => insert.run(id, req.params.id, b.content.normalize('NFC'), b.source, b.villageId ?? null, new Date().toISOString()))();
  return reply.status(201).send({ id });
});
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
`;

/** Up once it answers at all (a 404 of the bare server's root included). */
const waitFor = (url) => lib.waitFor(url, { ok: (res) => res.status < 500 });

function start(args, env) {
  return spawn(process.execPath, args, {
    cwd: path.join(root, 'packages/server'),
    env: { ...process.env, LOG_LEVEL: 'error', ...env },
    stdio: 'ignore',
  });
}

const texts = [
  'Đề nghị sửa đường liên thôn bị ổ gà',
  'Rác thải không được thu gom, gây ô nhiễm',
  'Đề nghị cấp giấy chứng nhận quyền sử dụng đất',
  'Trộm cắp gia súc ban đêm',
  'Trạm y tế thiếu thuốc',
];

/** CPU time (user + system, ms) a process has used so far; null where /proc is absent. */
function cpuMs(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, USER_HZ = 100
  } catch {
    return null;
  }
}

/** Requests per second, p99 latency, and the server's CPU ms per request (robust on a busy machine). */
async function load(url, headers, body, pid) {
  const cpu0 = cpuMs(pid);
  let done = 0,
    failed = 0;
  const latencies = [];
  const until = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async (_, w) => {
      let i = w;
      while (performance.now() < until) {
        const t0 = performance.now();
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify(body(i++)),
        });
        await res.arrayBuffer();
        if (res.status === 201) {
          done++;
          latencies.push(performance.now() - t0);
        } else failed++;
      }
    }),
  );
  if (failed) throw new Error(`${failed} requests failed at ${url}`);
  latencies.sort((a, b) => a - b);
  const cpu1 = cpuMs(pid);
  return {
    rps: done / SECONDS,
    p99: latencies[Math.floor(latencies.length * 0.99)],
    cpu: cpu0 == null || cpu1 == null ? null : (cpu1 - cpu0) / done,
  };
}

/**
 * Where an entry's time goes: one more app, under V8's sampling profiler, takes a load of its own
 * after a pause; the profile's load stretch is split by part (cpu-parts.mjs). The profile counts
 * the main thread's time, so the wait for the disk inside SQLite's COMMIT is in the SQLite part.
 */
async function cpuPerPart(body, bareCpuMs) {
  const profileDir = path.join(dir, 'profile');
  const proc = start(['--cpu-prof', `--cpu-prof-dir=${profileDir}`, cli, 'serve'], {
    ...appEnv(profiledPort, 'profiled'),
    GROUP_COMMIT: '1',
  });
  const exited = new Promise((resolve) => proc.once('exit', resolve));
  try {
    await waitFor(`http://127.0.0.1:${profiledPort}/api/health`);
    const s = await session(profiledPort);
    await new Promise((resolve) => setTimeout(resolve, 1000)); // the pause that marks the load's start
    const r = await load(
      `http://127.0.0.1:${profiledPort}/api/units/${s.unitId}/opinions`,
      { cookie: s.cookie },
      body,
      proc.pid,
    );
    const entries = r.rps * SECONDS;
    proc.kill('SIGTERM');
    await exited;
    const [file] = fs.readdirSync(profileDir);
    for (const { part, ms, top } of cpuByPart(path.join(profileDir, file))) {
      report({
        name: `intake part: ${part} (${top.map((f) => f.name).join(', ')})`,
        figure: (ms / entries) * 1000,
        unit: 'µs of main thread per entry',
        baseline: bareCpuMs == null ? null : bareCpuMs * 1000,
        baselineName: 'bare endpoint, CPU per whole insert',
      });
    }
  } finally {
    proc.kill('SIGKILL');
  }
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'doithoai-intake-'));
const appPort = 3811,
  barePort = 3812,
  plainPort = 3813,
  profiledPort = 3814;
const appEnv = (port, name) => ({
  DATA_DIR: path.join(dir, name),
  DATABASE_URL: '',
  PORT: String(port),
  BASE_URL: `http://127.0.0.1:${port}`,
  HOST: '127.0.0.1',
});
const appProc = start([cli, 'serve'], { ...appEnv(appPort, 'app'), GROUP_COMMIT: '1' });
const plainProc = start([cli, 'serve'], { ...appEnv(plainPort, 'plain'), GROUP_COMMIT: '0' });
const bareProc = start(['--input-type=module', '-e', bare], {
  FILE: path.join(dir, 'bare.sqlite'),
  PORT: String(barePort),
});

async function session(port) {
  const signIn = await fetch(`http://127.0.0.1:${port}/api/auth/sign-in/username`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: `http://127.0.0.1:${port}` },
    body: JSON.stringify({ username: 'vanphong', password: 'doithoai2026' }),
  });
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const me = await (await fetch(`http://127.0.0.1:${port}/api/me`, { headers: { cookie } })).json();
  return { cookie, unitId: me.grants[0].unitId };
}

/** GET requests per second over SECONDS (the session lookup and one small read, no write). */
async function loadGet(url, headers, pid) {
  const cpu0 = cpuMs(pid);
  let done = 0;
  const until = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < until) {
        const res = await fetch(url, { headers });
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`GET ${url}: ${res.status}`);
        done++;
      }
    }),
  );
  const cpu1 = cpuMs(pid);
  return { rps: done / SECONDS, cpu: cpu0 == null || cpu1 == null ? null : (cpu1 - cpu0) / done };
}

try {
  await waitFor(`http://127.0.0.1:${appPort}/api/health`);
  await waitFor(`http://127.0.0.1:${plainPort}/api/health`);
  await waitFor(`http://127.0.0.1:${barePort}/`);
  const grouped = await session(appPort);
  const plain = await session(plainPort);
  const body = (i) => ({
    content: `${texts[i % texts.length]} (${i})`,
    source: 'mttq',
    villageId: null,
  });
  const gc = [],
    noGc = [],
    base = [],
    gcP99 = [],
    baseP99 = [],
    me = [],
    cpu = { gc: [], noGc: [], base: [], me: [] };
  for (let r = 0; r < ROUNDS; r++) {
    const a = await load(
      `http://127.0.0.1:${appPort}/api/units/${grouped.unitId}/opinions`,
      { cookie: grouped.cookie },
      body,
      appProc.pid,
    );
    const p = await load(
      `http://127.0.0.1:${plainPort}/api/units/${plain.unitId}/opinions`,
      { cookie: plain.cookie },
      body,
      plainProc.pid,
    );
    const b = await load(
      `http://127.0.0.1:${barePort}/api/units/${grouped.unitId}/opinions`,
      {},
      body,
      bareProc.pid,
    );
    const m = await loadGet(
      `http://127.0.0.1:${appPort}/api/me`,
      { cookie: grouped.cookie },
      appProc.pid,
    );
    gc.push(a.rps);
    gcP99.push(a.p99);
    noGc.push(p.rps);
    base.push(b.rps);
    baseP99.push(b.p99);
    me.push(m.rps);
    cpu.gc.push(a.cpu);
    cpu.noGc.push(p.cpu);
    cpu.base.push(b.cpu);
    cpu.me.push(m.cpu);
  }
  const baseName = 'bare Fastify+zod+SQLite insert, WAL FULL';
  report({
    name: `intake: POST opinion, group commit, ${CONNECTIONS} in flight`,
    figure: median(gc),
    unit: 'req/s',
    baseline: median(base),
    baselineName: baseName,
    better: 'higher',
  });
  report({
    name: `intake: POST opinion, one transaction per request, ${CONNECTIONS} in flight`,
    figure: median(noGc),
    unit: 'req/s',
    baseline: median(base),
    baselineName: baseName,
    better: 'higher',
  });
  report({
    name: 'intake: POST opinion p99 latency, group commit',
    figure: median(gcP99),
    unit: 'ms',
    baseline: median(baseP99),
    baselineName: baseName,
  });
  report({
    name: 'intake: ceiling set by the sign-in lookup (GET /api/me, no write)',
    figure: median(me),
    unit: 'req/s',
    baseline: median(base),
    baselineName: baseName,
    better: 'higher',
  });
  if (cpu.gc[0] != null) {
    // Server CPU per request: what the machine's load cannot inflate (waiting is not counted).
    const cpuName = 'bare endpoint, CPU per insert';
    report({
      name: 'intake: server CPU per entry, group commit',
      figure: median(cpu.gc),
      unit: 'ms',
      baseline: median(cpu.base),
      baselineName: cpuName,
    });
    report({
      name: 'intake: server CPU per entry, one transaction per request',
      figure: median(cpu.noGc),
      unit: 'ms',
      baseline: median(cpu.base),
      baselineName: cpuName,
    });
    report({
      name: 'intake: server CPU per sign-in lookup alone (GET /api/me)',
      figure: median(cpu.me),
      unit: 'ms',
      baseline: median(cpu.base),
      baselineName: cpuName,
    });
  }
  await cpuPerPart(body, median(cpu.base));
} finally {
  appProc.kill('SIGTERM');
  plainProc.kill('SIGTERM');
  bareProc.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 300));
  fs.rmSync(dir, { recursive: true, force: true });
}
