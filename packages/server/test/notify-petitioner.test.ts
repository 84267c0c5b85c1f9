// Petitioners told when their matter is answered, on SQLite and PostgreSQL: approving the answer
// writes one message per petitioner who gave an email or phone AND consented to be contacted,
// with the portal tracking code; none to the one who did not consent; delivered after commit
// through the real SMTP server and the SMS webhook (the follow-up feature writes the messages,
// follow-up/answer-notices.ts; this checks they reach real receiving servers once).
import { afterEach, describe, expect, it } from 'vitest';
import { newId, nowIso } from '../src/db/ids.js';
import { WebhookConfig } from '../src/notify/notify-config.js';
import { createNotifier } from '../src/notify/runtime.js';
import { dialectCases } from './support/databases.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { startSmtp, startWebhook } from './notify-servers.js';

describe.each(dialectCases)('petitioner messages on $dialect', ({ dialect, skip }) => {
  let t: TestApp | undefined;
  const cleanup: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const c of cleanup.splice(0).reverse()) await c();
    await t?.close();
    t = undefined;
  });

  it.skipIf(skip)(
    'approval tells the consenting petitioners by email and SMS with the tracking code, once',
    async () => {
      const smtp = await startSmtp();
      const hook = await startWebhook();
      cleanup.push(
        () => smtp.close(),
        () => hook.close(),
      );
      t = await startTestApp(dialect);
      const k = t.deps.db.kysely;
      const m = await k
        .selectFrom('matter')
        .selectAll()
        .where('state', '=', 'in-follow-up')
        .orderBy('seq')
        .executeTakeFirstOrThrow();
      const at = nowIso();
      const people = [
        { name: 'Nguyễn Văn An', phone: '0911000001', email: 'an@example.vn', consent: true },
        { name: 'Trần Thị Bình', phone: '0911000002', email: null, consent: true },
        { name: 'Lê Văn Cường', phone: '0911000003', email: 'cuong@example.vn', consent: false },
      ];
      for (const p of people) {
        const pid = newId();
        await k
          .insertInto('petitioner')
          .values({
            id: pid,
            unit_id: m.unit_id,
            full_name: p.name,
            village_id: m.village_id,
            phone: p.phone,
            email: p.email,
            answer_preference: 'email',
            created_at: at,
            updated_at: at,
          })
          .execute();
        await k
          .insertInto('raising')
          .values({
            id: newId(),
            matter_id: m.id,
            petitioner_id: pid,
            source: 'citizen-online',
            source_organisation_id: null,
            received_on: m.received_on,
            created_by: null,
            created_at: at,
          })
          .execute();
        if (p.consent)
          await k
            .insertInto('petitioner_consent')
            .values({
              id: newId(),
              petitioner_id: pid,
              purpose: 'contact-about-answer',
              granted: 1,
              recorded_by: null,
              recorded_at: at,
            } as never)
            .execute();
      }
      await k
        .insertInto('portal_submission')
        .values({
          id: newId(),
          unit_id: m.unit_id,
          matter_id: m.id,
          tracking_code: 'SG-7K2M9Q',
          session_id: null,
          wants_to_speak: 0,
          created_at: at,
        })
        .execute();

      const office = await t.login('vanphong');
      const chair = await t.login('chutich');
      const url = `/api/follow-up/${m.id}/answer`;
      expect(
        (
          await t.app.inject({
            method: 'PUT',
            url,
            headers: { cookie: office },
            payload: { text: 'UBND xã đã kiểm tra và sẽ sửa chữa trong tháng tới.' },
          })
        ).statusCode,
      ).toBe(200);
      expect(
        (
          await t.app.inject({
            method: 'POST',
            url: `${url}/submit`,
            headers: { cookie: office },
            payload: {},
          })
        ).statusCode,
      ).toBe(200);
      const approved = await t.app.inject({
        method: 'POST',
        url: `${url}/approve`,
        headers: { cookie: chair },
        payload: {},
      });
      expect(approved.statusCode, approved.body).toBe(200);

      const rows = await k
        .selectFrom('notification')
        .select(['to_email', 'to_phone', 'text', 'link'])
        .where('kind', '=', 'answer.approved')
        .orderBy('to_phone')
        .execute();
      expect(rows.map((r) => r.to_phone)).toEqual(['0911000001', '0911000002']);
      expect(
        rows.every((r) => r.text.includes('SG-7K2M9Q') && r.link!.includes('ma=SG-7K2M9Q')),
      ).toBe(true);

      const n = createNotifier(t.deps.db, {
        notifyConfig: {
          smtp: { url: smtp.url, from: 'ubnd@songiang.example.vn' },
          sms: WebhookConfig.parse({ url: hook.url }),
          zalo: null,
        },
        planReminders: false,
        baseUrl: 'https://doithoai.example.vn',
      });
      cleanup.push(() => n.stop());
      await n.runner.drain();
      expect(smtp.mails.filter((mail) => mail.to[0] === 'an@example.vn')).toHaveLength(1);
      expect(smtp.mails.some((mail) => mail.to[0] === 'cuong@example.vn')).toBe(false);
      const sms = hook.received.map((h) => JSON.parse(h.body) as { to: string; text: string });
      expect(sms.map((s) => s.to).sort()).toEqual(['0911000001', '0911000002']);
      expect(sms[0]!.text).toContain(
        'https://doithoai.example.vn/xa/son-giang/tra-cuu?ma=SG-7K2M9Q',
      );
    },
  );
});
