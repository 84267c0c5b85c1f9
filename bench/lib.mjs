// Shared by the benchmarks: every benchmark prints its figures as `BENCH {json}` lines —
// the figure, a baseline measured in the same run, and their ratio — which bench/run.mjs
// gathers into one table.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root, and the built `doithoai` CLI the benches start (node scripts/ensure-build.mjs first). */
export const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
export const cli = path.join(root, 'packages/server/dist/bundle/main.js');

export function report({ name, figure, unit, baseline, baselineName, better = 'lower' }) {
  const ratio = baseline ? figure / baseline : null;
  const line = {
    name,
    figure: round(figure),
    unit,
    baseline: round(baseline),
    baselineName,
    ratio: ratio && round(ratio, 2),
    better,
  };
  console.log(`BENCH ${JSON.stringify(line)}`);
  return line;
}

export const round = (x, d = 1) => (x == null ? null : Math.round(x * 10 ** d) / 10 ** d);

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Whether a PostgreSQL server answers at the URL's host and port (1 s), before a bench tries it. */
export function postgresAnswers(url) {
  const u = new URL(url);
  return new Promise((resolve) => {
    const s = net.connect({ host: u.hostname, port: Number(u.port || 5432) });
    s.setTimeout(1000);
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
    s.once('timeout', () => {
      s.destroy();
      resolve(false);
    });
  });
}

/** A port nobody listens on now, from the system (so parallel runs do not collide). */
export function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Waits until `url` answers `ok` (default: a 2xx), polling every `intervalMs`; throws after `timeoutMs`. */
export async function waitFor(
  url,
  { timeoutMs = 60_000, intervalMs = 50, ok = (res) => res.ok } = {},
) {
  const t0 = performance.now();
  for (;;) {
    try {
      if (ok(await fetch(url))) return performance.now() - t0;
    } catch {
      /* not yet */
    }
    if (performance.now() - t0 > timeoutMs)
      throw new Error(`${url} did not answer in ${Math.round(timeoutMs / 1000)} s`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** `doithoai serve` (the built CLI) on 127.0.0.1:`port`, quiet, with room for the bench's sign-ins. */
export function startServer(cli, port, env = {}, { cwd } = {}) {
  return spawn(process.execPath, [cli, 'serve'], {
    cwd,
    stdio: 'ignore',
    env: {
      ...process.env,
      LOG_LEVEL: 'error',
      HOST: '127.0.0.1',
      PORT: String(port),
      BASE_URL: `http://127.0.0.1:${port}`,
      LOGIN_RATE_MAX: '1000',
      ...env,
    },
  });
}

/** Signs in through the real sign-in (a demo login unless told) and returns the cookie header to send. */
export async function signIn(base, username, password = 'doithoai2026') {
  const res = await fetch(`${base}/api/auth/sign-in/username`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200)
    throw new Error(`sign-in of ${username} at ${base}: ${res.status} ${await res.text()}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

/**
 * Requests per second over `seconds` with `connections` in flight, spread over `bases` in turn
 * (`request(base, i)` makes the i-th request; `seen(base, res)` may look at each answer).
 * Any answer of 300 or more stops the run.
 */
export async function throughput({ bases, request, connections, seconds, seen = () => {} }) {
  let done = 0;
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async (_, w) => {
      let i = w;
      while (performance.now() < until) {
        const base = bases[i % bases.length];
        const res = await request(base, i++);
        await res.arrayBuffer();
        if (res.status >= 300) throw new Error(`${base.url}: ${res.status}`);
        seen(base, res);
        done++;
      }
    }),
  );
  return done / seconds;
}

/** The load averages (1, 5, 15 min) now: printed beside every figure (the machine is shared). */
export function loadAverage() {
  return fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
}
