// Restarts that lose nothing (issue 21; shutdown.ts, jobs/runner.ts): `doithoai serve` on SIGTERM
// closes its listening socket, serves the requests it has to the end, lets the open group commit
// commit, gives back its job leases, closes its pools and exits 0.
//
// PostgreSQL: two real server processes on one database, restarted one at a time under a steady
// load of entries and reads. Nothing stands in front of them: the client plays the proxy, sending
// each request to the next port in turn and, when a connection is refused (the process between
// its SIGTERM and its restart accepts nothing), to the other port — what nginx's
// `proxy_next_upstream error` does (deploy/nginx). A connection reset before any answer counts
// the same way, and is checked: its entry must then not be stored twice (one store from the
// retry), which proves the stopping process never took it. Every request gets an answer, none a
// 5xx, and every entry acknowledged with 201 is in the database afterwards.
// SQLite: one process, SIGTERM in the middle of a burst of entries: every 201 is stored.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres, openSqlite, type Db } from '../src/db/open-database.js';
import { enqueueJob } from '../src/jobs/job.repository.js';
import { JobRunner } from '../src/jobs/runner.js';
import {
  buildServer,
  postgresStore,
  signIn,
  sqliteStore,
  startServer,
  type ChildServer,
  type Store,
} from './support/child-server.js';
import { createTestDatabase, postgresAvailable } from './support/databases.js';
import { migrateToLatest } from '../src/db/migrate.js';

beforeAll(() => buildServer(), 180_000);

interface Answer {
  status: number;
  body: string;
}

/** One request on a connection of its own (no keep-alive: each request meets the process as it is then). */
function send(
  port: number,
  method: 'GET' | 'POST',
  path: string,
  cookie: string,
  body?: unknown,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        agent: false,
        headers: {
          cookie,
          ...(payload
            ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }
            : {}),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => {
          text += d;
        });
        res.on('end', () => resolve({ status: res.statusCode!, body: text }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

const codeOf = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;
/** Refused: nothing listens. Reset or hang-up before any answer: the connection was never taken up. */
const NOT_TAKEN = new Set(['ECONNREFUSED', 'ECONNRESET', 'socket hang up', 'EPIPE']);

interface Log {
  writes: { tag: string; status: number; id?: string; port: number; at?: number }[];
  reads: { status: number; port: number; at: number }[];
  /** Tags whose first try was reset before an answer (then retried elsewhere). */
  resetTags: Set<string>;
  refused: number;
  resets: number;
  /** Requests that found no process at all (must stay 0). */
  unanswered: string[];
}

/** The proxy's part: next port in turn; a connection not taken up goes to the other port. */
function client(ports: () => number[], cookie: string, log: Log) {
  let turn = 0;
  return async (
    method: 'GET' | 'POST',
    path: string,
    body: unknown,
    tag?: string,
  ): Promise<{ answer: Answer; port: number } | null> => {
    for (let attempt = 0; attempt < 40; attempt++) {
      const list = ports();
      const port = list[turn++ % list.length]!;
      try {
        return { answer: await send(port, method, path, cookie, body), port };
      } catch (e) {
        const code = codeOf(e);
        if (!NOT_TAKEN.has(code)) throw e;
        if (code === 'ECONNREFUSED') log.refused++;
        else {
          log.resets++;
          if (tag) log.resetTags.add(tag);
        }
        if (attempt % list.length === list.length - 1) await new Promise((r) => setTimeout(r, 25));
      }
    }
    log.unanswered.push(`${method} ${path}`);
    return null;
  };
}

/** Entries and reads until stopped. */
function driveLoad(
  call: ReturnType<typeof client>,
  unitId: string,
  log: Log,
  prefix: string,
  writers: number,
  readers: number,
) {
  let running = true;
  let n = 0;
  const acknowledged: string[] = [];
  const loops = [
    ...Array.from({ length: writers }, async () => {
      while (running) {
        const tag = `${prefix}-${n++}`;
        const r = await call(
          'POST',
          `/api/units/${unitId}/opinions`,
          { content: `Đề nghị sửa đường, mã ${tag}`, source: 'mttq' },
          tag,
        );
        if (!r) continue;
        const id =
          r.answer.status === 201 ? (JSON.parse(r.answer.body) as { id: string }).id : undefined;
        if (id) acknowledged.push(id);
        log.writes.push({ tag, status: r.answer.status, id, port: r.port, at: Date.now() });
      }
    }),
    ...Array.from({ length: readers }, async () => {
      while (running) {
        const id = acknowledged[Math.floor(Math.random() * acknowledged.length)];
        const r = await call(
          'GET',
          id ? `/api/opinions/${id}` : `/api/units/${unitId}/opinions`,
          undefined,
        );
        if (r) log.reads.push({ status: r.answer.status, port: r.port, at: Date.now() });
      }
    }),
  ];
  return {
    stop: async () => {
      running = false;
      await Promise.all(loops);
    },
  };
}

const newLog = (): Log => ({
  writes: [],
  reads: [],
  resetTags: new Set(),
  refused: 0,
  resets: 0,
  unanswered: [],
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const portOf = (s: ChildServer) => Number(new URL(s.url).port);

/** SIGTERM, then wait for the exit; its code. */
async function terminate(server: ChildServer): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) =>
    server.proc.once('exit', (code) => resolve(code)),
  );
  server.proc.kill('SIGTERM');
  return exited;
}

/** Every acknowledged entry is stored, and every entry's tag is stored exactly once per 201 it got. */
async function checkStored(db: Db, log: Log, prefix: string) {
  const acknowledged = log.writes.filter((w) => w.status === 201);
  const rows = await db.kysely
    .selectFrom('matter')
    .select(['id', 'content'])
    .where('content', 'like', `%mã ${prefix}-%`)
    .execute();
  const ids = new Set(rows.map((r) => r.id));
  expect(
    acknowledged.filter((w) => !ids.has(w.id!)).map((w) => w.tag),
    'acknowledged entries missing from the database',
  ).toEqual([]);
  const perTag = new Map<string, number>();
  for (const r of rows) {
    const tag = /mã (\S+)$/.exec(r.content)![1]!;
    perTag.set(tag, (perTag.get(tag) ?? 0) + 1);
  }
  // A tag stored twice would be an entry the stopping process stored but never answered.
  expect(
    [...perTag].filter(([, n]) => n > 1),
    'entries stored twice',
  ).toEqual([]);
  // Nothing stored that nobody was told about, except an entry whose answer never came.
  const told = new Set(acknowledged.map((w) => w.tag));
  expect(
    [...perTag.keys()].filter((t) => !told.has(t)),
    'entries stored without a 201',
  ).toEqual([]);
  return { stored: rows.length };
}

describe.skipIf(!postgresAvailable)(
  'rolling restart of two processes on one PostgreSQL database',
  () => {
    let store: Store;
    const servers: ChildServer[] = [];
    beforeAll(async () => {
      store = await postgresStore();
      servers.push(await startServer(store)); // migrates and loads the demo commune
      servers.push(await startServer(store));
    }, 180_000);
    afterAll(async () => {
      for (const s of servers) await s.stop();
      await store?.drop();
    });

    it('under load, each process restarted in turn: every request answered, no 5xx, every acknowledged entry stored', async () => {
      const cookie = await signIn(servers[0]!.url, 'vanphong');
      const unitId = (
        JSON.parse((await send(portOf(servers[0]!), 'GET', '/api/me', cookie)).body) as {
          grants: { unitId: string }[];
        }
      ).grants[0]!.unitId;
      const ports = servers.map(portOf);
      const log = newLog();
      // Both ports stay in the list, as in a proxy's upstream block: a stopped one refuses.
      const call = client(() => ports, cookie, log);
      const load = driveLoad(call, unitId, log, 'rr', 4, 2);
      const restarts: {
        port: number;
        exitCode: number | null;
        stopMs: number;
        startMs: number;
        answeredAfter: number;
      }[] = [];
      try {
        await sleep(1500);
        for (const i of [0, 1]) {
          const port = ports[i]!;
          const t0 = Date.now();
          const exitCode = await terminate(servers[i]!);
          const stopMs = Date.now() - t0;
          servers[i] = await startServer(store, { PORT: String(port) });
          const back = Date.now();
          // Until the restarted process has served some of the load (a busy machine is slow to send it any), at most 20 s.
          const served = () =>
            [...log.reads, ...log.writes].filter((r) => r.port === port && r.at! >= back).length;
          await sleep(2000);
          for (const until = Date.now() + 18_000; served() === 0 && Date.now() < until;)
            await sleep(200);
          const answeredAfter = served();
          restarts.push({ port, exitCode, stopMs, startMs: back - t0 - stopMs, answeredAfter });
        }
      } finally {
        await load.stop();
      }
      const statuses = [...log.writes.map((w) => w.status), ...log.reads.map((r) => r.status)];
      console.info(
        `rolling restart: ${log.writes.length} entries, ${log.reads.length} reads; refused ${log.refused}, reset ${log.resets} (retried on the other process); ` +
          restarts
            .map(
              (r) =>
                `:${r.port} stopped in ${r.stopMs} ms (exit ${r.exitCode}), up again in ${r.startMs} ms, then answered ${r.answeredAfter}`,
            )
            .join('; '),
      );

      expect(log.unanswered).toEqual([]);
      expect(statuses.filter((s) => s >= 500)).toEqual([]);
      expect(
        log.writes.filter((w) => w.status !== 201).map((w) => `${w.tag}: ${w.status}`),
      ).toEqual([]);
      expect(log.reads.filter((r) => r.status !== 200).map((r) => r.status)).toEqual([]);
      for (const r of restarts) {
        expect(r.exitCode).toBe(0);
        expect(r.answeredAfter, `the restarted process on :${r.port} served`).toBeGreaterThan(0);
      }
      // Something was refused: the load really met the stopped processes (else the run proved little).
      expect(log.refused + log.resets).toBeGreaterThan(0);
      expect(log.writes.length).toBeGreaterThan(50);

      const db = openPostgres(store.databaseUrl!, 2);
      try {
        await checkStored(db, log, 'rr');
      } finally {
        await db.close();
      }
    }, 150_000);
  },
);

describe('SIGTERM during a burst of entries on SQLite', () => {
  let store: Store;
  let server: ChildServer | undefined;
  beforeAll(async () => {
    store = sqliteStore();
    server = await startServer(store);
  }, 180_000);
  afterAll(async () => {
    await server?.stop();
    await store?.drop();
  });

  it('every entry answered 201 before the process exited is stored; it exits 0', async () => {
    const cookie = await signIn(server!.url, 'vanphong');
    const port = portOf(server!);
    const unitId = (
      JSON.parse((await send(port, 'GET', '/api/me', cookie)).body) as {
        grants: { unitId: string }[];
      }
    ).grants[0]!.unitId;
    const log = newLog();
    // One process: a request refused or reset finds no other process to go to; it simply ends.
    const sends: Promise<void>[] = [];
    let sent = 0;
    const phase = { exited: false, sigtermAt: Infinity };
    const burst = async (tag: string) => {
      try {
        const a = await send(port, 'POST', `/api/units/${unitId}/opinions`, cookie, {
          content: `Đề nghị sửa đường, mã ${tag}`,
          source: 'mttq',
        });
        log.writes.push({
          tag,
          status: a.status,
          id: a.status === 201 ? (JSON.parse(a.body) as { id: string }).id : undefined,
          port,
          at: Date.now(),
        });
      } catch (e) {
        if (!NOT_TAKEN.has(codeOf(e))) throw e;
        if (codeOf(e) === 'ECONNREFUSED') log.refused++;
        else log.resets++;
      }
    };
    // Entries in waves of 40 at once; SIGTERM once some are acknowledged, while others are in flight.
    const exited = new Promise<number | null>((resolve) =>
      server!.proc.once('exit', (code) => resolve(code)),
    );
    const wave = async () => {
      while (!phase.exited && sent < 3000) {
        const batch = Array.from({ length: 40 }, () => burst(`sq-${sent++}`));
        sends.push(...batch);
        await Promise.all(batch);
      }
    };
    const waves = [wave(), wave()];
    while (log.writes.filter((w) => w.status === 201).length < 60) await sleep(5);
    phase.sigtermAt = Date.now();
    server!.proc.kill('SIGTERM');
    const exitCode = await exited;
    phase.exited = true;
    await Promise.all(waves);
    await Promise.all(sends);
    server = undefined;
    console.info(
      `SIGTERM burst: ${log.writes.length} answered (${log.writes.filter((w) => w.status === 201).length} × 201, ${log.writes.filter((w) => w.at! > phase.sigtermAt).length} after the SIGTERM), refused ${log.refused}, reset ${log.resets}`,
    );

    expect(exitCode).toBe(0);
    expect(log.writes.filter((w) => w.status !== 201).map((w) => w.status)).toEqual([]);
    // Entries in flight at the SIGTERM were served to the end (else this proved nothing about them).
    expect(log.writes.filter((w) => w.at! > phase.sigtermAt).length).toBeGreaterThan(0);
    const db = openSqlite(store.sqliteFile!);
    try {
      const { stored } = await checkStored(db, log, 'sq');
      expect(stored).toBe(log.writes.length);
    } finally {
      await db.close();
    }
  }, 90_000);
});

describe('a job runner that stops gives back its leases', () => {
  it('a job still running when the grace time ends is pending again at once, its attempt not counted', async () => {
    const database = await createTestDatabase('sqlite');
    const db = database.db;
    await migrateToLatest(db);
    try {
      const id = (await enqueueJob(db.kysely, { kind: 'slow-probe' }))!;
      let release!: () => void;
      const started = new Promise<void>((resolve) => {
        release = resolve;
      });
      const runner = new JobRunner({
        db,
        kinds: {
          'slow-probe': {
            run: () => {
              release();
              return new Promise(() => {});
            },
          },
        },
      });
      runner.start();
      await started;
      const leased = await db.kysely
        .selectFrom('job')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect([leased.state, leased.lease_owner, Number(leased.attempts)]).toEqual([
        'running',
        runner.owner,
        1,
      ]);
      await runner.stop(100);
      const after = await db.kysely
        .selectFrom('job')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect([
        after.state,
        after.lease_owner,
        after.lease_expires_at,
        Number(after.attempts),
      ]).toEqual(['pending', null, null, 0]);
      // Another runner takes it at once (not after the 60 s lease).
      const other = new JobRunner({ db, kinds: { 'slow-probe': { run: async () => {} } } });
      expect(await other.runOnce()).toBe(1);
      expect(
        (
          await db.kysely
            .selectFrom('job')
            .select('state')
            .where('id', '=', id)
            .executeTakeFirstOrThrow()
        ).state,
      ).toBe('done');
    } finally {
      await db.close();
      await database.drop();
    }
  });
});
