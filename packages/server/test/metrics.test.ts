// /metrics (metrics/): a Prometheus scrape after real requests finds the named series with sane
// values — requests and latency per route pattern (no record id ever in a label), the job queue
// and the outbox as the database holds them, group-commit batch sizes (SQLite), pool use
// (PostgreSQL), Node's process figures — and an unauthenticated scrape is refused. Real: the app,
// the database, the METRICS_PORT listener on 127.0.0.1. Written directly: one delivery marked
// failed (a real failure takes six attempts over hours of backoff; the figure is read from the
// table either way).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '../src/bootstrap.js';
import { loadDemo } from '../src/demo/load-demo.js';
import { buildApp } from '../src/http/app.js';
import type { ZodApp } from '../src/http/zod-app.js';
import type { AppDeps } from '../src/http/deps.js';
import { enqueueJob } from '../src/jobs/job.repository.js';
import { loadMetricsConfig } from '../src/metrics/metrics-config.js';
import { metricsAddressOf } from '../src/metrics/metrics.routes.js';
import { enqueueNotification } from '../src/notify/outbox.js';
import { createTestDatabase, dialectCases, type TestDatabase } from './support/databases.js';
import { testConfig } from './support/test-app.js';

const TOKEN = 'metrics-test-token-0123456789abcdef';

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** Prometheus text format, as far as the checks need: `name{a="b",…} value` lines. */
function parse(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m) throw new Error(`not a sample line: ${line}`);
    const labels: Record<string, string> = {};
    for (const l of (m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[l[1]!] = l[2]!;
    samples.push({ name: m[1]!, labels, value: Number(m[3]) });
  }
  return samples;
}

function value(
  samples: Sample[],
  name: string,
  labels: Record<string, string> = {},
): number | undefined {
  return samples.find(
    (s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v),
  )?.value;
}

describe.each(dialectCases)('metrics on $dialect', ({ dialect, skip }) => {
  let database: TestDatabase;
  let deps: AppDeps;
  let app: ZodApp;
  let cookie = '';
  const created: string[] = [];
  const jobsSetting = process.env.JOBS;

  beforeAll(async () => {
    if (skip) return;
    // No job runner: the probe job and the delivery must stay as written until the scrape.
    process.env.JOBS = 'off';
    database = await createTestDatabase(dialect);
    deps = await prepareDatabase(database.db, testConfig());
    await loadDemo(deps.db, deps.auth);
    app = await buildApp(deps, { metrics: { token: TOKEN, port: 0, host: '127.0.0.1' } });
    await app.listen({ port: 0, host: '127.0.0.1' });

    const signIn = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/username',
      headers: { origin: 'http://localhost:3999' },
      payload: { username: 'vanphong', password: 'doithoai2026' },
    });
    cookie = signIn.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const unitId = (await app.inject({ url: '/api/me', headers: { cookie } })).json().grants[0]
      .unitId as string;
    const posts = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        app.inject({
          method: 'POST',
          url: `/api/units/${unitId}/opinions`,
          headers: { cookie },
          payload: { content: `Đề nghị sửa đường liên thôn số ${i}`, source: 'mttq' },
        }),
      ),
    );
    for (const p of posts) {
      expect(p.statusCode, p.body).toBe(201);
      created.push(p.json().id as string);
    }
    for (const id of created)
      expect(
        (await app.inject({ url: `/api/opinions/${id}`, headers: { cookie } })).statusCode,
      ).toBe(200);
    expect((await app.inject({ url: '/api/khong-co-dau' })).statusCode).toBe(404);

    // A job due an hour ago that no runner knows, and one delivery that gave up.
    await enqueueJob(deps.db.kysely, {
      kind: 'metrics-probe',
      runAt: new Date(Date.now() - 3600_000),
    });
    const notification = await enqueueNotification(deps.db.kysely, {
      unitId,
      to: { email: 'dan@example.vn' },
      channels: ['email'],
      kind: 'test',
      subject: 'thử',
      text: 'thử',
    });
    await deps.db.kysely
      .updateTable('notification_delivery')
      .set({ state: 'failed', attempts: 6 })
      .where('notification_id', '=', notification!)
      .execute();
  }, 120_000);

  afterAll(async () => {
    if (jobsSetting === undefined) delete process.env.JOBS;
    else process.env.JOBS = jobsSetting;
    if (skip) return;
    await app?.close();
    await deps?.db.close();
    await database?.drop();
  });

  it.skipIf(skip)(
    'refuses a scrape without the token, or with a wrong one (401, Vietnamese first)',
    async () => {
      const none = await app.inject({ url: '/metrics' });
      expect(none.statusCode).toBe(401);
      expect(none.headers['www-authenticate']).toBe('Bearer');
      expect(none.json().error.code).toBe('UNAUTHENTICATED');
      expect(none.body).not.toContain('http_requests_total');
      const wrong = await app.inject({
        url: '/metrics',
        headers: { authorization: `Bearer ${TOKEN}x` },
      });
      expect(wrong.statusCode).toBe(401);
      // A signed-in user is not a scraper either.
      expect((await app.inject({ url: '/metrics', headers: { cookie } })).statusCode).toBe(401);
    },
  );

  it.skipIf(skip)(
    'with the token: requests and latency per route pattern, the job queue, the outbox, the database, the process',
    async () => {
      const res = await app.inject({
        url: '/metrics',
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
      const s = parse(res.body);

      expect(
        value(s, 'http_requests_total', {
          method: 'POST',
          route: '/api/units/:id/opinions',
          status_code: '201',
        }),
      ).toBe(5);
      expect(
        value(s, 'http_requests_total', {
          method: 'GET',
          route: '/api/opinions/:id',
          status_code: '200',
        }),
      ).toBe(5);
      expect(
        value(s, 'http_requests_total', { method: 'GET', route: '(no route)', status_code: '404' }),
      ).toBeGreaterThanOrEqual(1);
      const count = value(s, 'http_request_duration_seconds_count', {
        method: 'GET',
        route: '/api/opinions/:id',
      })!;
      const sum = value(s, 'http_request_duration_seconds_sum', {
        method: 'GET',
        route: '/api/opinions/:id',
      })!;
      expect(count).toBe(5);
      expect(sum).toBeGreaterThan(0);
      expect(sum / count).toBeLessThan(5);
      // The +Inf bucket holds every request; buckets never decrease.
      const buckets = s
        .filter(
          (x) =>
            x.name === 'http_request_duration_seconds_bucket' &&
            x.labels.route === '/api/opinions/:id',
        )
        .map((x) => x.value);
      expect(buckets.at(-1)).toBe(5);
      expect(buckets).toEqual([...buckets].sort((a, b) => a - b));
      // No record ever becomes a series.
      const routes = new Set(s.filter((x) => x.labels.route).map((x) => x.labels.route!));
      for (const id of created) expect([...routes].some((r) => r.includes(id))).toBe(false);

      expect(value(s, 'doithoai_jobs', { kind: 'metrics-probe', state: 'pending' })).toBe(1);
      expect(value(s, 'doithoai_jobs_due', { kind: 'metrics-probe' })).toBe(1);
      const age = value(s, 'doithoai_jobs_oldest_due_age_seconds', { kind: 'metrics-probe' })!;
      expect(age).toBeGreaterThanOrEqual(3599);
      expect(age).toBeLessThan(3600 + 120);

      expect(value(s, 'doithoai_outbox_deliveries', { channel: 'email', state: 'failed' })).toBe(1);
      expect(value(s, 'doithoai_outbox_deliveries', { channel: 'sms', state: 'failed' })).toBe(0);
      expect(value(s, 'doithoai_metrics_collect_errors_total')).toBeUndefined();

      if (dialect === 'sqlite') {
        // Five entries committed, in one batch or several.
        expect(value(s, 'doithoai_group_commit_batch_size_sum')).toBeGreaterThanOrEqual(5);
        expect(value(s, 'doithoai_group_commit_batch_size_count')).toBeGreaterThanOrEqual(1);
        expect(value(s, 'doithoai_db_pool_connections')).toBeUndefined();
      } else {
        const open = value(s, 'doithoai_db_pool_connections', { pool: 'primary', state: 'open' })!;
        expect(open).toBeGreaterThanOrEqual(1);
        expect(
          value(s, 'doithoai_db_pool_connections', { pool: 'primary', state: 'idle' })! +
            value(s, 'doithoai_db_pool_connections', { pool: 'primary', state: 'in_use' })!,
        ).toBe(open);
        expect(
          value(s, 'doithoai_db_pool_connections', { pool: 'primary', state: 'waiting' }),
        ).toBe(0);
        expect(open).toBeLessThanOrEqual(
          value(s, 'doithoai_db_pool_max_connections', { pool: 'primary' })!,
        );
      }

      expect(value(s, 'process_resident_memory_bytes')).toBeGreaterThan(10_000_000);
      // CPU counts from the first scrape on (0 then), so: present; the process started within the hour.
      expect(value(s, 'process_cpu_user_seconds_total')).toBeGreaterThanOrEqual(0);
      const started = value(s, 'process_start_time_seconds')!;
      expect(started).toBeLessThanOrEqual(Date.now() / 1000);
      expect(started).toBeGreaterThan(Date.now() / 1000 - 3600);
      expect(value(s, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
    },
  );

  it.skipIf(skip)(
    'METRICS_PORT: the same figures on 127.0.0.1 without a token; nothing else there',
    async () => {
      const address = metricsAddressOf.get(app)!;
      expect(address.address).toBe('127.0.0.1');
      const res = await fetch(`http://127.0.0.1:${address.port}/metrics`);
      expect(res.status).toBe(200);
      const s = parse(await res.text());
      expect(
        value(s, 'http_requests_total', {
          method: 'POST',
          route: '/api/units/:id/opinions',
          status_code: '201',
        }),
      ).toBe(5);
      expect(value(s, 'doithoai_jobs', { kind: 'metrics-probe', state: 'pending' })).toBe(1);
      expect((await fetch(`http://127.0.0.1:${address.port}/api/health`)).status).toBe(404);
    },
  );
});

describe('metrics settings', () => {
  it('off unless METRICS_TOKEN or METRICS_PORT is set: /metrics is then "not found", never the web app', async () => {
    const database = await createTestDatabase('sqlite');
    const deps = await prepareDatabase(database.db, testConfig());
    const app = await buildApp(deps, { metrics: loadMetricsConfig({}) });
    try {
      const res = await app.inject({ url: '/metrics', headers: { 'accept-language': 'vi' } });
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('NOT_FOUND');
    } finally {
      await app.close();
      await deps.db.close();
      await database.drop();
    }
  });

  it('reads METRICS_TOKEN, METRICS_PORT, METRICS_HOST; refuses a short token or a bad port', () => {
    expect(loadMetricsConfig({ METRICS_TOKEN: TOKEN, METRICS_PORT: '9101' })).toEqual({
      token: TOKEN,
      port: 9101,
      host: '127.0.0.1',
    });
    expect(loadMetricsConfig({ METRICS_PORT: '9101', METRICS_HOST: '10.0.0.5' }).host).toBe(
      '10.0.0.5',
    );
    expect(() => loadMetricsConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
    expect(() => loadMetricsConfig({ METRICS_PORT: 'abc' })).toThrow(/METRICS_PORT/);
  });
});
