// Years of data, the same speed (issue 17): one commune built at 1,000, 10,000 and 100,000 matters
// (five years of two rounds, carried-over items with their due dates, answers, escalations and
// extensions by demo/province-scale.ts; two audit rows per matter), served by the real server in
// its own process, and every read the staff app and the portal make timed at each size. The
// figure is the 100,000-matter median, the baseline the 1,000-matter median of the same route in
// the same run; the ratio is the growth. Goal: ≤ 1.5× for every paged read.
//   node scripts/ensure-build.mjs && node bench/growth.bench.mjs
//   GROWTH_SIZES=1000,10000,100000 (default) · GROWTH_REQUESTS=40 per route and size
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openSqlite } from '../packages/server/dist/db/open-database.js';
import { prepareDatabase } from '../packages/server/dist/bootstrap.js';
import { loadConfig } from '../packages/server/dist/config.js';
import { createStaffUser } from '../packages/server/dist/auth/users.js';
import { generateProvince } from '../packages/server/dist/demo/province-scale.js';
import { withServedApp } from './served-app.mjs';
import { median, report, round } from './lib.mjs';

const SIZES = (process.env.GROWTH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const REQUESTS = Number(process.env.GROWTH_REQUESTS ?? 40);
const today = new Date().toISOString().slice(0, 10);
const PASSWORD = 'bench-password-2026';

/** The reads, as the staff app and the portal make them; `paged` reads must not grow. */
const reads = (ids) => [
  { name: 'who am I (every page)', url: '/api/me', paged: true },
  { name: 'bell: unread count', url: '/api/notifications/unread-count', paged: true },
  { name: 'bell: notifications', url: '/api/notifications', paged: true },
  { name: 'home: my work', url: '/api/units/c0/my-work', paged: true },
  { name: 'opinion list, page 1', url: '/api/units/c0/opinions', paged: true },
  { name: 'opinion list, overdue', url: '/api/units/c0/opinions?overdue=1', paged: true },
  { name: 'opinion list, one field', url: '/api/units/c0/opinions?field=moi-truong', paged: true },
  {
    name: 'search "nước sạch"',
    url: `/api/units/c0/opinions?q=${encodeURIComponent('nước sạch')}`,
    paged: true,
  },
  { name: 'one matter', url: `/api/opinions/${ids.matter}`, paged: true },
  { name: 'triage view', url: '/api/units/c0/opinions/triage', paged: true },
  { name: 'follow-up worklist', url: '/api/units/c0/follow-up', paged: true },
  { name: 'one followed-up matter', url: `/api/follow-up/${ids.followed}`, paged: true },
  { name: 'sessions', url: '/api/units/c0/sessions', paged: true },
  { name: 'one session', url: `/api/sessions/${ids.session}`, paged: true },
  { name: 'audit log, page 1', url: '/api/audit', paged: true },
  { name: 'dashboard', url: '/api/units/c0/dashboard', paged: false },
  { name: 'dashboard: matters', url: '/api/units/c0/dashboard/matters', paged: true },
  { name: 'oversight (province)', url: '/api/units/p0/oversight', paged: false },
  { name: 'portal: commune page', url: '/xa/bench-c0', paged: true, anonymous: true },
  {
    name: 'portal: tracking a code',
    url: '/xa/bench-c0/tra-cuu?ma=ABCD-2345',
    paged: true,
    anonymous: true,
  },
];

async function build(size) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `doithoai-growth-${size}-`));
  const db = openSqlite(path.join(dir, 'doithoai.sqlite'));
  const deps = await prepareDatabase(db, loadConfig({ DATA_DIR: dir }));
  const t0 = Date.now();
  await generateProvince(db, { communes: 1, districts: 1, matters: size, today });
  // Two audit rows per matter (entered, then a change of state), as the app writes them.
  const raw = db.sqlite;
  const last = raw.prepare('select coalesce(max(seq), 0) as n from audit_event').get().n;
  const insert = raw.prepare(
    'insert into audit_event (id, at, actor_user_id, action, entity, entity_id, unit_id, reason, detail, prev_hash, hash, chain_seq) values (?, ?, null, ?, ?, ?, ?, null, ?, ?, ?, ?)',
  );
  raw.transaction(() => {
    let seq = last;
    for (let i = 0; i < size; i++) {
      for (const action of ['matter.created', 'matter.state-changed']) {
        seq++;
        insert.run(
          `bench-a${seq}`,
          `${today}T02:00:00.000Z`,
          action,
          'matter',
          `m${i}`,
          'c0',
          '{}',
          'bench',
          'bench',
          seq,
        );
      }
    }
  })();
  await createStaffUser(db, deps.auth, {
    username: 'benchoffice',
    name: 'Văn phòng (bench)',
    email: 'benchoffice@example.invalid',
    password: PASSWORD,
    grants: [
      { role: 'office', unitId: 'c0' },
      { role: 'admin', unitId: 'c0' },
      { role: 'oversight', unitId: 'p0' },
    ],
  });
  // A paper petition's receipt code, for the portal's tracking page.
  raw
    .prepare(
      "insert into portal_submission (id, unit_id, matter_id, tracking_code, session_id, wants_to_speak, created_at) values ('bench-code', 'c0', 'm0', 'ABCD2345', null, 0, ?)",
    )
    .run(`${today}T02:00:00.000Z`);
  const followed = raw
    .prepare('select matter_id as id from conclusion_item order by id limit 1')
    .get();
  const ids = {
    matter: 'm0',
    followed: followed?.id ?? 'm0',
    session: raw
      .prepare("select id from dialogue_session where unit_id = 'c0' order by date desc limit 1")
      .get().id,
  };
  console.log(`built ${size} matters in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return { db, dir, ids };
}

async function timeReads(size) {
  const { db, dir, ids } = await build(size);
  try {
    return await withServedApp(
      db,
      { DATA_DIR: dir, DATABASE_URL: '' },
      { username: 'benchoffice', name: 'Văn phòng (bench)', role: 'office', unitId: 'c0' },
      async ({ base, cookie }) => {
        const out = new Map();
        for (const r of reads(ids)) {
          const headers = r.anonymous ? {} : { cookie };
          const once = async () => {
            const t = performance.now();
            const res = await fetch(base + r.url, { headers });
            await res.arrayBuffer();
            if (res.status !== (r.status ?? 200)) throw new Error(`${r.url}: ${res.status}`);
            return performance.now() - t;
          };
          try {
            for (let i = 0; i < 3; i++) await once();
            const ms = [];
            for (let i = 0; i < REQUESTS; i++) ms.push(await once());
            out.set(r.name, {
              median: median(ms),
              p95: [...ms].sort((a, b) => a - b)[Math.floor(ms.length * 0.95)],
            });
          } catch (e) {
            out.set(r.name, { error: e.message });
          }
        }
        return out;
      },
    );
  } finally {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

console.log(
  `load average at start: ${os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
const results = [];
for (const size of SIZES) results.push(await timeReads(size));
const [small, , large] = [results[0], results[1], results.at(-1)];
const head = ['route', ...SIZES.map((s) => `${s.toLocaleString('en')} (ms)`), 'growth', 'goal'];
console.log(head.join('\t'));
let failed = 0;
for (const r of reads({ matter: '', followed: '', session: '' })) {
  const cells = results.map((m) => m.get(r.name));
  const bad = cells.find((c) => c.error);
  if (bad) {
    failed++;
    console.log(`${r.name}\tERROR ${bad.error}`);
    continue;
  }
  const growth = large.get(r.name).median / small.get(r.name).median;
  const ok = !r.paged || growth <= 1.5;
  console.log(
    [
      r.name,
      ...cells.map((c) => `${round(c.median, 2)} (p95 ${round(c.p95, 2)})`),
      `${round(growth, 2)}×`,
      r.paged ? (ok ? '≤ 1.5× ✓' : '≤ 1.5× ✗') : 'summary',
    ].join('\t'),
  );
  report({
    name: `growth: ${r.name} at ${SIZES.at(-1).toLocaleString('en')} matters`,
    figure: large.get(r.name).median,
    unit: 'ms',
    baseline: small.get(r.name).median,
    baselineName: `same route at ${SIZES[0].toLocaleString('en')} matters`,
  });
}
console.log(
  `load average at end: ${os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
if (failed) process.exitCode = 1;
