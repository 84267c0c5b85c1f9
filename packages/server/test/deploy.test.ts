// The deployment files in deploy/ (deploy/README.md), checked by the programs that will read them:
// `systemd-analyze verify` on both units; `nginx -t` on the site, then a real nginx (TLS on a
// scratch certificate) in front of a real app process and a stopped one: every request answered
// through the live one, the portal's published pages cached and the per-visitor ones not,
// /metrics not reachable from outside; and every series the Grafana dashboard draws is one the
// app exports. Where systemd-analyze or nginx is not installed, that part is skipped and says why.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '../src/bootstrap.js';
import { buildApp } from '../src/http/app.js';
import {
  buildServer,
  freePort,
  sqliteStore,
  startServer,
  type ChildServer,
  type Store,
} from './support/child-server.js';
import { createTestDatabase } from './support/databases.js';
import { testConfig } from './support/test-app.js';

const root = path.resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const deploy = path.join(root, 'deploy');
const has = (program: string) => spawnSync('sh', ['-c', `command -v ${program}`]).status === 0;
const hasSystemd = has('systemd-analyze');
const hasNginx = has('nginx') || fs.existsSync('/usr/sbin/nginx');
const nginxBin = fs.existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';
if (!hasSystemd)
  console.warn(
    '⚠ deploy.test.ts: systemd-analyze not installed: the systemd units are NOT verified here',
  );
if (!hasNginx)
  console.warn(
    '⚠ deploy.test.ts: nginx not installed (apt-get install nginx-light): the nginx site is NOT checked here',
  );

const scratch = () => fs.mkdtempSync(path.join(os.tmpdir(), 'doithoai-deploy-'));

describe('systemd units', () => {
  /** Copies the units to a folder of their own and verifies the app unit as an instance, and the worker. */
  function verify(edit: (unit: string) => string = (u) => u) {
    const dir = scratch();
    try {
      for (const name of ['doithoai@.service', 'doithoai-jobs.service']) {
        let unit = fs.readFileSync(path.join(deploy, 'systemd', name), 'utf8');
        // systemd checks that ExecStart's program exists; on a machine whose node lives elsewhere, use that one.
        if (!fs.existsSync('/usr/bin/node'))
          unit = unit.replaceAll('/usr/bin/node', process.execPath);
        fs.writeFileSync(path.join(dir, name), edit(unit));
      }
      return spawnSync(
        'systemd-analyze',
        ['verify', './doithoai@3001.service', './doithoai-jobs.service'],
        { cwd: dir, encoding: 'utf8' },
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  it.skipIf(!hasSystemd)(
    'systemd-analyze verify finds nothing to say about doithoai@3001.service and doithoai-jobs.service',
    () => {
      const r = verify();
      expect(r.stderr.split('\n').filter((l) => /doithoai/.test(l))).toEqual([]);
      expect(r.status).toBe(0);
    },
  );

  it.skipIf(!hasSystemd)('(the check can fail: a misspelt setting is reported)', () => {
    const r = verify((u) => u.replace('KillMode=mixed', 'KillMode=mixd'));
    expect(r.stderr).toMatch(/kill mode/i);
  });

  it('each app process has its port from the instance, listens on 127.0.0.1 behind the proxy and leaves jobs to the worker', () => {
    const unit = fs.readFileSync(path.join(deploy, 'systemd', 'doithoai@.service'), 'utf8');
    for (const line of [
      'Environment=PORT=%i',
      'Environment=HOST=127.0.0.1',
      'Environment=TRUST_PROXY=1',
      'Environment=JOBS=off',
      'KillSignal=SIGTERM',
    ])
      expect(unit).toContain(line);
    expect(unit).toMatch(/^ExecStart=.* serve --no-demo$/m);
    // Stop timeout longer than the app's own shutdown bound (SHUTDOWN_TIMEOUT_MS, 25 s).
    expect(Number(/^TimeoutStopSec=(\d+)$/m.exec(unit)![1])).toBeGreaterThan(25);
    expect(fs.readFileSync(path.join(deploy, 'systemd', 'doithoai-jobs.service'), 'utf8')).toMatch(
      /^ExecStart=.* jobs work$/m,
    );
  });
});

/** The site as nginx on a test machine can load it: scratch certificate, cache and ports; upstream = the given ports. */
function siteForTest(
  dir: string,
  ports: { http: number; https: number; upstream: number[] },
): string {
  spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      path.join(dir, 'key.pem'),
      '-out',
      path.join(dir, 'cert.pem'),
      '-days',
      '1',
      '-subj',
      '/CN=doithoai.example.gov.vn',
    ],
    { stdio: 'ignore' },
  );
  fs.mkdirSync(path.join(dir, 'cache'), { mode: 0o777 });
  fs.chmodSync(dir, 0o755);
  const site = fs
    .readFileSync(path.join(deploy, 'nginx', 'doithoai.conf'), 'utf8')
    .replace(
      '/etc/letsencrypt/live/doithoai.example.gov.vn/fullchain.pem',
      path.join(dir, 'cert.pem'),
    )
    .replace('/etc/letsencrypt/live/doithoai.example.gov.vn/privkey.pem', path.join(dir, 'key.pem'))
    .replace('/var/cache/nginx/doithoai', path.join(dir, 'cache'))
    .replace(/^\s*listen \[::\].*$/gm, '')
    .replace(/listen 80;/, `listen 127.0.0.1:${ports.http};`)
    .replace(/listen 443 ssl http2;/, `listen 127.0.0.1:${ports.https} ssl http2;`)
    .replace(
      /(upstream doithoai \{)[^}]*?(keepalive)/s,
      `$1\n${ports.upstream.map((p) => `    server 127.0.0.1:${p} max_fails=0;`).join('\n')}\n    $2`,
    );
  fs.writeFileSync(path.join(dir, 'site.conf'), site);
  const conf = path.join(dir, 'nginx.conf');
  fs.writeFileSync(
    conf,
    [
      'daemon off;',
      'worker_processes 1;',
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log;`,
      'events {}',
      'http {',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
        (t) => `  ${t}_temp_path ${dir}/${t}_temp;`,
      ),
      `  include ${dir}/site.conf;`,
      '}',
      '',
    ].join('\n'),
  );
  return conf;
}

describe.skipIf(!hasNginx)('the nginx site', () => {
  it('nginx -t accepts it', () => {
    const dir = scratch();
    try {
      const conf = siteForTest(dir, { http: 8080, https: 8443, upstream: [3001, 3002] });
      const r = spawnSync(
        nginxBin,
        ['-t', '-e', path.join(dir, 'error.log'), '-p', dir, '-c', conf],
        { encoding: 'utf8' },
      );
      expect(r.stderr).toContain('test is successful');
      expect(r.status).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('in front of a real app process and a stopped one', () => {
    let store: Store;
    let app: ChildServer;
    let nginx: ChildProcess;
    let dir: string;
    let httpsPort = 0;
    let httpPort = 0;
    const token = 'deploy-test-metrics-token-0123456789';
    beforeAll(async () => {
      buildServer();
      store = sqliteStore();
      app = await startServer(store, { METRICS_TOKEN: token, TRUST_PROXY: '1' });
      dir = scratch();
      httpPort = await freePort();
      httpsPort = await freePort();
      const stopped = await freePort(); // nothing listens there: a process in the middle of its restart
      const conf = siteForTest(dir, {
        http: httpPort,
        https: httpsPort,
        upstream: [stopped, Number(new URL(app.url).port)],
      });
      nginx = spawn(nginxBin, ['-e', path.join(dir, 'error.log'), '-p', dir, '-c', conf], {
        stdio: 'ignore',
      });
      for (let i = 0; ; i++) {
        try {
          await get('/api/health');
          break;
        } catch (e) {
          if (i > 100)
            throw new Error(
              `nginx did not answer: ${String(e)} ${fs.existsSync(path.join(dir, 'error.log')) ? fs.readFileSync(path.join(dir, 'error.log'), 'utf8') : ''}`,
            );
          await new Promise((r) => setTimeout(r, 100));
        }
      }
    }, 180_000);
    afterAll(async () => {
      if (nginx && nginx.exitCode === null) {
        const exited = new Promise((r) => nginx.once('exit', r));
        nginx.kill('SIGQUIT');
        await exited;
      }
      await app?.stop();
      await store?.drop();
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
    });

    function get(
      p: string,
      headers: Record<string, string> = {},
      { tls = true } = {},
    ): Promise<{
      status: number;
      headers: Record<string, string | string[] | undefined>;
      body: string;
    }> {
      return new Promise((resolve, reject) => {
        const options = {
          host: '127.0.0.1',
          port: tls ? httpsPort : httpPort,
          path: p,
          agent: false,
          headers: { host: 'doithoai.example.gov.vn', ...headers },
        };
        const req = tls
          ? https.request(
              { ...options, servername: 'doithoai.example.gov.vn', rejectUnauthorized: false },
              onResponse,
            )
          : http.request(options, onResponse);
        function onResponse(res: http.IncomingMessage) {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (d: string) => {
            body += d;
          });
          res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
        }
        req.on('error', reject);
        req.end();
      });
    }

    it('over TLS, every request is answered although one upstream refuses (the next one takes it)', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++) statuses.push((await get('/api/health')).status);
      expect(statuses).toEqual(Array(8).fill(200));
      const plain = await get('/xa', { host: 'doithoai.example.gov.vn' }, { tls: false });
      expect(plain.status).toBe(301);
      expect(plain.headers.location).toBe('https://doithoai.example.gov.vn/xa');
    });

    it('caches the published portal pages for everyone, never the tracking page or the form', async () => {
      const first = await get('/xa/son-giang');
      expect(first.status).toBe(200);
      expect(first.body).toContain('Sơn Giang');
      const second = await get('/xa/son-giang');
      expect(second.headers['x-cache-status']).toBe('HIT');
      expect(second.body).toBe(first.body);
      for (const p of ['/xa/son-giang/tra-cuu', '/xa/son-giang/gui-y-kien']) {
        await get(p);
        const again = await get(p);
        expect(again.status, p).toBe(200);
        expect(again.headers['x-cache-status'], p).toBeUndefined();
      }
      // The staff console's API is never cached either.
      expect((await get('/api/health')).headers['x-cache-status']).toBeUndefined();
    });

    it('/metrics is not reachable through nginx, even with the token; Prometheus reads it on the app port', async () => {
      expect((await get('/metrics', { authorization: `Bearer ${token}` })).status).toBe(404);
      const direct = await fetch(`${app.url}/metrics`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(direct.status).toBe(200);
      expect(await direct.text()).toContain(
        'http_requests_total{method="GET",route="/xa/:slug",status_code="200"}',
      );
    });
  });
});

describe('the Grafana dashboard', () => {
  it('is valid JSON whose every query draws series the app exports', async () => {
    const dashboard = JSON.parse(
      fs.readFileSync(path.join(deploy, 'grafana', 'doithoai-dashboard.json'), 'utf8'),
    ) as { panels: { targets?: { expr: string }[] }[] };
    const exprs = dashboard.panels.flatMap((p) => p.targets ?? []).map((t) => t.expr);
    expect(exprs.length).toBeGreaterThan(10);
    const used = new Set(
      exprs.flatMap((e) => e.match(/\b(?:http|doithoai|process|nodejs)_[a-z0-9_]+/g) ?? []),
    );

    const database = await createTestDatabase('sqlite');
    const deps = await prepareDatabase(database.db, testConfig());
    const app = await buildApp(deps, {
      metrics: { token: 'dashboard-test-token-0123456789', port: null, host: '127.0.0.1' },
    });
    try {
      const text = (
        await app.inject({
          url: '/metrics',
          headers: { authorization: 'Bearer dashboard-test-token-0123456789' },
        })
      ).body;
      // Declared families (# TYPE), with a histogram's _bucket, _sum and _count.
      const exported = new Set<string>();
      for (const m of text.matchAll(/^# TYPE (\S+) (\S+)$/gm)) {
        exported.add(m[1]!);
        if (m[2] === 'histogram')
          for (const s of ['_bucket', '_sum', '_count']) exported.add(m[1]! + s);
      }
      expect([...used].filter((name) => !exported.has(name))).toEqual([]);
    } finally {
      await app.close();
      await deps.db.close();
      await database.drop();
    }
  });
});
