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
