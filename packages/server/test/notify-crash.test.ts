// The outbox across a real crash, on SQLite and PostgreSQL: a server process that does not run
// jobs (JOBS=off) commits an answer's submission and its notices, then is killed with SIGKILL
// before anything is sent; a fresh process with its job runner delivers each notice exactly once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres, openSqlite, type Db } from '../src/db/open-database.js';
import { postgresAvailable } from './support/databases.js';
import {
  buildServer,
  postgresStore,
  signIn,
  sqliteStore,
  startServer,
  type ChildServer,
  type Store,
} from './support/child-server.js';

const cases = [
  { dialect: 'sqlite', skip: false },
  { dialect: 'postgres', skip: !postgresAvailable },
] as const;

describe.each(cases)('the outbox across a SIGKILL on $dialect', ({ dialect, skip }) => {
  let store: Store;
  const servers: ChildServer[] = [];
  beforeAll(async () => {
    if (skip) return;
    buildServer();
    store = dialect === 'sqlite' ? sqliteStore() : await postgresStore();
  }, 240_000);
  afterAll(async () => {
    for (const s of servers) await s.stop();
    await store?.drop();
  });

  it.skipIf(skip)(
    'committed before the kill, delivered once after the restart',
    async () => {
      const first = await startServer(store, { JOBS: 'off' });
      servers.push(first);
      const cookie = await signIn(first.url, 'vanphong');
      const headers = { cookie, origin: first.url, 'content-type': 'application/json' };
      const me = (await (await fetch(`${first.url}/api/me`, { headers })).json()) as {
        grants: { unitId: string }[];
      };
      const list = (await (
        await fetch(`${first.url}/api/units/${me.grants[0]!.unitId}/follow-up`, { headers })
      ).json()) as { items: { matterId: string; answerState: string | null }[] };
      const matterId = list.items.find((i) => i.answerState === null)!.matterId;
      expect(
        (
          await fetch(`${first.url}/api/follow-up/${matterId}/answer`, {
            method: 'PUT',
            headers,
            body: JSON.stringify({ text: 'UBND xã đã kiểm tra và sẽ sửa chữa.' }),
          })
        ).status,
      ).toBe(200);
      expect(
        (
          await fetch(`${first.url}/api/follow-up/${matterId}/answer/submit`, {
            method: 'POST',
            headers,
            body: '{}',
          })
        ).status,
      ).toBe(200);
      await first.kill();

      const open = (): Db =>
        dialect === 'sqlite' ? openSqlite(store.sqliteFile!) : openPostgres(store.databaseUrl!, 2);
      let db = open();
      const notices = await db.kysely
        .selectFrom('notification')
        .select('id')
        .where('kind', '=', 'answer.submitted')
        .execute();
      expect(notices.length).toBeGreaterThan(0); // the chairs
      expect(await db.kysely.selectFrom('inbox_item').select('id').execute()).toHaveLength(0);
      await db.close();

      const second = await startServer(store, { JOBS_POLL_MS: '100' });
      servers.push(second);
      db = open();
      try {
        const t0 = Date.now();
        for (;;) {
          const pending = await db.kysely
            .selectFrom('notification_delivery')
            .select('id')
            .where(
              'notification_id',
              'in',
              notices.map((n) => n.id),
            )
            .where('state', '!=', 'sent')
            .execute();
          if (pending.length === 0) break;
          if (Date.now() - t0 > 30_000)
            throw new Error(`not delivered after 30 s: ${second.stderr()}`);
          await new Promise((r) => setTimeout(r, 200));
        }
        await new Promise((r) => setTimeout(r, 500));
        const inbox = await db.kysely
          .selectFrom('inbox_item')
          .select('notification_id')
          .where(
            'notification_id',
            'in',
            notices.map((n) => n.id),
          )
          .execute();
        expect(inbox.map((i) => i.notification_id).sort()).toEqual(notices.map((n) => n.id).sort());
        const attempts = await db.kysely
          .selectFrom('delivery_attempt as a')
          .innerJoin('notification_delivery as d', 'd.id', 'a.delivery_id')
          .select('a.id')
          .where(
            'd.notification_id',
            'in',
            notices.map((n) => n.id),
          )
          .execute();
        expect(attempts).toHaveLength(notices.length);
        // The chair sees it.
        const chair = await signIn(second.url, 'chutich');
        const unread = (await (
          await fetch(`${second.url}/api/notifications/unread-count`, {
            headers: { cookie: chair },
          })
        ).json()) as { unread: number };
        expect(unread.unread).toBeGreaterThanOrEqual(1);
      } finally {
        await db.close();
      }
    },
    180_000,
  );
});
