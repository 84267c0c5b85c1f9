// Real PostgreSQL servers a test starts and removes itself: a fresh primary (initdb, configured
// for streaming replication) on its own port in a temporary folder, a streaming replica of it
// (pg_basebackup -R), and PgBouncer in front of a server. The shared server on 5432 is left alone.
// As root every program runs as the `postgres` user (runuser); PostgreSQL refuses to run as root.
// Missing programs: the test is skipped with the reason, or fails under REQUIRE_POSTGRES=1.
import { execFile, execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

const asRoot = process.getuid?.() === 0;

/** The newest PostgreSQL server binaries on this machine (Debian's layout), or null. */
function findBinDir(): string | null {
  const complete = (dir: string) =>
    ['initdb', 'pg_ctl', 'pg_basebackup'].every((b) => fs.existsSync(path.join(dir, b)));
  if (process.env.PG_BIN_DIR)
    return complete(process.env.PG_BIN_DIR) ? process.env.PG_BIN_DIR : null;
  const base = '/usr/lib/postgresql';
  if (!fs.existsSync(base)) return null;
  const versions = fs
    .readdirSync(base)
    .filter((v) => /^\d+$/.test(v))
    .sort((a, b) => Number(b) - Number(a));
  return versions.map((v) => path.join(base, v, 'bin')).find(complete) ?? null;
}

function hasUser(name: string): boolean {
  return spawnSync('id', ['-u', name]).status === 0;
}

export const pgBinDir = findBinDir();
export const pgbouncerBin =
  ['/usr/sbin/pgbouncer', '/usr/bin/pgbouncer'].find((p) => fs.existsSync(p)) ?? null;

/** Why a test of its own PostgreSQL servers cannot run here, or null when it can. */
export const clusterMissing: string | null = !pgBinDir
  ? 'no PostgreSQL server binaries (initdb, pg_ctl, pg_basebackup under /usr/lib/postgresql/*/bin; apt-get install postgresql)'
  : asRoot && !(hasUser('postgres') && fs.existsSync('/usr/sbin/runuser'))
    ? 'running as root without a `postgres` user and runuser'
    : null;
export const pgbouncerMissing: string | null = pgbouncerBin
  ? null
  : 'no pgbouncer (apt-get install pgbouncer)';

/** Skips loudly, or throws under REQUIRE_POSTGRES=1 (CI), when `reason` is set. */
export function skipUnlessAvailable(what: string, reason: string | null): boolean {
  if (!reason) return false;
  if (process.env.REQUIRE_POSTGRES === '1')
    throw new Error(`REQUIRE_POSTGRES=1 but ${what} cannot run: ${reason}`);
  console.warn(`\n⚠ ${what} SKIPPED: ${reason}\n`);
  return true;
}

/** Runs a program as the postgres user (as root) or as ourselves; throws with its output on failure. */
function run(bin: string, args: string[]): string {
  const [cmd, argv] = asRoot
    ? ['/usr/sbin/runuser', ['-u', 'postgres', '--', bin, ...args]]
    : [bin, args];
  try {
    return execFileSync(cmd, argv, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 120_000,
    });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(
      `${path.basename(bin)} ${args.join(' ')} failed: ${err.message}\n${err.stdout ?? ''}${err.stderr ?? ''}`,
    );
  }
}

/** The same, without blocking this process (requests may be running meanwhile). */
function runAsync(bin: string, args: string[]): Promise<string> {
  const [cmd, argv] = asRoot
    ? ['/usr/sbin/runuser', ['-u', 'postgres', '--', bin, ...args]]
    : [bin, args];
  return new Promise((resolve, reject) => {
    execFile(cmd, argv, { encoding: 'utf8', timeout: 120_000 }, (err, stdout, stderr) =>
      err
        ? reject(
            new Error(
              `${path.basename(bin)} ${args.join(' ')} failed: ${err.message}\n${stdout}${stderr}`,
            ),
          )
        : resolve(stdout),
    );
  });
}

/** A temporary folder the postgres user owns. */
function scratchDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.chmodSync(dir, 0o700);
  if (asRoot) execFileSync('chown', ['postgres:postgres', dir]);
  return dir;
}

export interface Cluster {
  port: number;
  dir: string;
  /** postgres://postgres@127.0.0.1:port/<database> */
  url(database?: string, params?: Record<string, string>): string;
  /** pg_ctl stop; 'immediate' is a crash for the server. Stopping a stopped one is fine. */
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  /** Stops it if running and removes its folder. */
  remove(): Promise<void>;
}

function cluster(dir: string, data: string, port: number): Cluster {
  const pgCtl = path.join(pgBinDir!, 'pg_ctl');
  let running = true;
  const stop = async (mode: 'fast' | 'immediate' = 'fast') => {
    if (!running) return;
    running = false;
    await runAsync(pgCtl, ['-D', data, '-m', mode, '-w', 'stop']).catch(() => {
      /* already down */
    });
  };
  return {
    port,
    dir,
    url: (database = 'postgres', params = {}) => {
      const u = new URL(`postgres://postgres@127.0.0.1:${port}/${database}`);
      for (const [k, v] of Object.entries(params)) u.searchParams.set(k, v);
      return u.toString();
    },
    stop,
    remove: async () => {
      await stop('immediate');
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function start(data: string, port: number, dir: string) {
  // Its own socket folder: nothing of the shared server's /var/run/postgresql is touched.
  const opts = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dir}`;
  run(path.join(pgBinDir!, 'pg_ctl'), [
    '-D',
    data,
    '-l',
    path.join(dir, 'log'),
    '-o',
    opts,
    '-w',
    '-t',
    '60',
    'start',
  ]);
}

/** Runs `make`; if it throws, the folder goes (a server that did start there is stopped first). */
function removedOnFailure(dir: string, make: () => Cluster): Cluster {
  try {
    return make();
  } catch (e) {
    try {
      run(path.join(pgBinDir!, 'pg_ctl'), [
        '-D',
        path.join(dir, 'data'),
        '-m',
        'immediate',
        '-w',
        'stop',
      ]);
    } catch {
      /* not running */
    }
    fs.rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}

/** A fresh primary: initdb (trust on 127.0.0.1, replication allowed there), started on `port`. */
export function startPrimary(port: number): Cluster {
  const dir = scratchDir('doithoai-primary-');
  const data = path.join(dir, 'data');
  return removedOnFailure(dir, () => {
    run(path.join(pgBinDir!, 'initdb'), [
      '-D',
      data,
      '-U',
      'postgres',
      '--auth=trust',
      '-E',
      'UTF8',
      '--locale=C.UTF-8',
      '--no-sync',
    ]);
    // initdb's pg_hba.conf already lets 127.0.0.1 replicate under trust; say what we rely on.
    fs.appendFileSync(
      path.join(data, 'postgresql.conf'),
      '\nwal_level = replica\nmax_wal_senders = 5\nhot_standby = on\nmax_connections = 100\n',
    );
    start(data, port, dir);
    return cluster(dir, data, port);
  });
}

/** A streaming replica of `primary` (pg_basebackup -R -X stream), started on `port`. */
export function startReplica(primary: Cluster, port: number): Cluster {
  const dir = scratchDir('doithoai-replica-');
  const data = path.join(dir, 'data');
  return removedOnFailure(dir, () => {
    run(path.join(pgBinDir!, 'pg_basebackup'), [
      '-h',
      '127.0.0.1',
      '-p',
      String(primary.port),
      '-U',
      'postgres',
      '-D',
      data,
      '-R',
      '-X',
      'stream',
      '--checkpoint=fast',
    ]);
    start(data, port, dir);
    return cluster(dir, data, port);
  });
}

/** Waits until `url` answers a query (a replica accepts connections once consistent). */
export async function waitForServer(url: string, timeoutMs = 30_000): Promise<void> {
  const t0 = Date.now();
  for (;;) {
    const c = new pg.Client({ connectionString: url });
    try {
      await c.connect();
      await c.query('select 1');
      await c.end();
      return;
    } catch (e) {
      await c.end().catch(() => {});
      if (Date.now() - t0 > timeoutMs) throw e;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

export interface Bouncer {
  port: number;
  url(database: string): string;
  log(): string;
  stop(): Promise<void>;
}

/**
 * PgBouncer in transaction mode on 127.0.0.1:`port`, in front of the server at `target`
 * (host:port), every database passed through, auth_type=trust. Its ini in a temporary folder.
 */
export async function startPgbouncer(
  port: number,
  target: { host: string; port: number },
  poolSize = 20,
): Promise<Bouncer> {
  const dir = scratchDir('doithoai-pgbouncer-');
  const ini = path.join(dir, 'pgbouncer.ini');
  const users = path.join(dir, 'userlist.txt');
  fs.writeFileSync(users, '"postgres" ""\n');
  fs.writeFileSync(
    ini,
    [
      '[databases]',
      `* = host=${target.host} port=${target.port}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      `unix_socket_dir = ${dir}`,
      'auth_type = trust',
      'admin_users = postgres',
      `auth_file = ${users}`,
      'pool_mode = transaction',
      `default_pool_size = ${poolSize}`,
      'max_client_conn = 500',
      // node-postgres sends these at connect; the bouncer must accept them.
      'ignore_startup_parameters = extra_float_digits,options',
      `logfile = ${path.join(dir, 'pgbouncer.log')}`,
      '',
    ].join('\n'),
  );
  if (asRoot) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  const [cmd, argv] = asRoot
    ? ['/usr/sbin/runuser', ['-u', 'postgres', '--', pgbouncerBin!, ini]]
    : [pgbouncerBin!, [ini]];
  const proc = spawn(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  proc.stdout!.on('data', (d) => {
    out += String(d);
  });
  proc.stderr!.on('data', (d) => {
    out += String(d);
  });
  const exited = new Promise<void>((r) => proc.once('exit', () => r()));
  const url = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  try {
    await waitForServer(url('postgres'), 15_000);
  } catch (e) {
    proc.kill('SIGTERM');
    throw new Error(`pgbouncer did not answer: ${(e as Error).message}\n${out}`);
  }
  return {
    port,
    url,
    log: () =>
      out +
      (fs.existsSync(path.join(dir, 'pgbouncer.log'))
        ? fs.readFileSync(path.join(dir, 'pgbouncer.log'), 'utf8')
        : ''),
    stop: async () => {
      if (proc.exitCode === null) {
        // runuser passes SIGTERM on to pgbouncer.
        proc.kill('SIGTERM');
        await exited;
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
