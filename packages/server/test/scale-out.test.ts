// Scale-out (issue 11, docs/SCALE-OUT.md): two app processes on ONE PostgreSQL database serve
// together. A sign-in on one is valid on the other (sessions live in the database) and a sign-out
// on either ends it on both; two updates of the same matter from the two processes at once give
// one success and one 409 "someone else changed this" (Vietnamese first); jobs leased by two
// processes run once each (FOR UPDATE SKIP LOCKED, server/src/jobs).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueJob } from '../src/jobs/enqueue.js';
import { openPostgres } from '../src/db/open-database.js';
import { buildServer, postgresStore, signIn, startServer, type ChildServer, type Store } from './support/child-server.js';
import { postgresAvailable } from './support/databases.js';

const dist = path.resolve(fileURLToPath(new URL('../dist', import.meta.url)));

describe.skipIf(!postgresAvailable)('two app processes on one PostgreSQL database', () => {
  let store: Store;
  let a: ChildServer;
  let b: ChildServer;
  beforeAll(async () => {
    buildServer();
    store = await postgresStore();
    a = await startServer(store); // migrates and loads the demo commune
    b = await startServer(store); // finds both done
  }, 180_000);
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await store?.drop();
  });

  it('a session made on one process is valid on the other, and ends on both', async () => {
    const cookie = await signIn(a.url, 'vanphong');
    const meA = await fetch(`${a.url}/api/me`, { headers: { cookie } });
    const meB = await fetch(`${b.url}/api/me`, { headers: { cookie } });
    expect(meB.status).toBe(200);
    expect(((await meB.json()) as { username: string }).username).toBe(((await meA.json()) as { username: string }).username);
    const out = await fetch(`${b.url}/api/auth/sign-out`, { method: 'POST', headers: { cookie, origin: b.url, 'content-type': 'application/json' }, body: '{}' });
    expect(out.status).toBe(200);
    expect((await fetch(`${a.url}/api/me`, { headers: { cookie } })).status).toBe(401);
  });

  it('the same matter changed from both processes at once: one succeeds, the other hears 409 in Vietnamese', async () => {
    const cookieA = await signIn(a.url, 'vanphong');
    const cookieB = await signIn(b.url, 'vanphong');
    const unitId = ((await (await fetch(`${a.url}/api/me`, { headers: { cookie: cookieA } })).json()) as { grants: { unitId: string }[] }).grants[0]!.unitId;
    const post = (url: string, cookie: string, p: string, body: unknown, lang = 'vi') =>
      fetch(`${url}${p}`, { method: 'POST', headers: { 'content-type': 'application/json', cookie, 'accept-language': lang }, body: JSON.stringify(body) });
    for (let i = 0; i < 10; i++) {
      const created = await post(a.url, cookieA, `/api/units/${unitId}/opinions`, { content: `Đề nghị lắp đèn đường số ${i}`, source: 'mttq' });
      expect(created.status).toBe(201);
      const { id, version } = (await created.json()) as { id: string; version: number };
      // The same version from both: whoever commits second finds it changed.
      const [ra, rb] = await Promise.all([
        post(a.url, cookieA, `/api/opinions/${id}/classify`, { field: 'moi-truong', version }),
        post(b.url, cookieB, `/api/opinions/${id}/classify`, { field: 'tai-nguyen', version }, i % 2 ? 'en' : 'vi'),
      ]);
      const statuses = [ra.status, rb.status].sort();
      expect(statuses).toEqual([200, 409]);
      const loser = ra.status === 409 ? { res: ra, lang: 'vi' } : { res: rb, lang: i % 2 ? 'en' : 'vi' };
      const body = (await loser.res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('CONFLICT');
      expect(body.error.message).toBe(loser.lang === 'en' ? 'Someone else changed this record; reload and edit again' : 'Bản ghi đã được người khác thay đổi; hãy tải lại rồi sửa tiếp');
      // Nothing of the loser's change was kept: the field is the winner's, changed once.
      const winnerField = ra.status === 200 ? 'moi-truong' : 'tai-nguyen';
      const stored = (await (await fetch(`${b.url}/api/opinions/${id}`, { headers: { cookie: cookieB } })).json()) as { matter?: { field: string; version: number }; field?: string; version?: number };
      const m = stored.matter ?? (stored as { field: string; version: number });
      expect(m.field).toBe(winnerField);
      expect(m.version).toBeGreaterThan(version);
    }
  }, 60_000);

  it('jobs leased by two processes at once run once each', async () => {
    // Each process runs a JobRunner over the shared queue and prints the id of every job it ran.
    const worker = `
      import { JobRunner } from ${JSON.stringify(path.join(dist, 'jobs/runner.js'))};
      import { openPostgres } from ${JSON.stringify(path.join(dist, 'db/open-database.js'))};
      const db = openPostgres(process.env.DATABASE_URL, 4);
      const ran = [];
      const runner = new JobRunner({ db, batch: 5, kinds: { 'scale-out-probe': { run: async (job) => { ran.push(job.id); await new Promise((r) => setTimeout(r, 100)); } } } });
      // Both start together: each says it is loaded, then waits for the word to go (a fixed
      // start time let a process that loaded slowly on a busy machine find the queue empty).
      await db.kysely.selectFrom('job').select('id').limit(1).execute();
      process.stdout.write('ready\\n');
      await new Promise((r) => process.stdin.once('data', r));
      let idle = 0;
      while (idle < 3) { idle = (await runner.runOnce()) === 0 ? idle + 1 : 0; if (idle) await new Promise((r) => setTimeout(r, 50)); }
      process.stdout.write(JSON.stringify(ran));
      await db.close();
    `;
    const round = async () => {
      const db = openPostgres(store.databaseUrl!, 2);
      const ids: string[] = [];
      try {
        for (let i = 0; i < 200; i++) ids.push((await enqueueJob(db.kysely, { kind: 'scale-out-probe', payload: { i } }))!);
      } finally {
        await db.close();
      }
      const workers = [0, 1].map(() => {
        const p = spawn(process.execPath, ['--input-type=module', '-e', worker], { env: { ...process.env, DATABASE_URL: store.databaseUrl } });
        let out = '';
        let err = '';
        const ready = new Promise<void>((resolve) => p.stdout.on('data', (d) => { out += String(d); if (out.startsWith('ready\n')) resolve(); }));
        p.stderr.on('data', (d) => { err += String(d); });
        const done = new Promise<string[]>((resolve, reject) => p.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.slice('ready\n'.length)) as string[]) : reject(new Error(`worker exited ${code}: ${err}`)))));
        return { p, ready, done };
      });
      await Promise.all(workers.map((w) => w.ready));
      for (const w of workers) w.p.stdin.end('go\n'); // the end of input too: nothing keeps a worker alive after its run
      const [one, two] = await Promise.all(workers.map((w) => w.done));
      // Every job ran, once, whoever ran it.
      const all = [...one, ...two];
      expect(all).toHaveLength(200);
      expect(new Set(all).size).toBe(200);
      expect([...all].sort()).toEqual([...ids].sort());
      return [one.length, two.length] as const;
    };
    // Both must have taken a share, or the run proved nothing about two processes. On a machine
    // loaded by the rest of the suite one process was once starved for the whole run (200 + 0),
    // so a round where one took all is run again, at most five times. (In a full run one process
    // took all in two rounds of three: that the second worker leases nothing for a whole round
    // under load is worth a look of its own; every round still proves each job ran once.)
    const shares: (readonly [number, number])[] = [];
    for (let attempt = 0; attempt < 5; attempt++) {
      const share = await round();
      shares.push(share);
      if (share[0] > 0 && share[1] > 0) break;
    }
    console.info(`jobs: ${shares.map(([a, b]) => `${a} + ${b}`).join(', then ')}`);
    const last = shares[shares.length - 1]!;
    expect(last[0]).toBeGreaterThan(0);
    expect(last[1]).toBeGreaterThan(0);
  }, 180_000);
});
