// The real server as a child process (`doithoai serve` from dist/), for tests that must kill it
// with SIGKILL or run two of it on one database: build once, start on a port, sign in, stop.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { DEMO_PASSWORD } from '../../src/demo/demo-data.js';

const root = path.resolve(fileURLToPath(new URL('../../../..', import.meta.url)));
const main = path.join(root, 'packages/server/dist/bundle/main.js');
const adminUrl = process.env.DATABASE_URL_TEST ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Builds core, documents and server if their sources changed (the web app is not needed). */
export function buildServer(): void {
  const script = `import { ensureBuild } from ${JSON.stringify(path.join(root, 'scripts/ensure-build.mjs'))}; await ensureBuild({ web: false });`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`build failed: ${r.stdout}${r.stderr}`);
}

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

/** Where a child server keeps its data: a scratch DATA_DIR (SQLite) or a fresh PostgreSQL database. */
export interface Store {
  env: NodeJS.ProcessEnv;
  /** SQLite file or PostgreSQL URL, for opening the same database in the test process. */
  sqliteFile?: string;
  databaseUrl?: string;
  drop(): Promise<void>;
}

export function sqliteStore(): Store {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'doithoai-child-'));
  return {
    env: { DATA_DIR: dir, DATABASE_URL: '' },
    sqliteFile: path.join(dir, 'doithoai.sqlite'),
    drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

export async function postgresStore(): Promise<Store> {
  const name = `doithoai_child_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'doithoai-child-'));
  return {
    env: { DATA_DIR: dir, DATABASE_URL: url.toString() },
    databaseUrl: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface ChildServer {
  url: string;
  proc: ChildProcess;
  /** What it printed to stderr (for failure messages). */
  stderr(): string;
  /** SIGKILL: no shutdown hook runs, like a power cut for the process. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

export async function startServer(store: Store, env: NodeJS.ProcessEnv = {}): Promise<ChildServer> {
  // env.PORT: start again on the port a stopped one had (rolling-restart.test.ts).
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const url = `http://127.0.0.1:${port}`;
  const proc = spawn(process.execPath, [main, 'serve'], {
    cwd: root,
    env: {
      ...process.env,
      LOG_LEVEL: 'error',
      LOGIN_RATE_MAX: '1000',
      HOST: '127.0.0.1',
      PORT: String(port),
      BASE_URL: url,
      ...store.env,
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  proc.stderr!.on('data', (d) => {
    err += String(d);
  });
  const exited = new Promise<void>((r) => proc.once('exit', () => r()));
  const t0 = Date.now();
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`server exited (${proc.exitCode}): ${err}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() - t0 > 60_000) throw new Error(`server did not answer in 60 s: ${err}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url,
    proc,
    stderr: () => err,
    kill: async () => {
      proc.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      if (proc.exitCode === null) {
        proc.kill('SIGTERM');
        await exited;
      }
    },
  };
}

/** Signs in through the real endpoint; returns the cookie header. */
export async function signIn(
  url: string,
  username: string,
  password = DEMO_PASSWORD,
): Promise<string> {
  const res = await fetch(`${url}/api/auth/sign-in/username`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`sign-in ${username}: ${res.status} ${await res.text()}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}
