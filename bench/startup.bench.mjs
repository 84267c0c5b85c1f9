// Cold start to serving (first run: migrate + load the demo), warm start, and idle memory of the
// real server, next to a bare Fastify server started the same way in the same run; then what the
// first signed-in request after a warm start costs (the sign-in library is loaded at first use,
// issue 17) against a later sign-in in the same process, and the memory after it. The runs are
// interleaved (the machine is shared); CPU time to serving is read from /proc, which the other
// processes on the machine disturb less than the wall clock.
// Run: npm run bench (or: node scripts/ensure-build.mjs && node bench/startup.bench.mjs)
//   STARTUP_RUNS=5        rounds (median of each figure)
//   COMPARE_CLI=<main.js> also start another build (e.g. the last commit's) in every round and print its figures
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cli, freePort, loadAverage, median, report, root, signIn, waitFor } from './lib.mjs';

const RUNS = Number(process.env.STARTUP_RUNS ?? 5);
const GOAL_RATIO = 2;
const GOAL_RSS_MB = 120;
const bare = `import Fastify from 'fastify'; const app = Fastify(); app.get('/api/health', async () => ({ status: 'ok' })); await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });`;
const TICKS_PER_S = 100; // USER_HZ: /proc/<pid>/stat counts CPU time in these

/** Starts `node args`, waits for /api/health: the wall time and the CPU time the process took to serve. */
async function startAndWait(args, env) {
  const port = await freePort();
  const t0 = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: path.join(root, 'packages/server'),
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      BASE_URL: `http://127.0.0.1:${port}`,
      LOG_LEVEL: 'error',
    },
    stdio: 'ignore',
  });
  await waitFor(`http://127.0.0.1:${port}/api/health`, { intervalMs: 10 });
  return {
    child,
    base: `http://127.0.0.1:${port}`,
    ms: performance.now() - t0,
    cpuMs: cpuMs(child.pid),
  };
}

function cpuMs(pid) {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_S; // utime + stime
}

function rssMb(pid) {
  return Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;
}

const idle = () => new Promise((r) => setTimeout(r, 1500));

async function stop(child) {
  child.kill('SIGTERM');
  await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
}

/** The first sign-in and page after start, then a later one: ms each, and the memory after. */
async function signedInRequest(base) {
  const page = async () => {
    const t0 = performance.now();
    const cookie = await signIn(base, 'vanphong');
    const me = await fetch(`${base}/api/me`, { headers: { cookie } });
    if (!me.ok) throw new Error(`GET /api/me ${me.status}`);
    await me.arrayBuffer();
    return performance.now() - t0;
  };
  return { first: await page(), later: await page() };
}

/** One build's round: cold start on a fresh data folder, warm start, idle memory, the first signed-in request. */
async function round(main) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'doithoai-bench-'));
  try {
    const env = { DATA_DIR: dataDir, DATABASE_URL: '' };
    let s = await startAndWait([main, 'serve'], env);
    const cold = s.ms;
    await stop(s.child);
    s = await startAndWait([main, 'serve'], env);
    const warm = s.ms,
      warmCpu = s.cpuMs;
    await idle();
    const rss = rssMb(s.child.pid);
    const signedIn = await signedInRequest(s.base);
    await idle();
    const rssAfter = rssMb(s.child.pid);
    await stop(s.child);
    return { cold, warm, warmCpu, rss, first: signedIn.first, later: signedIn.later, rssAfter };
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const builds = {
  app: cli,
  ...(process.env.COMPARE_CLI ? { compared: process.env.COMPARE_CLI } : {}),
};
const rounds = Object.fromEntries(Object.keys(builds).map((k) => [k, []]));
const bareRounds = [];
console.log(`startup: load average at start ${loadAverage()}`);
for (let i = 0; i < RUNS; i++) {
  for (const [k, main] of Object.entries(builds)) rounds[k].push(await round(main));
  const b = await startAndWait(['--input-type=module', '-e', bare], {});
  await idle();
  bareRounds.push({ ms: b.ms, cpu: b.cpuMs, rss: rssMb(b.child.pid) });
  await stop(b.child);
}
console.log(`startup: load average at the end ${loadAverage()}`);

const med = (rs, k) => median(rs.map((r) => r[k]));
const bareStart = med(bareRounds, 'ms'),
  bareCpu = med(bareRounds, 'cpu'),
  bareRss = med(bareRounds, 'rss');
for (const [k, rs] of Object.entries(rounds)) {
  const tag = k === 'app' ? '' : ` [${k}: ${builds[k]}]`;
  report({
    name: `startup: cold start to serving (migrate + demo)${tag}`,
    figure: med(rs, 'cold'),
    unit: 'ms',
    baseline: bareStart,
    baselineName: 'bare Fastify start',
  });
  report({
    name: `startup: warm start to serving (goal ≤ ${GOAL_RATIO}× bare)${tag}`,
    figure: med(rs, 'warm'),
    unit: 'ms',
    baseline: bareStart,
    baselineName: 'bare Fastify start',
  });
  report({
    name: `startup: CPU time of the warm start to serving${tag}`,
    figure: med(rs, 'warmCpu'),
    unit: 'ms',
    baseline: bareCpu,
    baselineName: 'bare Fastify start, CPU',
  });
  report({
    name: `startup: idle memory after a warm start (RSS; goal ≤ ${GOAL_RSS_MB} MB)${tag}`,
    figure: med(rs, 'rss'),
    unit: 'MB',
    baseline: bareRss,
    baselineName: 'bare Fastify RSS',
  });
  report({
    name: `startup: first sign-in + GET /api/me after a warm start${tag}`,
    figure: med(rs, 'first'),
    unit: 'ms',
    baseline: med(rs, 'later'),
    baselineName: 'a later sign-in + GET /api/me, same process',
  });
  report({
    name: `startup: memory after that sign-in (RSS)${tag}`,
    figure: med(rs, 'rssAfter'),
    unit: 'MB',
    baseline: bareRss,
    baselineName: 'bare Fastify RSS',
  });
}
