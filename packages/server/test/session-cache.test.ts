// Signed-in sessions kept in memory (auth/session-cache.ts): an entry ages out at the refresh age
// and at the session's idle end; a change forgets it at once in the process that made it, and,
// on PostgreSQL, in another process within a second (two real server processes).
import pg from 'pg';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  SessionCache,
  sessionCacheOf,
  sessionCookie,
  startSessionCache,
} from '../src/auth/session-cache.js';
import { dialectCases, postgresAvailable } from './support/databases.js';
import {
  buildServer,
  postgresStore,
  signIn,
  startServer,
  type ChildServer,
  type Store,
} from './support/child-server.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const entry = (
  userId: string,
  sessionId: string,
  readAt: number,
  expiresAt = readAt + 3_600_000,
) => ({ actor: { userId }, userId, sessionId, expiresAt, readAt });

describe('the session cache', () => {
  it('keeps an entry until the refresh age or the idle end, whichever comes first', () => {
    const c = new SessionCache(300_000);
    c.set('a', entry('u1', 's1', 0), c.begin());
    c.set('b', entry('u1', 's2', 0, 100_000), c.begin());
    expect(c.get('a', 299_999)?.sessionId).toBe('s1');
    expect(c.get('a', 300_000)).toBeUndefined();
    expect(c.get('b', 99_999)?.sessionId).toBe('s2');
    expect(c.get('b', 100_000)).toBeUndefined();
  });

  it('forgets a user or a session; a read begun before a forget stores nothing', () => {
    const c = new SessionCache(300_000);
    c.set('a', entry('u1', 's1', 0), c.begin());
    c.set('b', entry('u1', 's2', 0), c.begin());
    c.set('c', entry('u2', 's3', 0), c.begin());
    c.forgetSession('s1');
    expect([c.get('a', 1), c.get('b', 1)?.sessionId]).toEqual([undefined, 's2']);
    c.forgetUser('u1');
    expect([c.get('b', 1), c.get('c', 1)?.sessionId]).toEqual([undefined, 's3']);
    const epoch = c.begin();
    c.forgetUser('u2'); // a revocation lands while a request is reading the session
    c.set('d', entry('u2', 's4', 0), epoch);
    expect(c.get('d', 1)).toBeUndefined();
  });

  it('keeps nothing while unusable (a PostgreSQL listener not connected)', () => {
    const c = new SessionCache(300_000, false);
    c.set('a', entry('u1', 's1', 0), c.begin());
    expect(c.get('a', 1)).toBeUndefined();
    c.reset(true);
    c.set('a', entry('u1', 's1', 0), c.begin());
    expect(c.get('a', 1)?.sessionId).toBe('s1');
  });

  it('turned off (SESSION_CACHE=off), keeps nothing and needs no listener', async () => {
    const db = { dialect: 'postgres' } as unknown as Parameters<typeof startSessionCache>[0];
    const off = startSessionCache(db, 300, () => {}, false);
    off.cache.set('a', entry('u1', 's1', Date.now()), off.cache.begin());
    expect(off.cache.get('a')).toBeUndefined();
    await off.stop();
    expect(sessionCacheOf(db)).toBeUndefined();
  });

  it('reads the session cookie, plain or __Secure-', () => {
    expect(sessionCookie('x=1; better-auth.session_token=abc.def; y=2')).toBe('abc.def');
    expect(sessionCookie('__Secure-better-auth.session_token=q')).toBe('q');
    expect(sessionCookie('other=1')).toBeNull();
    expect(sessionCookie(undefined)).toBeNull();
  });

  it("reads the same token as the auth library's getSessionCookie (which it does not load at start)", async () => {
    const { getSessionCookie } = await import('better-auth/cookies');
    const headers = [
      'a=1; better-auth.session_token=t1',
      '__Secure-better-auth.session_token=t2; better-auth.session_token=t3',
      'better-auth-session_token=t4',
      'better-auth.session_token=%7Bx%7D',
      'better-auth.session_data=d',
      '',
    ];
    for (const h of headers)
      expect(sessionCookie(h), h).toBe(h ? getSessionCookie(new Headers({ cookie: h })) : null);
  });
});

describe.each(dialectCases)('one process on %s', (dialect, skip) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it.skipIf(skip)(
    'a signed-in request is answered from memory; revoke, grants and sign-out end it at once',
    async () => {
      t = await startTestApp(dialect);
      const admin = await t.login('admin');
      const official = await t.login('congchuc');
      const me = async (cookie: string) => t!.app.inject({ url: '/api/me', headers: { cookie } });
      const first = await me(official);
      expect(first.statusCode).toBe(200);
      const userId = first.json().userId as string;
      await waitUntil(() => (sessionCacheOf(t!.deps.db)?.size ?? 0) > 0);
      // Changed behind the app's back (no use case, no announcement): memory still answers.
      await t.deps.db.kysely
        .updateTable('user' as never)
        .set({ name: 'Tên đổi thẳng trong CSDL' } as never)
        .where('id' as never, '=', userId as never)
        .execute();
      expect((await me(official)).json().name).not.toBe('Tên đổi thẳng trong CSDL');

      // Revoked by the administrator: refused at the next request.
      const sessions = (
        await t.app.inject({ url: `/api/users/${userId}/sessions`, headers: { cookie: admin } })
      ).json().sessions as { id: string }[];
      for (const s of sessions)
        expect(
          (
            await t.app.inject({
              method: 'DELETE',
              url: `/api/users/${userId}/sessions/${s.id}`,
              headers: { cookie: admin },
            })
          ).statusCode,
        ).toBe(200);
      expect((await me(official)).statusCode).toBe(401);

      // Signed out: refused at once.
      const again = await t.login('congchuc');
      expect((await me(again)).statusCode).toBe(200);
      const out = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-out',
        headers: {
          cookie: again,
          origin: 'http://localhost:3999',
          'content-type': 'application/json',
        },
        payload: {},
      });
      expect(out.statusCode).toBe(200);
      expect((await me(again)).statusCode).toBe(401);
    },
  );
});

async function waitUntil(ok: () => boolean | Promise<boolean>, ms = 5000) {
  const t0 = Date.now();
  while (!(await ok())) {
    if (Date.now() - t0 > ms) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe.skipIf(!postgresAvailable)('two server processes on one PostgreSQL', () => {
  let store: Store | undefined;
  const servers: ChildServer[] = [];
  afterAll(async () => {
    for (const s of servers) await s.stop();
    await store?.drop();
  });

  it('a session revoked in one process is refused by the other within a second', async () => {
    buildServer();
    store = await postgresStore();
    servers.push(await startServer(store)); // loads the demo commune
    servers.push(await startServer(store));
    const [a, b] = servers as [ChildServer, ChildServer];
    const admin = await signIn(a.url, 'admin');
    const official = await signIn(a.url, 'congchuc');
    const meAt = (url: string) => fetch(`${url}/api/me`, { headers: { cookie: official } });
    const first = await meAt(b.url);
    expect(first.status).toBe(200);
    const userId = ((await first.json()) as { userId: string }).userId;

    // Proof that B answers from memory: a name changed behind its back is not seen.
    const db = new pg.Client({ connectionString: store.databaseUrl });
    await db.connect();
    try {
      await db.query('update "user" set name = $1 where id = $2', [
        'Tên đổi thẳng trong CSDL',
        userId,
      ]);
      expect(((await (await meAt(b.url)).json()) as { name: string }).name).not.toBe(
        'Tên đổi thẳng trong CSDL',
      );
    } finally {
      await db.end();
    }

    const revoked = await fetch(`${a.url}/api/users/${userId}/sessions/revoke`, {
      method: 'POST',
      headers: { cookie: admin, origin: a.url },
    });
    expect(revoked.status).toBe(200);
    const t0 = Date.now();
    let status = 200;
    while (Date.now() - t0 < 3000 && (status = (await meAt(b.url)).status) === 200)
      await new Promise((r) => setTimeout(r, 25));
    const took = Date.now() - t0;
    console.log(`revoked at A, refused at B after ${took} ms`);
    expect(status).toBe(401);
    expect(took).toBeLessThan(1000);
  }, 240_000);
});
