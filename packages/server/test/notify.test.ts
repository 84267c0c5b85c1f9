// Notifications on SQLite and PostgreSQL: the outbox commits with the change or not at all and
// survives a crash between commit and send (delivered once after the restart, a dead worker's
// lease retaken after it expires); email through a real SMTP server on 127.0.0.1; SMS through a
// webhook on a local HTTP server (template, headers, a 500 retried after the backoff, give-up
// after the last attempt, visible to the administrator, "retry now").
import { afterEach, describe, expect, it } from 'vitest';
import { prepareDatabase } from '../src/bootstrap.js';
import type { Db } from '../src/db/open-database.js';
import { defaultBackoffMs } from '../src/jobs/runner.js';
import { WebhookConfig, type NotifyConfig } from '../src/notify/notify-config.js';
import { enqueueNotification, DELIVERY_MAX_ATTEMPTS } from '../src/notify/outbox.js';
import { createNotifier, type Notifier } from '../src/notify/runtime.js';
import { createTestDatabase, dialectCases, type TestDatabase } from './support/databases.js';
import { startTestApp, testConfig, type TestApp } from './support/test-app.js';
import { startSmtp, startWebhook } from './notify-servers.js';

const none: NotifyConfig = { smtp: null, sms: null, zalo: null };
const t0 = new Date('2026-03-10T01:00:00Z');
const plus = (ms: number) => new Date(t0.getTime() + ms);

/** Decodes the quoted-printable body and RFC 2047 (Q) headers well enough to read Vietnamese text. */
const qp = (s: string, underscoreIsSpace = false) => {
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const m = /^=([0-9A-Fa-f]{2})/.exec(s.slice(i, i + 3));
    if (m) {
      bytes.push(parseInt(m[1]!, 16));
      i += 2;
    } else bytes.push(...Buffer.from(underscoreIsSpace && s[i] === '_' ? ' ' : s[i]!, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
};
function decodeMail(raw: string): string {
  const split = raw.indexOf('\r\n\r\n');
  const headers = raw
    .slice(0, split)
    .replace(/\r\n[ \t]+/g, ' ')
    .replace(/\?=\s+=\?UTF-8\?Q\?/gi, '') // adjacent encoded words join
    .replace(/=\?UTF-8\?Q\?(.*?)\?=/gi, (_a, q: string) => qp(q, true));
  return `${headers}\n\n${qp(raw.slice(split + 4).replace(/=\r?\n/g, ''))}`;
}

const count = async (
  db: Db,
  table: 'notification' | 'notification_delivery' | 'inbox_item' | 'job',
) =>
  Number(
    (
      await db.kysely
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe.each(dialectCases)('notifications on $dialect', ({ dialect, skip }) => {
  let database: TestDatabase | undefined;
  const cleanup: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const c of cleanup.splice(0).reverse()) await c();
    await database?.drop();
    database = undefined;
  });

  async function freshDb(): Promise<Db> {
    database = await createTestDatabase(dialect);
    const db = database.db;
    await prepareDatabase(db, testConfig());
    return db;
  }

  function notifier(
    db: Db,
    config: NotifyConfig,
    clock: () => Date,
    planReminders = true,
  ): Notifier {
    const n = createNotifier(db, {
      notifyConfig: config,
      clock,
      owner: `test-${Math.random()}`,
      planReminders,
    });
    cleanup.push(() => n.stop());
    return n;
  }

  it.skipIf(skip)(
    'the outbox commits with the change or not at all; after a crash between commit and send it is delivered exactly once',
    async () => {
      const smtp = await startSmtp();
      cleanup.push(() => smtp.close());
      let db = await freshDb();
      const message = {
        unitId: null,
        to: { userId: 'u-1', email: 'an@example.vn' },
        kind: 'test',
        subject: 'Ý kiến của ông đã được trả lời',
        text: 'Mã tra cứu: AB12CD',
      };

      // A change that fails takes its notification with it.
      await expect(
        db.kysely.transaction().execute(async (trx) => {
          await enqueueNotification(trx, message, t0);
          throw new Error('the change failed');
        }),
      ).rejects.toThrow('the change failed');
      expect(await count(db, 'notification')).toBe(0);
      expect(await count(db, 'job')).toBe(0);

      await db.kysely.transaction().execute((trx) => enqueueNotification(trx, message, t0));
      expect(await count(db, 'notification_delivery')).toBe(2); // in-app + email
      // "Crash": the process ends after the commit, before any delivery.
      await db.close();
      db = database!.reopen();
      database = { ...database!, db };
      cleanup.push(() => db.close());

      const n = notifier(
        db,
        { ...none, smtp: { url: smtp.url, from: 'UBND xã <ubnd@example.vn>' } },
        () => t0,
      );
      expect(await n.runner.drain()).toBe(2);
      expect(smtp.mails).toHaveLength(1);
      expect(await count(db, 'inbox_item')).toBe(1);
      expect(await n.runner.drain()).toBe(0);
      expect(smtp.mails).toHaveLength(1);
      const states = await db.kysely
        .selectFrom('notification_delivery')
        .select(['channel', 'state', 'attempts'])
        .orderBy('channel')
        .execute();
      expect(states.map((s) => [s.channel, s.state, Number(s.attempts)])).toEqual([
        ['email', 'sent', 1],
        ['in-app', 'sent', 1],
      ]);

      // A worker that leased a job and died: its lease expires, then another takes the job once.
      const id = await enqueueNotification(
        db.kysely,
        { ...message, to: { email: 'binh@example.vn' }, subject: 'Second' },
        t0,
      );
      await db.kysely
        .updateTable('job')
        .set({
          state: 'running',
          lease_owner: 'dead-worker',
          lease_expires_at: plus(60_000).toISOString(),
        })
        .where('state', '=', 'pending')
        .execute();
      expect(await n.runner.runOnce()).toBe(0);
      const later = notifier(
        db,
        { ...none, smtp: { url: smtp.url, from: 'ubnd@example.vn' } },
        () => plus(61_000),
      );
      expect(await later.runner.drain()).toBe(1);
      expect(smtp.mails).toHaveLength(2);
      expect(smtp.mails[1]!.to).toEqual(['binh@example.vn']);
      expect(smtp.mails[1]!.raw).toContain(`X-Doithoai-Notification: ${id}`);
      expect(await later.runner.drain()).toBe(0);
    },
  );

  it.skipIf(skip)(
    'email goes through a real SMTP server; without SMTP_URL the channel is "not configured", not an error',
    async () => {
      const smtp = await startSmtp();
      cleanup.push(() => smtp.close());
      const db = await freshDb();
      const id = await enqueueNotification(
        db.kysely,
        {
          unitId: null,
          to: { email: 'dan@example.vn' },
          kind: 'answer',
          subject: 'Trả lời ý kiến — mã AB12CD',
          text: 'UBND xã đã trả lời ý kiến của ông/bà.',
          link: 'http://xa.example.vn/xa/son-giang/tra-cuu',
        },
        t0,
      );
      const n = notifier(
        db,
        { ...none, smtp: { url: smtp.url, from: 'UBND xã Sơn Giang <ubnd@songiang.example.vn>' } },
        () => t0,
      );
      await n.runner.drain();
      expect(smtp.mails).toHaveLength(1);
      const mail = smtp.mails[0]!;
      expect(mail.from).toBe('ubnd@songiang.example.vn');
      expect(mail.to).toEqual(['dan@example.vn']);
      const text = decodeMail(mail.raw);
      expect(text).toContain('Trả lời ý kiến — mã AB12CD');
      expect(text).toContain('UBND xã đã trả lời ý kiến của ông/bà.');
      expect(text).toContain('http://xa.example.vn/xa/son-giang/tra-cuu');
      expect(mail.raw).toContain(`Message-ID: <${id}@doithoai>`);

      await enqueueNotification(
        db.kysely,
        { unitId: null, to: { email: 'em@example.vn' }, kind: 'answer', subject: 'x', text: 'y' },
        t0,
      );
      const unconfigured = notifier(db, none, () => t0);
      await unconfigured.runner.drain();
      const d = await db.kysely
        .selectFrom('notification_delivery')
        .select(['state', 'last_error'])
        .where('state', '!=', 'sent')
        .executeTakeFirstOrThrow();
      expect(d.state).toBe('not-configured');
      expect(d.last_error).toContain('chưa được cấu hình');
      expect(smtp.mails).toHaveLength(1);
    },
  );

  it.skipIf(skip)(
    'SMS through the webhook: the body from the template, a 500 retried after the backoff, each attempt recorded',
    async () => {
      const hook = await startWebhook((n) => (n === 1 ? 500 : 200));
      cleanup.push(() => hook.close());
      const db = await freshDb();
      const sms = WebhookConfig.parse({
        url: hook.url,
        headers: { authorization: 'Bearer tinh-ha-tinh' },
        body: '{"phone":"{{to}}","message":"{{text}}","ref":"{{id}}"}',
      });
      const id = await enqueueNotification(
        db.kysely,
        {
          unitId: null,
          to: { phone: '0912345678' },
          kind: 'answer',
          subject: 's',
          text: 'Ý kiến "đèn đường" đã có trả lời',
        },
        t0,
      );
      let now = t0;
      const n = notifier(db, { ...none, sms }, () => now);
      expect(await n.runner.runOnce()).toBe(1);
      expect(hook.requests()).toBe(1);
      expect(hook.received).toHaveLength(0);
      // Not again before the backoff has passed …
      now = plus(defaultBackoffMs(1) - 1000);
      expect(await n.runner.runOnce()).toBe(0);
      // … then once more, and it goes through.
      now = plus(defaultBackoffMs(1) + 1000);
      expect(await n.runner.runOnce()).toBe(1);
      expect(hook.received).toHaveLength(1);
      const got = hook.received[0]!;
      expect(got.headers.authorization).toBe('Bearer tinh-ha-tinh');
      expect(got.headers['content-type']).toBe('application/json');
      expect(JSON.parse(got.body)).toEqual({
        phone: '0912345678',
        message: 'Ý kiến "đèn đường" đã có trả lời',
        ref: id,
      });
      const attempts = await db.kysely
        .selectFrom('delivery_attempt')
        .select(['ok', 'error'])
        .orderBy('at')
        .execute();
      expect(attempts.map((a) => Number(a.ok))).toEqual([0, 1]);
      expect(attempts[0]!.error).toContain('HTTP 500');
      expect(await n.runner.drain()).toBe(0);
    },
  );

  it.skipIf(skip)(
    'a channel that keeps failing: marked failed after the last attempt, listed for the administrator, retried on request; others cannot see it',
    async () => {
      let up = false;
      const hook = await startWebhook(() => (up ? 200 : 503));
      cleanup.push(() => hook.close());
      const t: TestApp = await startTestApp(dialect);
      cleanup.push(() => t.close());
      const db = t.deps.db;
      const sg = await db.kysely
        .selectFrom('unit')
        .select('id')
        .where('slug', '=', 'son-giang')
        .executeTakeFirstOrThrow();
      await db.kysely.transaction().execute((trx) =>
        enqueueNotification(
          trx,
          {
            unitId: sg.id,
            to: { phone: '0987654321' },
            kind: 'answer',
            subject: 'Trả lời ý kiến',
            text: 'Đã có trả lời',
          },
          t0,
        ),
      );
      let now = t0;
      const n = notifier(
        db,
        { ...none, sms: WebhookConfig.parse({ url: hook.url }) },
        () => now,
        false,
      );
      for (let i = 0; i < DELIVERY_MAX_ATTEMPTS; i++) {
        expect(await n.runner.runOnce()).toBe(1);
        now = new Date(now.getTime() + 7 * 3600_000); // past any backoff
      }
      expect(await n.runner.runOnce()).toBe(0);
      expect(hook.requests()).toBe(DELIVERY_MAX_ATTEMPTS);

      const admin = await t.login('admin');
      const list = await t.app.inject({ url: '/api/admin/deliveries', headers: { cookie: admin } });
      expect(list.statusCode, list.body).toBe(200);
      const body = list.json() as {
        channels: Record<string, { configured: boolean }>;
        deliveries: {
          id: string;
          state: string;
          attempts: number;
          lastError: string;
          to: string;
        }[];
      };
      const failed = body.deliveries.find((d) => d.state === 'failed')!;
      expect(failed.attempts).toBe(DELIVERY_MAX_ATTEMPTS);
      expect(failed.lastError).toContain('HTTP 503');
      expect(failed.to).toBe('09…21'); // masked
      const attempts = await t.app.inject({
        url: `/api/admin/deliveries/${failed.id}/attempts`,
        headers: { cookie: admin },
      });
      expect(attempts.json().attempts).toHaveLength(DELIVERY_MAX_ATTEMPTS);

      const official = await t.login('congchuc');
      expect(
        (await t.app.inject({ url: '/api/admin/deliveries', headers: { cookie: official } }))
          .statusCode,
      ).toBe(404);
      expect(
        (
          await t.app.inject({
            method: 'POST',
            url: `/api/admin/deliveries/${failed.id}/retry`,
            headers: { cookie: official },
          })
        ).statusCode,
      ).toBe(404);

      up = true;
      const retry = await t.app.inject({
        method: 'POST',
        url: `/api/admin/deliveries/${failed.id}/retry`,
        headers: { cookie: admin },
      });
      expect(retry.statusCode, retry.body).toBe(200);
      now = new Date(); // "retry now" is due at the real now
      expect(await n.runner.drain()).toBe(1);
      expect(hook.received).toHaveLength(1);
      const after = await db.kysely
        .selectFrom('notification_delivery')
        .select(['state'])
        .where('id', '=', failed.id)
        .executeTakeFirstOrThrow();
      expect(after.state).toBe('sent');
    },
  );

  it.skipIf(skip)(
    'each province its own SMS provider: a unit uses the nearest unit above it that names one, else the default',
    async () => {
      const national = await startWebhook();
      const haTinh = await startWebhook();
      cleanup.push(
        () => national.close(),
        () => haTinh.close(),
      );
      const db = await freshDb();
      const at = t0.toISOString();
      const unit = (id: string, code: string, path: string, parent: string | null) => ({
        id,
        parent_id: parent,
        code,
        slug: `u-${code}`,
        name: `Đơn vị ${code}`,
        kind: parent ? 'xa' : 'tinh',
        path,
        depth: path.split('/').length - 3,
        profile_code: null,
        created_at: at,
        updated_at: at,
      });
      await db.kysely
        .insertInto('unit')
        .values([
          unit('p42', '42', '/p42/', null),
          unit('x1', '18184', '/p42/x1/', 'p42'),
          unit('p01', '01', '/p01/', null),
        ])
        .execute();
      for (const [unitId, phone] of [
        ['x1', '0900000001'],
        ['p01', '0900000002'],
        [null, '0900000003'],
      ] as const) {
        await enqueueNotification(
          db.kysely,
          { unitId, to: { phone }, kind: 'k', subject: 's', text: 't' },
          t0,
        );
      }
      const n = notifier(
        db,
        {
          ...none,
          sms: WebhookConfig.parse({ url: national.url }),
          byUnit: {
            '42': { sms: WebhookConfig.parse({ url: haTinh.url, body: '{"so":"{{to}}"}' }) },
          },
        },
        () => t0,
      );
      await n.runner.drain();
      expect(haTinh.received.map((r) => JSON.parse(r.body))).toEqual([{ so: '0900000001' }]);
      expect(
        national.received.map((r) => (JSON.parse(r.body) as { to: string }).to).sort(),
      ).toEqual(['0900000002', '0900000003']);
    },
  );
});
