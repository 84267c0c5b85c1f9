// Two real server processes (`doithoai serve`, each running its job runner) on one PostgreSQL
// database; 1,000 reminders fall due at once, half by SMS (webhook on a local HTTP server), half
// by email (a real SMTP server): each is delivered exactly once — counted at the receiving
// servers and in the database — and both processes did part of the work.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '../src/bootstrap.js';
import { newId, nowIso } from '../src/db/ids.js';
import { openPostgres } from '../src/db/open-database.js';
import { enqueueNotification } from '../src/notify/outbox.js';
import { postgresAvailable } from './support/databases.js';
import { testConfig } from './support/test-app.js';
import { buildServer, postgresStore, startServer, type ChildServer, type Store } from './support/child-server.js';
import { startSmtp, startWebhook } from './notify-servers.js';

const N = 1000;

describe.skipIf(!postgresAvailable)('two server processes on one PostgreSQL deliver each reminder once', () => {
  let store: Store;
  const servers: ChildServer[] = [];
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let hook: Awaited<ReturnType<typeof startWebhook>>;

  beforeAll(async () => {
    buildServer();
    store = await postgresStore();
    smtp = await startSmtp();
    hook = await startWebhook();
  }, 240_000);

  afterAll(async () => {
    for (const s of servers) await s.stop();
    await smtp?.close();
    await hook?.close();
    await store?.drop();
  });

  it(`${N} due reminders (SMS and email), two processes: each delivered exactly once`, async () => {
    const env = {
      SMTP_URL: smtp.url, SMTP_FROM: 'UBND xã <ubnd@example.vn>',
      SMS_WEBHOOK: JSON.stringify({ url: hook.url, body: '{"to":"{{to}}","ref":"{{id}}"}' }),
      JOBS_POLL_MS: '50',
    };
    // Schema and one unit first: the servers then skip loading the demo commune and start together.
    const db = openPostgres(store.databaseUrl!, 2);
    try {
      await prepareDatabase(db, testConfig());
      await db.kysely.insertInto('unit').values({ id: newId(), parent_id: null, code: '42', slug: 'ha-tinh', name: 'Tỉnh Hà Tĩnh', kind: 'tinh', path: '/42/', depth: 0, profile_code: null, created_at: nowIso(), updated_at: nowIso() }).execute();
      servers.push(...(await Promise.all([startServer(store, env), startServer(store, env)])));
      const now = new Date();
      await db.kysely.transaction().execute(async (trx) => {
        for (let i = 0; i < N; i++) {
          await enqueueNotification(trx, {
            unitId: null, to: { email: `citizen-${i}@example.vn`, phone: `09${String(i).padStart(8, '0')}` }, channels: [i % 2 ? 'email' : 'sms'],
            kind: 'reminder.test', subject: `Nhắc việc ${i}`, text: `Việc số ${i} sắp đến hạn`, dedupeKey: `two-process:${i}`,
          }, now);
        }
      });
      const t0 = Date.now();
      for (;;) {
        const left = await db.kysely.selectFrom('notification_delivery as d').innerJoin('notification as n', 'n.id', 'd.notification_id')
          .select((eb) => eb.fn.countAll<number>().as('n')).where('n.kind', '=', 'reminder.test').where('d.state', '!=', 'sent').executeTakeFirstOrThrow();
        if (Number(left.n) === 0) break;
        if (Date.now() - t0 > 90_000) throw new Error(`${left.n} deliveries still not sent after 90 s\n${servers.map((s) => s.stderr()).join('\n')}`);
        await new Promise((r) => setTimeout(r, 200));
      }
      const seconds = (Date.now() - t0) / 1000;
      // A moment more: anything sent twice would arrive now.
      await new Promise((r) => setTimeout(r, 500));

      const refs = hook.received.map((h) => (JSON.parse(h.body) as { ref: string }).ref);
      expect(refs.length).toBe(N / 2);
      expect(new Set(refs).size).toBe(N / 2);
      const mails = smtp.mails.filter((m) => m.to[0]!.startsWith('citizen-'));
      expect(mails.length).toBe(N / 2);
      expect(new Set(mails.map((m) => m.to[0])).size).toBe(N / 2);

      const rows = await db.kysely.selectFrom('notification_delivery as d').innerJoin('notification as n', 'n.id', 'd.notification_id')
        .select(['d.id', 'd.attempts']).where('n.kind', '=', 'reminder.test').execute();
      expect(rows.length).toBe(N);
      expect(rows.every((r) => Number(r.attempts) === 1)).toBe(true);
      const attempts = await db.kysely.selectFrom('delivery_attempt').select(['worker', 'ok']).where('delivery_id', 'in', rows.map((r) => r.id)).execute();
      expect(attempts.length).toBe(N);
      const workers = new Map<string, number>();
      for (const a of attempts) workers.set(a.worker!, (workers.get(a.worker!) ?? 0) + 1);
      expect(workers.size).toBe(2);
      console.log(`two processes delivered ${N} in ${seconds.toFixed(1)} s; per worker: ${[...workers.values()].join(' / ')}`);
    } finally {
      await db.close();
    }
  }, 120_000);
});
