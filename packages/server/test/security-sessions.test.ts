// Accounts and sessions, on SQLite and PostgreSQL through the real sign-in endpoint: rotation on
// sign-in, lockout counted in the database (it holds for a second app on the same database),
// idle and absolute timeouts, an administrator listing and revoking sessions, and a grant
// change ending the user's sessions. Time passing is simulated by moving the session's own
// timestamps back in the database, exactly as they would read after that much time.
import { afterEach, describe, expect, it } from 'vitest';
import { prepareDatabase } from '../src/bootstrap.js';
import { buildApp } from '../src/http/app.js';
import { sessionCacheOf } from '../src/auth/session-cache.js';
import { authSessions } from '../src/auth/auth-session.repository.js';
import { dialectCases } from './support/databases.js';
import { startTestApp, testConfig, type TestApp } from './support/test-app.js';

const origin = { origin: 'http://localhost:3999' };
const signIn = (t: TestApp, username: string, password: string, cookie?: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in/username',
    headers: { ...origin, ...(cookie ? { cookie } : {}) },
    payload: { username, password },
  });
const cookieOf = (res: { cookies: { name: string; value: string }[] }) =>
  res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
const me = (t: TestApp, cookie: string) => t.app.inject({ url: '/api/me', headers: { cookie } });
/**
 * Time is moved by rewriting the session row; the process's memory of the session ages with it
 * (an entry is kept at most the refresh age, session-cache.test.ts), so it is forgotten here.
 */
const aged = (t: TestApp) => sessionCacheOf(t.deps.db)?.reset(true);

/** Writes a timestamp in the form the auth library stored it (a Date on PostgreSQL, text or a number on SQLite). */
function sameKind(stored: unknown, d: Date): unknown {
  if (stored instanceof Date) return d;
  if (typeof stored === 'number') return d.getTime();
  return d.toISOString();
}

describe.each(dialectCases)('sessions and sign-in on $dialect', ({ dialect, skip }) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it.skipIf(skip)(
    'a sign-in made with an old session cookie ends that session (rotation)',
    async () => {
      t = await startTestApp(dialect);
      const first = cookieOf(await signIn(t, 'vanphong', 'doithoai2026'));
      expect((await me(t, first)).statusCode).toBe(200);
      const again = await signIn(t, 'vanphong', 'doithoai2026', first);
      expect(again.statusCode).toBe(200);
      const second = cookieOf(again);
      expect(second).not.toBe(first);
      expect((await me(t, first)).statusCode).toBe(401);
      expect((await me(t, second)).statusCode).toBe(200);
    },
  );

  it.skipIf(skip)(
    'five wrong passwords lock the username, even for the right one; the lock holds in a second app on the same database',
    async () => {
      t = await startTestApp(dialect, { LOCKOUT_USER_MAX: '5', LOCKOUT_SECONDS: '60' });
      for (let i = 0; i < 4; i++)
        expect((await signIn(t, 'chutich', 'sai-mat-khau')).statusCode).toBe(401);
      const fifth = await signIn(t, 'chutich', 'sai-mat-khau');
      expect(fifth.statusCode).toBe(401);
      expect(Number(fifth.headers['retry-after'])).toBe(60);
      const locked = await signIn(t, 'chutich', 'doithoai2026');
      expect(locked.statusCode).toBe(429);
      expect(locked.json().error.message).toContain('tạm khóa');
      expect(Number(locked.headers['retry-after'])).toBeGreaterThan(50);
      // Another user from the same address is not locked (the address limit is higher).
      expect((await signIn(t, 'bithu', 'doithoai2026')).statusCode).toBe(200);

      // A second process: its own app and connection, the same database.
      const db2 = t.database.reopen();
      const app2 = await buildApp(
        await prepareDatabase(db2, testConfig({ LOCKOUT_USER_MAX: '5' })),
      );
      const elsewhere = await app2.inject({
        method: 'POST',
        url: '/api/auth/sign-in/username',
        headers: origin,
        payload: { username: 'ChuTich', password: 'doithoai2026' },
      });
      expect(elsewhere.statusCode).toBe(429);
      await app2.close();
      await db2.close();

      // A further failure after the lock ends doubles it (backoff).
      await t.deps.db.kysely
        .updateTable('sign_in_throttle')
        .set({ locked_until: new Date(Date.now() - 1000).toISOString() })
        .where('key', '=', 'user:chutich')
        .execute();
      const sixth = await signIn(t, 'chutich', 'sai-nua');
      expect(Number(sixth.headers['retry-after'])).toBe(120);
      await t.deps.db.kysely
        .updateTable('sign_in_throttle')
        .set({ locked_until: null })
        .where('key', '=', 'user:chutich')
        .execute();
      expect((await signIn(t, 'chutich', 'doithoai2026')).statusCode).toBe(200);
      expect(
        await t.deps.db.kysely
          .selectFrom('sign_in_throttle')
          .select('key')
          .where('key', '=', 'user:chutich')
          .executeTakeFirst(),
      ).toBeUndefined();
    },
  );

  it.skipIf(skip)(
    'many wrong passwords from one address over several usernames lock the address',
    async () => {
      t = await startTestApp(dialect, { LOCKOUT_IP_MAX: '6', LOCKOUT_USER_MAX: '50' });
      for (const u of ['khach1', 'khach2', 'khach3', 'khach4', 'khach5', 'khach6'])
        expect((await signIn(t, u, 'x')).statusCode).toBe(401);
      expect((await signIn(t, 'vanphong', 'doithoai2026')).statusCode).toBe(429);
    },
  );

  it.skipIf(skip)(
    'idle timeout: a session unused longer than the limit is refused; one used in time slides on',
    async () => {
      t = await startTestApp(dialect, { SESSION_IDLE_SECONDS: '600' });
      const cookie = await t.login('congchuc');
      const sessions = authSessions(t.deps.db.kysely);
      const row = await sessions.selectFrom('session').selectAll().executeTakeFirstOrThrow();
      const created = new Date(row.createdAt).getTime();
      expect(new Date(row.expiresAt).getTime() - created).toBeGreaterThan(590_000);
      expect(new Date(row.expiresAt).getTime() - created).toBeLessThan(610_000);

      // 200 s later (past the refresh age of 150 s): a request pushes the end to now + 600 s.
      const back = (s: number) => ({
        createdAt: sameKind(row.createdAt, new Date(created - s * 1000)),
        updatedAt: sameKind(row.updatedAt, new Date(created - s * 1000)),
        expiresAt: sameKind(row.expiresAt, new Date(created + (600 - s) * 1000)),
      });
      await sessions
        .updateTable('session')
        .set(back(200) as never)
        .where('id', '=', row.id)
        .execute();
      aged(t);
      expect((await me(t, cookie)).statusCode).toBe(200);
      const slid = await sessions
        .selectFrom('session')
        .select('expiresAt')
        .where('id', '=', row.id)
        .executeTakeFirstOrThrow();
      expect(new Date(slid.expiresAt).getTime()).toBeGreaterThan(Date.now() + 590_000);

      // 601 s without a request: refused.
      await sessions
        .updateTable('session')
        .set(back(601) as never)
        .where('id', '=', row.id)
        .execute();
      aged(t);
      expect((await me(t, cookie)).statusCode).toBe(401);
    },
  );

  it.skipIf(skip)(
    'absolute timeout: however active, a session ends that long after sign-in',
    async () => {
      t = await startTestApp(dialect, {
        SESSION_IDLE_SECONDS: '600',
        SESSION_ABSOLUTE_SECONDS: '3600',
      });
      const cookie = await t.login('congchuc');
      const sessions = authSessions(t.deps.db.kysely);
      const row = await sessions.selectFrom('session').selectAll().executeTakeFirstOrThrow();
      const signedInAt = new Date(Date.now() - 3601 * 1000);
      await sessions
        .updateTable('session')
        .set({ createdAt: sameKind(row.createdAt, signedInAt) } as never)
        .where('id', '=', row.id)
        .execute();
      expect((await me(t, cookie)).statusCode).toBe(401);
      expect(
        await sessions
          .selectFrom('session')
          .select('id')
          .where('id', '=', row.id)
          .executeTakeFirst(),
      ).toBeUndefined();
    },
  );

  it.skipIf(skip)(
    "an administrator lists and revokes a user's sessions; a commune office cannot touch a province account",
    async () => {
      t = await startTestApp(dialect);
      const admin = await t.login('admin');
      const phone = await t.login('congchuc');
      const laptop = await t.login('congchuc');
      const users = (
        await t.app.inject({
          url: `/api/units/${await unitId(t, 'demo-son-giang')}/users`,
          headers: { cookie: admin },
        })
      ).json().users as { id: string; username: string; sessions: number }[];
      const official = users.find((u) => u.username === 'congchuc')!;
      expect(official.sessions).toBe(2);
      const listed = (
        await t.app.inject({
          url: `/api/users/${official.id}/sessions`,
          headers: { cookie: admin },
        })
      ).json().sessions as { id: string }[];
      expect(listed).toHaveLength(2);

      const one = await t.app.inject({
        method: 'DELETE',
        url: `/api/users/${official.id}/sessions/${listed[0]!.id}`,
        headers: { cookie: admin },
      });
      expect(one.json()).toEqual({ revoked: 1 });
      const stillIn = [(await me(t, phone)).statusCode, (await me(t, laptop)).statusCode].sort();
      expect(stillIn).toEqual([200, 401]);
      await t.app.inject({
        method: 'POST',
        url: `/api/users/${official.id}/sessions/revoke`,
        headers: { cookie: admin },
      });
      expect((await me(t, phone)).statusCode).toBe(401);
      expect((await me(t, laptop)).statusCode).toBe(401);
      const audit = await t.deps.db.kysely
        .selectFrom('audit_event')
        .select('action')
        .where('entity_id', '=', official.id)
        .execute();
      expect(audit.map((a) => a.action)).toEqual([
        'user.sessions-revoked',
        'user.sessions-revoked',
      ]);

      // The commune office holds no 'user.manage'; the admin's own account is out of everyone's reach but the province's.
      const office = await t.login('vanphong');
      expect(
        (
          await t.app.inject({
            url: `/api/users/${official.id}/sessions`,
            headers: { cookie: office },
          })
        ).statusCode,
      ).toBe(404);
      expect(
        (
          await t.app.inject({
            method: 'POST',
            url: `/api/users/${official.id}/sessions/revoke`,
            headers: { cookie: office },
          })
        ).statusCode,
      ).toBe(404);
    },
  );

  it.skipIf(skip)(
    "a grant change ends the user's sessions; new rights start from a fresh sign-in",
    async () => {
      t = await startTestApp(dialect);
      const admin = await t.login('admin');
      const before = await t.login('congchuc');
      const sg = await unitId(t, 'demo-son-giang');
      const official = (
        await t.deps.db.kysely
          .withTables<{ user: { id: string; username: string } }>()
          .selectFrom('user')
          .select('id')
          .where('username', '=', 'congchuc')
          .executeTakeFirstOrThrow()
      ).id;
      const res = await t.app.inject({
        method: 'PUT',
        url: `/api/users/${official}/grants`,
        headers: { cookie: admin },
        payload: { grants: [{ role: 'office', unitId: sg }] },
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().revokedSessions).toBe(1);
      expect((await me(t, before)).statusCode).toBe(401);
      const after = await t.login('congchuc');
      expect((await me(t, after)).json().grants ?? (await me(t, after)).json()).toBeTruthy();
      const grants = await t.deps.db.kysely
        .selectFrom('role_grant')
        .select('role')
        .where('user_id', '=', official)
        .execute();
      expect(grants.map((g) => g.role)).toEqual(['office']);
      // Out of reach: a unit outside the admin's tree does not exist for them.
      const refused = await t.app.inject({
        method: 'PUT',
        url: `/api/users/${official}/grants`,
        headers: { cookie: admin },
        payload: { grants: [{ role: 'office', unitId: 'no-such-unit' }] },
      });
      expect(refused.statusCode).toBe(404);
    },
  );
});

async function unitId(t: TestApp, code: string): Promise<string> {
  return (
    await t.deps.db.kysely
      .selectFrom('unit')
      .select('id')
      .where('code', '=', code)
      .executeTakeFirstOrThrow()
  ).id;
}
