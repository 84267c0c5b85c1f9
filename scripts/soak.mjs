// `npm run soak` (issue 11): a bounded soak of the real server. Builds what is out of date, starts
// `doithoai serve` on a scratch data directory (SQLite, demo commune, 127.0.0.1 only), and drives
// mixed traffic from a few concurrent clients: staff lists, searches, the dashboard and the
// follow-up worklist, opinion entries, document previews, the public portal's pages and its form.
// Every minute it prints the requests, p50/p99 latency, errors and the server's memory (RSS, V8
// heap, read by scripts/soak-memory-probe.mjs inside the server); at the end, growth over the run.
//   npm run soak                          10 minutes
//   npm run soak -- --minutes 3 --clients 8
//   DATABASE_URL=postgres://…  runs against that PostgreSQL database instead (it must be empty or hold the demo)
// Exit code 1 if any answer was a 5xx or the server died.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuild } from './ensure-build.mjs';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
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

const freePort = () => new Promise((resolve) => {
  const s = net.createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
});
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'doithoai-soak-'));
const memoryFile = path.join(dataDir, 'memory.json');
const server = spawn(process.execPath, ['--import', path.join(root, 'scripts/soak-memory-probe.mjs'), path.join(root, 'packages/server/dist/cli/main.js'), 'serve'], {
  env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', BASE_URL: base, LOGIN_RATE_MAX: '1000', SOAK_MEMORY_FILE: memoryFile },
  stdio: ['ignore', 'ignore', 'pipe'],
});
let serverLog = '';
server.stderr.on('data', (d) => { serverLog = (serverLog + d).slice(-4000); });
let serverDied = null;
server.on('exit', (code, signal) => { serverDied = `exit ${code ?? signal}`; });
const stop = () => { if (!serverDied) server.kill('SIGTERM'); };
process.on('SIGINT', () => { stop(); process.exit(130); });

async function waitForServer() {
  const t0 = Date.now();
  for (;;) {
    if (serverDied) throw new Error(`the server stopped while starting (${serverDied}):\n${serverLog}`);
    try { if ((await fetch(`${base}/api/health`)).ok) return; } catch { /* not yet */ }
    if (Date.now() - t0 > 120_000) throw new Error('the server did not answer in 120 s');
    await new Promise((r) => setTimeout(r, 200));
  }
}

const headers = (cookie, extra = {}) => ({ origin: base, 'accept-language': 'vi', ...(cookie ? { cookie } : {}), ...extra });
async function signIn(username) {
  const res = await fetch(`${base}/api/auth/sign-in/username`, { method: 'POST', headers: headers(null, { 'content-type': 'application/json' }), body: JSON.stringify({ username, password: 'doithoai2026' }) });
  if (!res.ok) throw new Error(`sign-in ${username}: ${res.status} ${await res.text()}`);
  return res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

const words = ['duong', 'đường liên thôn', 'nuoc sach', 'rác thải', 'den duong', 'kenh muong', 'truong hoc', 'tram y te', 'bao hiem', 'dat dai'];
const texts = [
  'Đường liên thôn {v} xuống cấp, đề nghị xã sửa chữa trước mùa mưa.',
  'Đề nghị lắp thêm đèn đường đoạn từ nhà văn hóa thôn {v} ra trục chính.',
  'Rác thải sinh hoạt ở thôn {v} chưa được thu gom đúng lịch.',
  'Kênh mương nội đồng thôn {v} bị bồi lấp, đề nghị nạo vét.',
  'Đề nghị hỗ trợ giống lúa cho hộ nghèo thôn {v} sau lũ.',
];
const pick = (xs) => xs[Math.floor(Math.random() * xs.length)];

try {
  process.stderr.write(`soak: server on ${base}, data in ${dataDir}\n`);
  await waitForServer();
  const cookie = await signIn('vanphong');
  const tree = await (await fetch(`${base}/api/units/tree`, { headers: headers(cookie) })).json();
  const flat = [];
  const walk = (n) => { flat.push(n); (n.children ?? []).forEach(walk); };
  (Array.isArray(tree) ? tree : tree.units ?? [tree]).forEach(walk);
  const commune = flat.find((u) => u.slug === 'son-giang');
  if (!commune) throw new Error('the demo commune son-giang is missing');
  const villages = flat.filter((u) => u.parentId === commune.id);
  const plans = await (await fetch(`${base}/api/units/${commune.id}/plans`, { headers: headers(cookie) })).json();
  const planId = (Array.isArray(plans) ? plans : plans.items ?? [])[0]?.id;
  const today = new Date().toISOString().slice(0, 10);

  // The mix: [kind, weight, request]. Reads dominate, as on a commune's working day.
  const mix = [
    ['list', 14, () => ({ url: `/api/units/${commune.id}/opinions?limit=50` })],
    ['search', 14, () => ({ url: `/api/units/${commune.id}/opinions?q=${encodeURIComponent(pick(words))}&limit=20` })],
    ['search-filtered', 6, () => ({ url: `/api/units/${commune.id}/opinions?q=${encodeURIComponent(pick(words))}&villageId=${pick(villages).id}&limit=20` })],
    ['dashboard', 6, () => ({ url: `/api/units/${commune.id}/dashboard` })],
    ['follow-up', 6, () => ({ url: `/api/units/${commune.id}/follow-up` })],
    ['opinion-entry', 10, () => {
      const v = pick(villages);
      return { method: 'POST', url: `/api/units/${commune.id}/opinions`, json: { content: pick(texts).replace('{v}', v.name), villageId: v.id, source: pick(['mttq', 'village', 'at-session']), receivedOn: today, petitioner: { fullName: `Người dân ${Math.floor(Math.random() * 10_000)}`, villageId: v.id, consents: [] } } };
    }],
    ['document', 4, () => ({ url: planId ? `/api/plans/${planId}/document.html` : `/api/units/${commune.id}/plans` })],
    ['portal-page', 16, () => ({ url: pick(['/xa', '/xa/son-giang', '/xa/son-giang/gui-y-kien', '/xa/son-giang/tra-cuu']), anonymous: true })],
    ['portal-form', 2, () => ({ method: 'POST', url: '/xa/son-giang/gui-y-kien', anonymous: true, form: { fullName: 'Nguyễn Văn An', content: pick(texts).replace('{v}', pick(villages).name), villageId: pick(villages).id, contact: '' } })],
  ];
  const totalWeight = mix.reduce((s, [, w]) => s + w, 0);
  const draw = () => { let r = Math.random() * totalWeight; for (const m of mix) { r -= m[1]; if (r <= 0) return m; } return mix[0]; };

  const minuteStats = () => ({ n: 0, times: [], errors: 0, fiveXX: 0, limited: 0, byKind: new Map() });
  let current = minuteStats();
  const minutesDone = [];
  const firstErrors = [];
  const t0 = Date.now();
  const endAt = t0 + minutes * 60_000;

  async function one() {
    const [kind, , make] = draw();
    const r = make();
    const init = { method: r.method ?? 'GET', headers: headers(r.anonymous ? null : cookie), redirect: 'manual' };
    if (r.json) { init.body = JSON.stringify(r.json); init.headers['content-type'] = 'application/json'; }
    if (r.form) { init.body = new URLSearchParams(r.form).toString(); init.headers['content-type'] = 'application/x-www-form-urlencoded'; }
    const started = performance.now();
    let status = 0;
    try {
      const res = await fetch(base + r.url, init);
      await res.arrayBuffer();
      status = res.status;
    } catch (e) {
      status = -1;
      if (firstErrors.length < 5) firstErrors.push(`${kind} ${r.url}: ${e.message}`);
    }
    const ms = performance.now() - started;
    const s = current;
    s.n++;
    s.times.push(ms);
    const k = s.byKind.get(kind) ?? { n: 0, times: [] };
    k.n++; k.times.push(ms); s.byKind.set(kind, k);
    if (status === 429) s.limited++;
    else if (status >= 500 || status < 0) {
      s.errors++;
      if (status >= 500) s.fiveXX++;
      if (firstErrors.length < 5 && status >= 500) firstErrors.push(`${kind} ${init.method} ${r.url}: ${status}`);
    } else if (status >= 400) {
      s.errors++;
      if (firstErrors.length < 5) firstErrors.push(`${kind} ${init.method} ${r.url}: ${status}`);
    }
  }

  const pct = (xs, p) => { if (!xs.length) return NaN; const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * p))]; };
  const readMemory = () => { try { return JSON.parse(fs.readFileSync(memoryFile, 'utf8')); } catch { return null; } };
  const mb = (b) => (b / 1024 / 1024).toFixed(1);
  const ticker = setInterval(() => {
    const s = current;
    current = minuteStats();
    const mem = readMemory();
    const row = { minute: minutesDone.length + 1, n: s.n, rps: s.n / 60, p50: pct(s.times, 0.5), p99: pct(s.times, 0.99), errors: s.errors, fiveXX: s.fiveXX, limited: s.limited, rss: mem?.rss, heap: mem?.heapUsed, byKind: s.byKind };
    minutesDone.push(row);
    console.log(`min ${String(row.minute).padStart(2)}: ${row.n} req (${row.rps.toFixed(1)}/s), p50 ${row.p50.toFixed(1)} ms, p99 ${row.p99.toFixed(1)} ms, errors ${row.errors} (5xx ${row.fiveXX}), 429 ${row.limited}` +
      (mem ? ` | RSS ${mb(mem.rss)} MB, heap ${mb(mem.heapUsed)} MB` : '') + (serverDied ? ` | SERVER ${serverDied}` : ''));
  }, 60_000);

  const startMemory = readMemory();
  console.log(`soak: ${minutes} min, ${clients} clients, ${base}` + (startMemory ? `; server at start: RSS ${mb(startMemory.rss)} MB, heap ${mb(startMemory.heapUsed)} MB` : ''));
  await Promise.all(Array.from({ length: clients }, async () => {
    while (Date.now() < endAt && !serverDied) await one();
  }));
  clearInterval(ticker);

  // Summary: the whole run per kind, and memory growth from the first to the last minute.
  const all = minutesDone.flatMap((m) => [...m.byKind.values()].flatMap((k) => k.times));
  console.log('\nper kind over the run (p50 / p99 ms, requests):');
  const kinds = new Map();
  for (const m of minutesDone) for (const [kind, k] of m.byKind) { const acc = kinds.get(kind) ?? []; acc.push(...k.times); kinds.set(kind, acc); }
  for (const [kind, times] of [...kinds].sort()) console.log(`  ${kind.padEnd(16)} ${pct(times, 0.5).toFixed(1).padStart(7)} / ${pct(times, 0.99).toFixed(1).padStart(7)}  ${times.length}`);
  const first = minutesDone[0], last = minutesDone.at(-1);
  const fiveXX = minutesDone.reduce((s, m) => s + m.fiveXX, 0);
  const errors = minutesDone.reduce((s, m) => s + m.errors, 0);
  console.log(`\ntotal: ${all.length} requests, p50 ${pct(all, 0.5).toFixed(1)} ms, p99 ${pct(all, 0.99).toFixed(1)} ms, errors ${errors} (5xx ${fiveXX})`);
  if (first?.rss && last?.rss) {
    console.log(`memory: RSS ${startMemory ? `${mb(startMemory.rss)} at start, ` : ''}${mb(first.rss)} after minute 1, ${mb(last.rss)} after minute ${last.minute} ` +
      `(${((last.rss - first.rss) / 1024 / 1024).toFixed(1)} MB since minute 1); heap ${startMemory ? `${mb(startMemory.heapUsed)} → ` : ''}${mb(first.heap)} → ${mb(last.heap)} MB`);
  }
  if (firstErrors.length) console.log(`first errors:\n  ${firstErrors.join('\n  ')}`);
  if (serverDied) console.log(`the server died: ${serverDied}\n${serverLog}`);
  stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(fiveXX > 0 || serverDied ? 1 : 0);
} catch (e) {
  console.error(`soak: ${e.message}`);
  stop();
  process.exit(1);
}
