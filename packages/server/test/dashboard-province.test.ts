// `doithoai demo --scale province` on a small scale: the generated province loads through the CLI,
// the triggers keep one fact per follow-up item, and the oversight table and a commune's dashboard
// agree with counts made directly in SQL; served, it prints no demo logins (there are none).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openSqlite, sqliteFile } from '../src/db/open-database.js';
import { oversightTable } from '../src/dashboard/oversight.js';
import { unitDashboard } from '../src/dashboard/unit-dashboard.js';
import { dashboardMatters } from '../src/dashboard/dashboard-matters.js';
import { runCli } from './support/run-cli.js';
import { buildServer, freePort } from './support/child-server.js';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const saved = { DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL };
let dir: string | undefined;
afterEach(() => {
  Object.assign(process.env, saved);
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

it('generates a small province through the CLI; the dashboards agree with SQL counts', async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'doithoai-province-'));
  process.env.DATA_DIR = dir;
  process.env.DATABASE_URL = '';
  const bad = await runCli(['demo', '--scale', 'country']);
  expect(bad.code).not.toBe(0);
  expect(bad.err).toMatch(/chỉ nhận 'province'/);
  const run = await runCli([
    'demo',
    '--scale',
    'province',
    '--communes',
    '30',
    '--matters',
    '3000',
  ]);
  expect(run.code).toBe(0);
  expect(run.out).toMatch(/30 xã, 3000 ý kiến/);
  const db = openSqlite(sqliteFile(dir));
  try {
    const k = db.kysely;
    const count = async (q: string) =>
      Number((await sql<{ n: number }>`${sql.raw(q)}`.execute(k)).rows[0]!.n);
    expect(await count('select count(*) as n from report_answer_fact')).toBe(
      await count('select count(*) as n from conclusion_item'),
    );
    const actor = {
      userId: 'x',
      grants: [{ role: 'admin' as const, unitId: 'p0', unitPath: '/p0/' }],
    };
    const year = new Date(Date.now() + 7 * 3600_000).getUTCFullYear();
    const o = await oversightTable({ db }, actor, 'p0', { year });
    expect(o.rows).toHaveLength(30);
    const total = o.rows.reduce((n, r) => n + r.answers.total, 0);
    expect(total).toBe(
      await count(
        `select count(*) as n from conclusion_item ci join report_answer_fact f on f.item_id = ci.id where f.due_date between '${year}-01-01' and '${year}-12-31'`,
      ),
    );
    const held = o.rows.reduce((n, r) => n + r.sessions.held, 0);
    expect(held).toBe(
      await count(
        `select count(*) as n from dialogue_session where held_on is not null and date between '${year}-01-01' and '${year}-12-31'`,
      ),
    );
    const d = await unitDashboard({ db }, actor, 'c7', { year });
    expect(d.matters.total).toBe(
      await count(
        `select count(*) as n from matter where unit_id = 'c7' and received_on between '${year}-01-01' and '${year}-12-31'`,
      ),
    );
    expect(d.answers.total).toBe(o.rows.find((r) => r.unitId === 'c7')!.answers.total);
    expect(d.wholeArea).toBe(false);

    // The province's own dashboard sums its communes (it receives no matters itself).
    const p = await unitDashboard({ db }, actor, 'p0', { year });
    expect(p.wholeArea).toBe(true);
    expect(p.round).toBeNull();
    expect(p.matters.total).toBe(
      await count(
        `select count(*) as n from matter m join unit u on u.id = m.unit_id where u.path like '/p0/%' and m.state != 'merged' and m.received_on between '${year}-01-01' and '${year}-12-31'`,
      ),
    );
    expect(p.matters.total).toBeGreaterThan(d.matters.total);
    expect(p.answers.total).toBe(total);
    expect(p.answers.onTime).toBe(o.rows.reduce((n, r) => n + r.answers.onTime, 0));
    // By commune, named: c7's count is its own dashboard's.
    const c7 = p.matters.byVillage.find((v) => v.key === 'c7')!;
    expect(c7.count).toBe(d.matters.total);
    expect(c7.name).toBe(o.rows.find((r) => r.unitId === 'c7')!.name);
    expect(p.matters.byVillage.reduce((n, v) => n + v.count, 0)).toBe(p.matters.total);
    // The list behind the commune's figure holds that commune's matters only.
    const listed = await dashboardMatters({ db }, actor, 'p0', {
      year,
      communeId: 'c7',
      limit: 500,
    });
    expect(listed.items.length).toBe(Math.min(500, d.matters.total));
    const own = new Set(
      (await k.selectFrom('matter').select('id').where('unit_id', '=', 'c7').execute()).map(
        (r) => r.id,
      ),
    );
    expect(listed.items.every((m) => own.has(m.id))).toBe(true);
    // And an answer figure's list reads every commune's items.
    const onTime = await dashboardMatters({ db }, actor, 'p0', {
      year,
      answer: 'on-time',
      limit: 500,
    });
    expect(onTime.items.length).toBe(Math.min(500, p.answers.onTime));
    // Follow-up reads by matter (every worklist, matter page and daily reminder) seek an index
    // instead of scanning every item (0017): the plan SQLite chose, not a timing.
    const plan = (q: string) =>
      db
        .sqlite!.prepare(`explain query plan ${q}`)
        .all()
        .map((r) => (r as { detail: string }).detail)
        .join(' | ');
    expect(
      plan(
        `select due_date from conclusion_item where matter_id in ('m7', 'm37') order by created_at`,
      ),
    ).toMatch(/SEARCH conclusion_item USING INDEX conclusion_item_matter_idx/);
    expect(
      plan(
        `select m.id from matter m join conclusion_item ci on ci.matter_id = m.id where m.unit_id = 'c7' and m.state in ('in-follow-up', 'complex', 'escalated')`,
      ),
    ).not.toMatch(/SCAN ci/);
  } finally {
    await db.close();
  }

  // `doithoai serve` on the generated province (no demo users): it does not print demo logins
  // that would not work there.
  buildServer();
  const port = await freePort();
  const proc = spawn(
    process.execPath,
    [fileURLToPath(new URL('../dist/bundle/main.js', import.meta.url)), 'serve'],
    {
      env: {
        ...process.env,
        DATA_DIR: dir,
        DATABASE_URL: '',
        JOBS: 'off',
        LOG_LEVEL: 'error',
        HOST: '127.0.0.1',
        PORT: String(port),
        BASE_URL: `http://127.0.0.1:${port}`,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  proc.stdout!.on('data', (d) => {
    out += String(d);
  });
  try {
    for (let i = 0; i < 600 && !out.includes('Sẵn sàng') && proc.exitCode === null; i++)
      await new Promise((r) => setTimeout(r, 100));
    expect(out).toContain('Sẵn sàng');
    expect(out).not.toContain('vanphong');
    expect(out).toContain('tài khoản của đơn vị');
  } finally {
    proc.kill('SIGTERM');
    if (proc.exitCode === null) await new Promise((r) => proc.once('exit', r));
  }
}, 120_000);
