// Cold start to serving (first run: migrate + load the demo), warm start, and idle memory of
// the real server, next to a bare Fastify server started the same way in the same run.
// Run: npm run bench (or: node scripts/ensure-build.mjs && node bench/startup.bench.mjs)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, report } from './lib.mjs';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const cli = path.join(root, 'packages/server/dist/cli/main.js');
const bare = `import Fastify from 'fastify'; const app = Fastify(); app.get('/api/health', async () => ({ status: 'ok' })); await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });`;

async function startAndWait(args, env, port) {
  const t0 = performance.now();
  const child = spawn(process.execPath, args, { cwd: path.join(root, 'packages/server'), env: { ...process.env, ...env, PORT: String(port), LOG_LEVEL: 'error' }, stdio: 'ignore' });
  for (;;) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (r.ok) break;
    } catch { /* not yet */ }
    if (performance.now() - t0 > 60_000) throw new Error('server did not start in 60 s');
    await new Promise((r) => setTimeout(r, 10));
  }
  return { child, ms: performance.now() - t0 };
}

function rssMb(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
}

async function stop(child) {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
}

const runs = 3;
const cold = [], warm = [], bareStart = [], mem = [], bareMem = [];
for (let i = 0; i < runs; i++) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'doithoai-bench-'));
  let s = await startAndWait([cli, 'serve'], { DATA_DIR: dataDir, DATABASE_URL: '' }, 3700 + i);
  cold.push(s.ms);
  await stop(s.child);
  s = await startAndWait([cli, 'serve'], { DATA_DIR: dataDir, DATABASE_URL: '' }, 3700 + i);
  warm.push(s.ms);
  await new Promise((r) => setTimeout(r, 1500));
  mem.push(rssMb(s.child.pid));
  await stop(s.child);
  fs.rmSync(dataDir, { recursive: true, force: true });

  const b = await startAndWait(['--input-type=module', '-e', bare], {}, 3750 + i);
  bareStart.push(b.ms);
  await new Promise((r) => setTimeout(r, 1500));
  bareMem.push(rssMb(b.child.pid));
  await stop(b.child);
}

report({ name: 'startup: cold start to serving (migrate + demo)', figure: median(cold), unit: 'ms', baseline: median(bareStart), baselineName: 'bare Fastify start' });
report({ name: 'startup: warm start to serving', figure: median(warm), unit: 'ms', baseline: median(bareStart), baselineName: 'bare Fastify start' });
report({ name: 'startup: idle memory (RSS)', figure: median(mem), unit: 'MB', baseline: median(bareMem), baselineName: 'bare Fastify RSS' });
