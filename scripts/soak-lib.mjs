// The soak's parts (issue 11, issue 17), shared by `npm run soak` (scripts/soak.mjs) and the
// grown-commune soak (bench/soak-grown.bench.mjs): the real server started on a data directory
// (SQLite, 127.0.0.1 only, its memory read by scripts/soak-memory-probe.mjs inside it), and the
// mixed traffic of a commune's working day driven at it from a few clients in a closed loop.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));

export const freePort = () =>
  new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

export const pct = (xs, p) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))];
};
export const mb = (b) => (b / 1024 / 1024).toFixed(1);

/** `doithoai serve` on `dataDir` (loads the demo there if the database is empty); resolves once it answers. */
export async function startSoakServer({ dataDir, port, env = {} }) {
  port ??= await freePort();
  const base = `http://127.0.0.1:${port}`;
  const memoryFile = path.join(dataDir, 'memory.json');
  const child = spawn(
    process.execPath,
    [
      '--import',
      path.join(root, 'scripts/soak-memory-probe.mjs'),
      path.join(root, 'packages/server/dist/bundle/main.js'),
      'serve',
    ],
    {
      env: {
        ...process.env,
        ...env,
        DATA_DIR: dataDir,
        PORT: String(port),
        HOST: '127.0.0.1',
        BASE_URL: base,
        LOGIN_RATE_MAX: '1000',
        SOAK_MEMORY_FILE: memoryFile,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let log = '';
  child.stderr.on('data', (d) => {
    log = (log + d).slice(-4000);
  });
  const server = {
    base,
    pid: child.pid,
    died: null,
    /** The server's CPU time so far (user + system, ms), from /proc (Linux). */
    cpuMs: () => {
      try {
        const f = fs.readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
        return (Number(f[11]) + Number(f[12])) * 10;
      } catch {
        return NaN;
      }
    },
    log: () => log,
    readMemory: () => {
      try {
        return JSON.parse(fs.readFileSync(memoryFile, 'utf8'));
      } catch {
        return null;
      }
    },
    stop: () =>
      new Promise((resolve) => {
        if (server.died) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
  child.on('exit', (code, signal) => {
    server.died = `exit ${code ?? signal}`;
  });
  const t0 = Date.now();
  for (;;) {
    if (server.died) throw new Error(`the server stopped while starting (${server.died}):\n${log}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      /* not yet */
    }
    if (Date.now() - t0 > 120_000) {
      await server.stop();
      throw new Error('the server did not answer in 120 s');
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return server;
}

const headersFor = (base, cookie, extra = {}) => ({
  origin: base,
  'accept-language': 'vi',
  ...(cookie ? { cookie } : {}),
  ...extra,
});

const words = [
  'duong',
  'đường liên thôn',
  'nuoc sach',
  'rác thải',
  'den duong',
  'kenh muong',
  'truong hoc',
  'tram y te',
  'bao hiem',
  'dat dai',
];
const texts = [
  'Đường liên thôn {v} xuống cấp, đề nghị xã sửa chữa trước mùa mưa.',
  'Đề nghị lắp thêm đèn đường đoạn từ nhà văn hóa thôn {v} ra trục chính.',
  'Rác thải sinh hoạt ở thôn {v} chưa được thu gom đúng lịch.',
  'Kênh mương nội đồng thôn {v} bị bồi lấp, đề nghị nạo vét.',
  'Đề nghị hỗ trợ giống lúa cho hộ nghèo thôn {v} sau lũ.',
];
const pick = (xs) => xs[Math.floor(Math.random() * xs.length)];

/** Signs in as the demo's office and learns the commune, its villages and a plan: what the mix needs. */
export async function prepareTraffic(base, slug = 'son-giang') {
  const res = await fetch(`${base}/api/auth/sign-in/username`, {
    method: 'POST',
    headers: headersFor(base, null, { 'content-type': 'application/json' }),
    body: JSON.stringify({ username: 'vanphong', password: 'doithoai2026' }),
  });
  if (!res.ok) throw new Error(`sign-in vanphong: ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const tree = await (
    await fetch(`${base}/api/units/tree`, { headers: headersFor(base, cookie) })
  ).json();
  const flat = [];
  const walk = (n) => {
    flat.push(n);
    (n.children ?? []).forEach(walk);
  };
  (Array.isArray(tree) ? tree : (tree.units ?? [tree])).forEach(walk);
  const commune = flat.find((u) => u.slug === slug);
  if (!commune) throw new Error(`the demo commune ${slug} is missing`);
  const villages = flat.filter((u) => u.parentId === commune.id);
  const plans = await (
    await fetch(`${base}/api/units/${commune.id}/plans`, { headers: headersFor(base, cookie) })
  ).json();
  const planId = (Array.isArray(plans) ? plans : (plans.plans ?? plans.items ?? []))[0]?.id;
  return { base, cookie, commune, villages, planId, slug };
}

/** The mix: [kind, weight, request]. Reads dominate, as on a commune's working day. */
function mixOf({ commune, villages, planId, slug }) {
  const today = new Date().toISOString().slice(0, 10);
  return [
    ['list', 14, () => ({ url: `/api/units/${commune.id}/opinions?limit=50` })],
    [
      'search',
      14,
      () => ({
        url: `/api/units/${commune.id}/opinions?q=${encodeURIComponent(pick(words))}&limit=20`,
      }),
    ],
    [
      'search-filtered',
      6,
      () => ({
        url: `/api/units/${commune.id}/opinions?q=${encodeURIComponent(pick(words))}&villageId=${pick(villages).id}&limit=20`,
      }),
    ],
    ['dashboard', 6, () => ({ url: `/api/units/${commune.id}/dashboard` })],
    ['follow-up', 6, () => ({ url: `/api/units/${commune.id}/follow-up` })],
    [
      'opinion-entry',
      10,
      () => {
        const v = pick(villages);
        return {
          method: 'POST',
          url: `/api/units/${commune.id}/opinions`,
          json: {
            content: pick(texts).replace('{v}', v.name),
            villageId: v.id,
            source: pick(['mttq', 'village', 'at-session']),
            receivedOn: today,
            petitioner: {
              fullName: `Người dân ${Math.floor(Math.random() * 10_000)}`,
              villageId: v.id,
              consents: [],
            },
          },
        };
      },
    ],
    [
      'document',
      4,
      () => ({
        url: planId ? `/api/plans/${planId}/document.html` : `/api/units/${commune.id}/plans`,
      }),
    ],
    [
      'portal-page',
      16,
      () => ({
        url: pick(['/xa', `/xa/${slug}`, `/xa/${slug}/gui-y-kien`, `/xa/${slug}/tra-cuu`]),
        anonymous: true,
      }),
    ],
    [
      'portal-form',
      2,
      () => ({
        method: 'POST',
        url: `/xa/${slug}/gui-y-kien`,
        anonymous: true,
        form: {
          fullName: 'Nguyễn Văn An',
          content: pick(texts).replace('{v}', pick(villages).name),
          villageId: pick(villages).id,
          contact: '',
        },
      }),
    ],
  ];
}

export const emptyStats = () => ({
  n: 0,
  times: [],
  errors: 0,
  fiveXX: 0,
  limited: 0,
  byKind: new Map(),
  firstErrors: [],
});

/**
 * Drives the mix at `traffic.base` from `clients` clients for `seconds`, into `stats` (a fresh
 * one by default), calling `onMinute(stats of that minute)` every 60 s. Resolves with `stats`.
 */
export async function driveSoak(
  traffic,
  { seconds, clients, stats = emptyStats(), onMinute, isDead = () => null },
) {
  const mix = mixOf(traffic);
  const totalWeight = mix.reduce((s, [, w]) => s + w, 0);
  const draw = () => {
    let r = Math.random() * totalWeight;
    for (const m of mix) {
      r -= m[1];
      if (r <= 0) return m;
    }
    return mix[0];
  };
  let minute = emptyStats();
  const endAt = Date.now() + seconds * 1000;
  const record = (s, kind, ms, status, label) => {
    s.n++;
    s.times.push(ms);
    const k = s.byKind.get(kind) ?? { n: 0, times: [] };
    k.n++;
    k.times.push(ms);
    s.byKind.set(kind, k);
    if (status === 429) s.limited++;
    else if (status >= 400 || status < 0) {
      s.errors++;
      if (status >= 500) s.fiveXX++;
      if (s.firstErrors.length < 5) s.firstErrors.push(`${label}: ${status}`);
    }
  };
  async function one() {
    const [kind, , make] = draw();
    const r = make();
    const init = {
      method: r.method ?? 'GET',
      headers: headersFor(traffic.base, r.anonymous ? null : traffic.cookie),
      redirect: 'manual',
    };
    if (r.json) {
      init.body = JSON.stringify(r.json);
      init.headers['content-type'] = 'application/json';
    }
    if (r.form) {
      init.body = new URLSearchParams(r.form).toString();
      init.headers['content-type'] = 'application/x-www-form-urlencoded';
    }
    const started = performance.now();
    let status = 0;
    let label = `${kind} ${init.method} ${r.url}`;
    try {
      const res = await fetch(traffic.base + r.url, init);
      await res.arrayBuffer();
      status = res.status;
    } catch (e) {
      status = -1;
      label += ` (${e.message})`;
    }
    const ms = performance.now() - started;
    record(stats, kind, ms, status, label);
    record(minute, kind, ms, status, label);
  }
  const ticker = onMinute
    ? setInterval(() => {
        const m = minute;
        minute = emptyStats();
        onMinute(m);
      }, 60_000)
    : null;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (Date.now() < endAt && !isDead()) await one();
    }),
  );
  if (ticker) clearInterval(ticker);
  return stats;
}
