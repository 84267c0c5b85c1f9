// Read replica (issue 21, ADR 0005): a real streaming replica this test starts on this machine.
// A fresh primary (initdb on its own port, in a temporary folder) and a replica of it
// (pg_basebackup -R -X stream), two `doithoai serve` processes with DATABASE_URL at the primary and
// DATABASE_REPLICA_URL at the replica. The dashboards, oversight, search, reports, exports, portal
// pages and open data are read on the replica (its pg_stat_activity shows the app's connections);
// a user's read right after their own write shows the write (on either process); a replica paused
// past REPLICA_MAX_LAG_MS, or stopped in the middle of a run, costs no failed request.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { lsnBytes } from '../src/db/replica.js';
import { buildServer, freePort, signIn } from './support/child-server.js';
import { startLoggedServer, type LoggedServer } from './support/logged-server.js';
import {
  clusterMissing,
  skipUnlessAvailable,
  startPrimary,
  startReplica,
  waitForServer,
  type Cluster,
} from './support/pg-cluster.js';

const skip = skipUnlessAvailable(
  'read replica tests (their own PostgreSQL primary and replica)',
  clusterMissing,
);
const MAX_LAG_MS = 6000;

describe('replica settings', () => {
  it('DATABASE_REPLICA_URL and DATABASE_LISTEN_URL are postgres:// URLs beside DATABASE_URL', () => {
    const primary = 'postgres://app@10.0.0.11/doithoai';
    expect(loadConfig({ DATABASE_URL: primary }).replica).toBeNull();
    expect(
      loadConfig({
        DATABASE_URL: primary,
        DATABASE_REPLICA_URL: 'postgres://app@10.0.0.12/doithoai',
        REPLICA_MAX_LAG_MS: '2000',
      }).replica,
    ).toEqual({ url: 'postgres://app@10.0.0.12/doithoai', maxLagMs: 2000, checkMs: 1000 });
    expect(
      loadConfig({
        DATABASE_URL: primary,
        DATABASE_LISTEN_URL: 'postgres://app@127.0.0.1:5432/doithoai',
      }).databaseListenUrl,
    ).toBe('postgres://app@127.0.0.1:5432/doithoai');
    expect(() => loadConfig({ DATABASE_REPLICA_URL: 'postgres://app@10.0.0.12/doithoai' })).toThrow(
      /needs DATABASE_URL/,
    );
    expect(() => loadConfig({ DATABASE_URL: primary, DATABASE_REPLICA_URL: 'mysql://x' })).toThrow(
      /must be a postgres/,
    );
    expect(() =>
      loadConfig({
        DATABASE_URL: primary,
        DATABASE_REPLICA_URL: 'postgres://r/d',
        REPLICA_CHECK_MS: '0',
      }),
    ).toThrow(/REPLICA_CHECK_MS/);
  });

  it('WAL positions compare as numbers of bytes', () => {
    expect(lsnBytes('0/3016038') - lsnBytes('0/3000000')).toBe(0x16038n);
    expect(lsnBytes('1/0') > lsnBytes('0/FFFFFFFF')).toBe(true);
  });
});

interface Health {
  replica?: { ok: boolean; lagMs: number | null; lagBytes: number | null; reason?: string };
}

describe.skipIf(skip)('a real streaming replica takes the reads that tolerate lag', () => {
  let primary: Cluster | undefined;
  let replica: Cluster | undefined;
  let dataDir: string | undefined;
  const servers: LoggedServer[] = [];
  let a: LoggedServer;
  let b: LoggedServer;
  let unitId: string;
  let districtId: string;
  let slug: string;
  const cookies: Record<string, string> = {};
  const onPrimary = async (text: string, values: unknown[] = []) => {
    const c = new pg.Client({ connectionString: primary!.url('doithoai') });
    await c.connect();
    try {
      return (await c.query(text, values)).rows;
    } finally {
      await c.end();
    }
  };
  const onReplica = async (text: string) => {
    const c = new pg.Client({ connectionString: replica!.url('doithoai') });
    await c.connect();
    try {
      return (await c.query(text)).rows;
    } finally {
      await c.end();
    }
  };
  const health = async (s: LoggedServer) =>
    ((await (await fetch(`${s.url}/api/health`)).json()) as Health).replica!;
  const until = async (what: string, ok: () => Promise<boolean>, timeoutMs = 20_000) => {
    const t0 = Date.now();
    while (!(await ok())) {
      if (Date.now() - t0 > timeoutMs)
        throw new Error(
          `not within ${timeoutMs} ms: ${what}\n${servers.map((s) => s.log().slice(-2000)).join('\n')}`,
        );
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const get = (s: LoggedServer, p: string, who: string) =>
    fetch(`${s.url}${p}`, { headers: { cookie: cookies[who] ?? '' } });

  beforeAll(async () => {
    buildServer();
    const [pPort, rPort] = [await freePort(), await freePort()];
    primary = startPrimary(pPort);
    await onPrimaryAdmin(primary, 'create database doithoai');
    replica = startReplica(primary, rPort);
    await waitForServer(replica.url('doithoai'));
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'doithoai-replica-app-'));
    const env = {
      DATA_DIR: dataDir,
      DATABASE_URL: primary.url('doithoai'),
      DATABASE_REPLICA_URL: replica.url('doithoai'),
      REPLICA_MAX_LAG_MS: String(MAX_LAG_MS),
      REPLICA_CHECK_MS: '200',
    };
    a = await startLoggedServer(env); // migrates and loads the demo commune (on the primary)
    servers.push(a);
    b = await startLoggedServer(env);
    servers.push(b);
    for (const who of ['vanphong', 'chutich', 'tinh']) cookies[who] = await signIn(a.url, who);
    const me = (await (await get(a, '/api/me', 'vanphong')).json()) as {
      grants: { unitId: string }[];
    };
    unitId = me.grants[0]!.unitId;
    const tinh = (await (await get(a, '/api/me', 'tinh')).json()) as {
      grants: { unitId: string }[];
    };
    districtId = tinh.grants[0]!.unitId;
    slug = (
      (await onPrimary('select slug from unit where id = $1', [unitId])) as { slug: string }[]
    )[0]!.slug;
  }, 240_000);

  afterAll(async () => {
    for (const s of servers) await s.stop();
    await replica?.remove();
    await primary?.remove();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('dashboards, oversight, search, reports, exports, portal pages and open data are read on the replica', async () => {
    // The sign-ins were writes: the users read the primary until the replica has replayed past them.
    await until(
      'health says the replica is in use',
      async () => (await health(a)).ok && (await health(b)).ok,
    );
    await until(
      'the dashboard is read on the replica',
      async () =>
        (await get(b, `/api/units/${unitId}/dashboard`, 'chutich')).headers.get('x-read-from') ===
        'replica',
    );
    const year = new Date().getFullYear();
    const reads: [string, string][] = [
      [`/api/units/${unitId}/dashboard`, 'chutich'],
      [`/api/units/${unitId}/dashboard/matters`, 'chutich'],
      [`/api/units/${districtId}/oversight`, 'tinh'],
      [`/api/units/${districtId}/oversight.xlsx`, 'tinh'],
      [`/api/units/${unitId}/dashboard/overdue.xlsx`, 'chutich'],
      [`/api/units/${unitId}/opinions?limit=5`, 'chutich'],
      [`/api/units/${unitId}/reports/year:${year}`, 'chutich'],
      [`/xa/${slug}`, ''],
      [`/xa/${slug}/tra-loi`, ''],
      ['/xa', ''],
      [`/api/open-data/${slug}/answers.json`, ''],
    ];
    for (const [p, who] of reads) {
      for (const s of [a, b]) {
        // Each user's own sign-in was a write: their reads move to the replica once it has replayed
        // past it (on a busy machine that may take a moment), and then stay there.
        let res = await get(s, p, who);
        await until(
          `${p} read on the replica`,
          async () => (res = await get(s, p, who)).headers.get('x-read-from') === 'replica',
        );
        expect(
          res.status,
          `${p}: ${await res
            .clone()
            .text()
            .then((t) => t.slice(0, 300))}`,
        ).toBeLessThan(400);
        expect(res.headers.get('x-read-from'), p).toBe('replica');
      }
    }
    // The replica's own view: the app's connections, by the application_name it sets.
    const onIt = (await onReplica(
      `select count(*)::int as n from pg_stat_activity where application_name = 'doithoai-replica' and datname = 'doithoai'`,
    )) as { n: number }[];
    expect(onIt[0]!.n).toBeGreaterThan(0);
    const onPrim = (await onPrimary(
      `select count(*)::int as n from pg_stat_activity where application_name = 'doithoai-replica'`,
    )) as { n: number }[];
    expect(onPrim[0]!.n).toBe(0);
    const h = await health(a);
    expect(h).toMatchObject({ ok: true });
    expect(h.lagMs).toBeLessThan(MAX_LAG_MS);
    expect(typeof h.lagBytes).toBe('number');
    // A write, even a misrouted one, cannot land on the replica.
    await expect(
      onReplica(`insert into app_setting (key, value) values ('x', 'y')`),
    ).rejects.toThrow(/read-only/);
  }, 90_000);

  it('a user reads their own write at once (either process); others read the replica until it is too far behind', async () => {
    await until(
      'the replica is in use',
      async () =>
        (await get(b, `/api/units/${unitId}/dashboard`, 'chutich')).headers.get('x-read-from') ===
        'replica',
    );
    // Replay stops on the replica: whatever is written now is not on it.
    await onReplica('select pg_wal_replay_pause()');
    const paused = Date.now();
    try {
      const created = await fetch(`${a.url}/api/units/${unitId}/opinions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: cookies.vanphong! },
        body: JSON.stringify({
          content: 'Đề nghị sửa cống thoát nước xóm 3 (bản sao)',
          source: 'mttq',
        }),
      });
      expect(created.status).toBe(201);
      const { id } = (await created.json()) as { id: string };
      // The browser keeps the cookie the write set: the time of the user's latest write.
      const wrote = created.headers
        .getSetCookie()
        .map((c) => c.split(';')[0]!)
        .find((c) => c.startsWith('doithoai_wrote='));
      expect(wrote).toBeDefined();
      cookies.vanphong = cookies
        .vanphong!.split('; ')
        .filter((c) => !c.startsWith('doithoai_wrote='))
        .concat(wrote!)
        .join('; ');
      const list = `/api/units/${unitId}/opinions?limit=20`;
      const has = async (res: Response) =>
        ((await res.json()) as { items: { id: string }[] }).items.some((m) => m.id === id);
      for (const s of [a, b]) {
        const mine = await get(s, list, 'vanphong');
        expect(mine.headers.get('x-read-from')).toBe('primary');
        expect(await has(mine)).toBe(true);
      }
      // Another user, who wrote nothing since, reads the replica: the write is not there yet.
      const other = await get(b, list, 'chutich');
      if (Date.now() - paused < MAX_LAG_MS - 1000) {
        expect(other.headers.get('x-read-from')).toBe('replica');
        expect(await has(other)).toBe(false);
      }
      // Past REPLICA_MAX_LAG_MS the replica is too far behind: everyone reads the primary.
      await until(
        'health says the replica is too far behind',
        async () => !(await health(b)).ok,
        MAX_LAG_MS + 10_000,
      );
      expect((await health(b)).reason).toMatch(/behind/);
      const later = await get(b, list, 'chutich');
      expect(later.status).toBe(200);
      expect(later.headers.get('x-read-from')).toBe('primary');
      expect(await has(later)).toBe(true);
    } finally {
      await onReplica('select pg_wal_replay_resume()');
    }
    await until('the replica is back in use', async () => (await health(b)).ok);
    expect(b.log(), a.log() + b.log()).toMatch(/read replica not used: behind by/);
  }, 90_000);

  it('stopping the replica in the middle of a run costs no failed request', async () => {
    await until(
      'the replica is in use',
      async () =>
        (await get(a, `/api/units/${unitId}/dashboard`, 'chutich')).headers.get('x-read-from') ===
        'replica',
    );
    const paths: [string, string][] = [
      [`/api/units/${unitId}/dashboard`, 'chutich'],
      [`/api/units/${districtId}/oversight`, 'tinh'],
      [`/api/units/${unitId}/opinions?limit=10`, 'chutich'],
      [`/xa/${slug}`, ''],
      [`/api/open-data/${slug}/answers.json`, ''],
    ];
    const results: { status: number; from: string | null; i: number }[] = [];
    let next = 0;
    let stopping: Promise<void> | null = null;
    const N = 60;
    const worker = async () => {
      while (next < N) {
        const i = next++;
        if (i === 20) stopping = replica!.stop('fast'); // the replica goes away while requests run
        const [p, who] = paths[i % paths.length]!;
        const res = await get(i % 2 ? a : b, p, who);
        await res.arrayBuffer();
        results.push({ status: res.status, from: res.headers.get('x-read-from'), i });
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    await stopping;
    // A few more after it is down.
    for (let i = 0; i < 10; i++) {
      const [p, who] = paths[i % paths.length]!;
      const res = await get(i % 2 ? a : b, p, who);
      await res.arrayBuffer();
      results.push({ status: res.status, from: res.headers.get('x-read-from'), i: N + i });
    }
    const failed = results.filter((r) => r.status !== 200);
    expect(failed, JSON.stringify(failed)).toEqual([]);
    expect(results.filter((r) => r.i < 20 && r.from === 'replica').length).toBeGreaterThan(0);
    expect(results.filter((r) => r.i >= N).every((r) => r.from === 'primary')).toBe(true);
    for (const s of [a, b]) {
      const h = await health(s);
      expect(h.ok).toBe(false);
      expect(h.reason).toMatch(/unreachable|behind/);
    }
    // The fall back is logged as a warning (pino, level 40), not answered as an error.
    const warnings = servers
      .map((s) => s.log())
      .join('\n')
      .split('\n')
      .filter((l) => l.includes('"level":40') && /replica/.test(l));
    expect(warnings.length).toBeGreaterThan(0);
  }, 120_000);
});

async function onPrimaryAdmin(primary: Cluster, text: string) {
  const c = new pg.Client({ connectionString: primary.url('postgres') });
  await c.connect();
  try {
    await c.query(text);
  } finally {
    await c.end();
  }
}
