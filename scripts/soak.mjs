// `npm run soak` (issue 11): a bounded soak of the real server. Builds what is out of date, starts
// `doithoai serve` on a scratch data directory (SQLite, demo commune, 127.0.0.1 only), and drives
// mixed traffic from a few concurrent clients: staff lists, searches, the dashboard and the
// follow-up worklist, opinion entries, document previews, the public portal's pages and its form.
// Every minute it prints the requests, p50/p99 latency, errors and the server's memory (RSS, V8
// heap, read by scripts/soak-memory-probe.mjs inside the server); at the end, growth over the run.
// The server and the traffic are in scripts/soak-lib.mjs; bench/soak-grown.bench.mjs runs the
// same soak on a commune grown to 50,000 matters beside a fresh one (issue 17).
//   npm run soak                          10 minutes
//   npm run soak -- --minutes 3 --clients 8
//   DATABASE_URL=postgres://…  runs against that PostgreSQL database instead (it must be empty or hold the demo)
// Exit code 1 if any answer was a 5xx or the server died.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureBuild } from './ensure-build.mjs';
import { driveSoak, mb, pct, prepareTraffic, startSoakServer } from './soak-lib.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? Number(process.argv[i + 1]) : fallback;
};
const minutes = arg('minutes', 10);
const clients = arg('clients', 8);
if (!(minutes > 0) || !(clients > 0)) {
  console.error('cách dùng / usage: npm run soak -- [--minutes N] [--clients N]');
  process.exit(2);
}

await ensureBuild({ web: false });

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'doithoai-soak-'));
let server = null;
process.on('SIGINT', () => {
  server?.stop();
  process.exit(130);
});

try {
  server = await startSoakServer({ dataDir });
  process.stderr.write(`soak: server on ${server.base}, data in ${dataDir}\n`);
  const traffic = await prepareTraffic(server.base);
  const minutesDone = [];
  const startMemory = server.readMemory();
  console.log(
    `soak: ${minutes} min, ${clients} clients, ${server.base}` +
      (startMemory
        ? `; server at start: RSS ${mb(startMemory.rss)} MB, heap ${mb(startMemory.heapUsed)} MB`
        : ''),
  );
  const stats = await driveSoak(traffic, {
    seconds: minutes * 60,
    clients,
    isDead: () => server.died,
    onMinute: (s) => {
      const mem = server.readMemory();
      const row = {
        minute: minutesDone.length + 1,
        n: s.n,
        rps: s.n / 60,
        p50: pct(s.times, 0.5),
        p99: pct(s.times, 0.99),
        errors: s.errors,
        fiveXX: s.fiveXX,
        limited: s.limited,
        rss: mem?.rss,
        heap: mem?.heapUsed,
      };
      minutesDone.push(row);
      console.log(
        `min ${String(row.minute).padStart(2)}: ${row.n} req (${row.rps.toFixed(1)}/s), p50 ${row.p50.toFixed(1)} ms, p99 ${row.p99.toFixed(1)} ms, errors ${row.errors} (5xx ${row.fiveXX}), 429 ${row.limited}` +
          (mem ? ` | RSS ${mb(mem.rss)} MB, heap ${mb(mem.heapUsed)} MB` : '') +
          (server.died ? ` | SERVER ${server.died}` : ''),
      );
    },
  });

  // Summary: the whole run per kind, and memory growth from the first to the last minute.
  console.log('\nper kind over the run (p50 / p99 ms, requests):');
  for (const [kind, k] of [...stats.byKind].sort())
    console.log(
      `  ${kind.padEnd(16)} ${pct(k.times, 0.5).toFixed(1).padStart(7)} / ${pct(k.times, 0.99).toFixed(1).padStart(7)}  ${k.times.length}`,
    );
  const first = minutesDone[0],
    last = minutesDone.at(-1);
  console.log(
    `\ntotal: ${stats.n} requests, p50 ${pct(stats.times, 0.5).toFixed(1)} ms, p99 ${pct(stats.times, 0.99).toFixed(1)} ms, errors ${stats.errors} (5xx ${stats.fiveXX})`,
  );
  if (first?.rss && last?.rss) {
    console.log(
      `memory: RSS ${startMemory ? `${mb(startMemory.rss)} at start, ` : ''}${mb(first.rss)} after minute 1, ${mb(last.rss)} after minute ${last.minute} ` +
        `(${((last.rss - first.rss) / 1024 / 1024).toFixed(1)} MB since minute 1); heap ${startMemory ? `${mb(startMemory.heapUsed)} → ` : ''}${mb(first.heap)} → ${mb(last.heap)} MB`,
    );
  }
  if (stats.firstErrors.length) console.log(`first errors:\n  ${stats.firstErrors.join('\n  ')}`);
  const died = server.died;
  if (died) console.log(`the server died: ${died}\n${server.log()}`);
  await server.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(stats.fiveXX > 0 || died ? 1 : 0);
} catch (e) {
  console.error(`soak: ${e.message}`);
  await server?.stop();
  process.exit(1);
}
