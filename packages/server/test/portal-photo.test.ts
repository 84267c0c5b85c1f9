// The portal's photo and its one-transaction save, on SQLite and PostgreSQL, through the real app:
// a photo sent with the form (multipart) is checked by its content (JPEG/PNG/WebP, ≤ 5 MB) and
// kept in the database with its SHA-256; refusals (not a photo, too large, missing consent) bring
// the form back filled, the good photo held so it need not be sent again; staff who may read the
// matter get the bytes with safe headers, nobody else; and the matter, its code and its photo are
// saved in one transaction (a failing step leaves nothing).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupDatabase, restoreDatabase } from '../src/backup/backup.js';
import { prepareDatabase } from '../src/bootstrap.js';
import { newPortalLimits } from '../src/portal/rate-limit.js';
import { readForm, submitOpinion } from '../src/portal/submit-opinion.js';
import { createTestDatabase, dialectCases } from './support/databases.js';
import { makePng, multipart, withPngText, type FilePart } from './support/images.js';
import { startTestApp, testConfig, type TestApp } from './support/test-app.js';

const send = (t: TestApp, fields: Record<string, string>, file?: FilePart, ip = '192.0.2.1') => {
  const { body, contentType } = multipart(fields, file);
  return t.app.inject({
    method: 'POST',
    url: '/xa/son-giang/gui-y-kien',
    remoteAddress: ip,
    headers: { 'content-type': contentType },
    payload: body,
  });
};
const codeOf = (location: unknown) => /ma=([A-Z2-9]{8})$/.exec(String(location))![1]!;
const attr = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

describe.each(dialectCases)('portal photo on $dialect', ({ dialect, skip }) => {
  let t: TestApp;
  let villageId: string;
  const png = makePng(64, 48);

  beforeAll(async () => {
    if (skip) return;
    t = await startTestApp(dialect);
    const k = t.deps.db.kysely;
    const unit = await k
      .selectFrom('unit')
      .select(['id'])
      .where('slug', '=', 'son-giang')
      .executeTakeFirstOrThrow();
    villageId = (
      await k
        .selectFrom('unit')
        .select('id')
        .where('parent_id', '=', unit.id)
        .orderBy('code')
        .executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(async () => {
    if (!skip) await t.close();
  });

  const valid = () => ({
    fullName: 'Lê Văn Hùng',
    villageId,
    contact: '0911 222 333',
    consentContact: 'yes',
    content: 'Cống thoát nước trước nhà văn hóa thôn bị vỡ, nước tràn ra đường.',
    website: '',
  });
  const matterOf = async (code: string) => {
    const k = t.deps.db.kysely;
    const sub = await k
      .selectFrom('portal_submission')
      .select('matter_id')
      .where('tracking_code', '=', code)
      .executeTakeFirstOrThrow();
    return sub.matter_id;
  };

  it.skipIf(skip)(
    'keeps a sent photo with the matter (type from the content, size, SHA-256); staff see it with safe headers, others do not',
    async () => {
      const res = await send(
        t,
        valid(),
        { name: 'photo', filename: 'IMG_0012.PNG', type: 'application/octet-stream', bytes: png },
        '192.0.2.10',
      );
      expect(res.statusCode, res.body).toBe(303);
      const matterId = await matterOf(codeOf(res.headers.location));
      const k = t.deps.db.kysely;
      const rows = await k
        .selectFrom('attachment')
        .selectAll()
        .where('matter_id', '=', matterId)
        .execute();
      expect(rows).toHaveLength(1);
      expect(rows[0]!.media_type).toBe('image/png');
      expect(Number(rows[0]!.size)).toBe(png.length);
      expect(rows[0]!.sha256).toBe(createHash('sha256').update(png).digest('hex'));
      expect(Buffer.from(rows[0]!.bytes).equals(png)).toBe(true);

      const office = await t.login('vanphong');
      const list = await t.app.inject({
        url: `/api/opinions/${matterId}/attachments`,
        headers: { cookie: office },
      });
      expect(list.statusCode).toBe(200);
      expect(list.json()).toEqual([
        expect.objectContaining({ id: rows[0]!.id, mediaType: 'image/png', size: png.length }),
      ]);
      const file = await t.app.inject({
        url: `/api/attachments/${rows[0]!.id}`,
        headers: { cookie: office },
      });
      expect(file.statusCode).toBe(200);
      expect(file.rawPayload.equals(png)).toBe(true);
      expect(file.headers['content-type']).toBe('image/png');
      expect(file.headers['x-content-type-options']).toBe('nosniff');
      expect(String(file.headers['content-security-policy'])).toMatch(/sandbox/);
      expect(String(file.headers['content-security-policy'])).toContain("default-src 'none'");
      expect(file.headers['content-disposition']).toBe(`inline; filename="anh-${rows[0]!.id}.png"`);
      // The view of a citizen's photo is logged.
      expect(
        await k
          .selectFrom('audit_event')
          .select('id')
          .where('action', '=', 'attachment.view')
          .where('entity_id', '=', rows[0]!.id)
          .execute(),
      ).toHaveLength(1);
      // Not signed in; signed in for another commune; a collector (may create, not read): not found.
      expect((await t.app.inject({ url: `/api/attachments/${rows[0]!.id}` })).statusCode).toBe(401);
      for (const who of ['vanphong.sontay', 'mttq']) {
        const other = await t.login(who);
        expect(
          (
            await t.app.inject({
              url: `/api/attachments/${rows[0]!.id}`,
              headers: { cookie: other },
            })
          ).statusCode,
          who,
        ).toBe(404);
        expect(
          (
            await t.app.inject({
              url: `/api/opinions/${matterId}/attachments`,
              headers: { cookie: other },
            })
          ).statusCode,
          who,
        ).toBe(404);
      }
      // The public never gets it: no portal page links to it.
      const code = codeOf(res.headers.location);
      expect((await t.app.inject({ url: `/xa/son-giang/tra-cuu?ma=${code}` })).body).not.toContain(
        rows[0]!.id,
      );
    },
  );

  it.skipIf(skip)(
    'stores the photo without its metadata (where it was taken, by whom)',
    async () => {
      const tagged = withPngText(png, 'GPS', '18.3512N 105.8870E, nhà ông Lê Văn Hùng');
      const res = await send(
        t,
        { ...valid(), contact: '', consentContact: '' },
        { name: 'photo', filename: 'gps.png', type: 'image/png', bytes: tagged },
        '192.0.2.15',
      );
      expect(res.statusCode).toBe(303);
      const matterId = await matterOf(codeOf(res.headers.location));
      const stored = await t.deps.db.kysely
        .selectFrom('attachment')
        .select(['bytes', 'size', 'sha256'])
        .where('matter_id', '=', matterId)
        .executeTakeFirstOrThrow();
      const bytes = Buffer.from(stored.bytes);
      expect(bytes.includes(Buffer.from('18.3512N'))).toBe(false);
      expect(bytes.equals(png)).toBe(true);
      expect(Number(stored.size)).toBe(png.length);
      expect(stored.sha256).toBe(createHash('sha256').update(png).digest('hex'));
    },
  );

  it.skipIf(skip)(
    'refuses a file that is not a JPEG/PNG/WebP whatever its name, and a photo over 5 MB, keeping every typed field',
    async () => {
      const k = t.deps.db.kysely;
      const before = (await k.selectFrom('matter').select('id').execute()).length;
      const typed = { ...valid(), fullName: 'Trần Thị "Bé" <i>', consentPublish: 'yes' };
      const fakes: FilePart[] = [
        {
          name: 'photo',
          filename: 'anh.jpg',
          type: 'image/jpeg',
          bytes: Buffer.from('<html><script>alert(1)</script></html>'),
        },
        {
          name: 'photo',
          filename: 'anh.svg',
          type: 'image/svg+xml',
          bytes: Buffer.from(
            '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
          ),
        },
        {
          name: 'photo',
          filename: 'anh.gif',
          type: 'image/gif',
          bytes: Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64'),
        },
      ];
      for (const fake of fakes) {
        const res = await send(t, typed, fake, '192.0.2.20');
        expect(res.statusCode, fake.filename).toBe(422);
        expect(res.body).toContain('không phải ảnh JPEG, PNG hoặc WebP');
        expect(res.body).toContain('id="photo-error"');
        expect(res.body).toContain(`value="${attr(typed.fullName)}"`);
        expect(res.body).toContain(`value="${attr(typed.contact)}"`);
        expect(res.body).toContain(`>${attr(typed.content)}</textarea>`);
        expect(res.body).toContain(`<option value="${villageId}" selected>`);
        expect(res.body).toMatch(/id="consentContact"[^>]*checked/);
        expect(res.body).toMatch(/id="consentPublish"[^>]*checked/);
        expect(res.body).not.toContain('heldPhotoId');
      }
      // 5 MB + 1 byte of a real PNG.
      const big = makePng(1024, 1707, true);
      expect(big.length).toBeGreaterThan(5 * 1024 * 1024);
      const tooBig = await send(
        t,
        typed,
        { name: 'photo', filename: 'big.png', type: 'image/png', bytes: big },
        '192.0.2.21',
      );
      expect(tooBig.statusCode).toBe(422);
      expect(tooBig.body).toContain('Ảnh lớn quá 5,0 MB');
      expect(tooBig.body).toContain(`>${attr(typed.content)}</textarea>`);
      expect((await k.selectFrom('matter').select('id').execute()).length).toBe(before);
      expect(
        await k.selectFrom('attachment').select('id').where('matter_id', 'is', null).execute(),
      ).toHaveLength(0);
    },
  );

  it.skipIf(skip)(
    'holds a good photo of a refused form (missing consent), so the next try need not send it again',
    async () => {
      const k = t.deps.db.kysely;
      const first = await send(
        t,
        { ...valid(), consentContact: '' },
        { name: 'photo', filename: 'cong.png', type: 'image/png', bytes: png },
        '192.0.2.30',
      );
      expect(first.statusCode).toBe(422);
      expect(first.body).toContain('id="consentContact-error"');
      expect(first.body).toContain('Xã đã nhận ảnh «cong.png»');
      const heldId = /name="heldPhotoId" value="([^"]+)"/.exec(first.body)![1]!;
      const held = await k
        .selectFrom('attachment')
        .select(['matter_id', 'sha256'])
        .where('id', '=', heldId)
        .executeTakeFirstOrThrow();
      expect(held.matter_id).toBeNull();
      // The next try, without choosing the photo again.
      const second = await send(t, { ...valid(), heldPhotoId: heldId }, undefined, '192.0.2.30');
      expect(second.statusCode, second.body).toBe(303);
      const matterId = await matterOf(codeOf(second.headers.location));
      expect(
        (
          await k
            .selectFrom('attachment')
            .select('matter_id')
            .where('id', '=', heldId)
            .executeTakeFirstOrThrow()
        ).matter_id,
      ).toBe(matterId);
      // Held photos nobody came back for are dropped after a day (here: when the next one is held).
      const unitId = (
        await k
          .selectFrom('unit')
          .select('id')
          .where('slug', '=', 'son-giang')
          .executeTakeFirstOrThrow()
      ).id;
      await k
        .insertInto('attachment')
        .values({
          id: 'old-held',
          unit_id: unitId,
          matter_id: null,
          media_type: 'image/png',
          size: png.length,
          sha256: 'x',
          original_name: null,
          bytes: png,
          created_by: 'portal',
          created_at: new Date(Date.now() - 25 * 3600_000).toISOString(),
        })
        .execute();
      const third = await send(
        t,
        { ...valid(), consentContact: '' },
        { name: 'photo', filename: 'cong2.png', type: 'image/png', bytes: png },
        '192.0.2.32',
      );
      expect(third.statusCode).toBe(422);
      expect(
        await k.selectFrom('attachment').select('id').where('id', '=', 'old-held').execute(),
      ).toHaveLength(0);
      // A held id cannot be used twice, nor one that is not held.
      const again = await send(t, { ...valid(), heldPhotoId: heldId }, undefined, '192.0.2.31');
      expect(again.statusCode).toBe(422);
      expect(again.body).toContain('không còn được giữ');
    },
  );

  it.skipIf(skip)(
    'sends the tracking code by SMS or email, in the same transaction, only to a contact given with consent',
    async () => {
      const k = t.deps.db.kysely;
      const byPhone = await send(t, valid(), undefined, '192.0.2.50');
      const code = codeOf(byPhone.headers.location);
      const sms = await k
        .selectFrom('notification')
        .selectAll()
        .where('kind', '=', 'portal.tracking-code')
        .where('text', 'like', `%${code}%`)
        .execute();
      expect(sms).toHaveLength(1);
      expect(sms[0]!.to_phone).toBe('0911222333');
      expect(sms[0]!.link).toBe(`/xa/son-giang/tra-cuu?ma=${code}`);
      expect(
        (
          await k
            .selectFrom('notification_delivery')
            .select('channel')
            .where('notification_id', '=', sms[0]!.id)
            .execute()
        ).map((d) => d.channel),
      ).toEqual(['sms']);
      const byMail = await send(
        t,
        { ...valid(), contact: 'Nguoi.Dan@Example.vn' },
        undefined,
        '192.0.2.51',
      );
      const mailCode = codeOf(byMail.headers.location);
      const mail = await k
        .selectFrom('notification')
        .selectAll()
        .where('text', 'like', `%${mailCode}%`)
        .executeTakeFirstOrThrow();
      expect(mail.to_email).toBe('nguoi.dan@example.vn');
      expect(
        (
          await k
            .selectFrom('notification_delivery')
            .select('channel')
            .where('notification_id', '=', mail.id)
            .execute()
        ).map((d) => d.channel),
      ).toEqual(['email']);
      // No contact: nothing to send.
      const none = await send(
        t,
        { ...valid(), contact: '', consentContact: '' },
        undefined,
        '192.0.2.52',
      );
      expect(
        await k
          .selectFrom('notification')
          .select('id')
          .where('text', 'like', `%${codeOf(none.headers.location)}%`)
          .execute(),
      ).toHaveLength(0);
    },
  );

  it.skipIf(skip)(
    'a backup carries the photos byte for byte into a restored database',
    async () => {
      const sent = await send(
        t,
        { ...valid(), contact: '', consentContact: '' },
        { name: 'photo', filename: 'backup.png', type: 'image/png', bytes: makePng(200, 150) },
        '192.0.2.60',
      );
      const matterId = await matterOf(codeOf(sent.headers.location));
      const k = t.deps.db.kysely;
      const before = await k
        .selectFrom('attachment')
        .select(['id', 'sha256', 'bytes', 'matter_id'])
        .orderBy('id')
        .execute();
      expect(before.some((a) => a.matter_id === matterId)).toBe(true);
      const file = path.join(
        fs.mkdtempSync(path.join(os.tmpdir(), 'doithoai-photo-backup-')),
        'backup.json',
      );
      await backupDatabase(t.deps.db, file);
      const target = await createTestDatabase(dialect);
      try {
        const deps = await prepareDatabase(target.db, testConfig());
        await restoreDatabase(deps.db, file);
        const after = await deps.db.kysely
          .selectFrom('attachment')
          .select(['id', 'sha256', 'bytes', 'matter_id'])
          .orderBy('id')
          .execute();
        expect(after.map((a) => [a.id, a.matter_id, a.sha256])).toEqual(
          before.map((a) => [a.id, a.matter_id, a.sha256]),
        );
        for (const a of after)
          expect(createHash('sha256').update(Buffer.from(a.bytes)).digest('hex')).toBe(a.sha256);
      } finally {
        await target.db.close();
        await target.drop();
        fs.rmSync(path.dirname(file), { recursive: true, force: true });
      }
    },
  );

  it.skipIf(skip)(
    'saves the matter, its tracking code and its photo in one transaction: a failing step leaves nothing',
    async () => {
      const k = t.deps.db.kysely;
      const ok = await send(
        t,
        { ...valid(), contact: '' },
        { name: 'photo', filename: 'a.png', type: 'image/png', bytes: png },
        '192.0.2.40',
      );
      expect(ok.statusCode, ok.body.slice(0, 200)).toBe(303);
      const taken = codeOf(ok.headers.location);
      const count = async () =>
        Promise.all(
          [
            'matter',
            'petitioner',
            'raising',
            'portal_submission',
            'attachment',
            'audit_event',
            'notification',
          ].map(
            async (table) =>
              (
                await k
                  .selectFrom(table as 'matter')
                  .select('id')
                  .execute()
              ).length,
          ),
        );
      const before = await count();
      // Every code drawn is one already given: the code's insert fails after the matter's.
      const form = readForm({ ...valid(), content: 'Ý kiến không được lưu nửa chừng.' });
      await expect(
        submitOpinion(
          { db: t.deps.db, limits: newPortalLimits(), ip: '192.0.2.41', newCode: () => taken },
          'son-giang',
          form,
          { bytes: png, truncated: false, filename: 'b.png' },
        ),
      ).rejects.toThrow();
      expect(await count()).toEqual(before);
      expect(
        await k
          .selectFrom('matter')
          .select('id')
          .where('content', '=', 'Ý kiến không được lưu nửa chừng.')
          .execute(),
      ).toHaveLength(0);
    },
  );
});
