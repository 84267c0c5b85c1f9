// The office's entry form finishing the job (issue 18), on SQLite and PostgreSQL through the real
// HTTP API with the demo commune: the date received is stored and starts the acknowledgement
// deadline (Luật Tiếp công dân 2013 Điều 28: 10 working days), is refused in the future or before
// the current round with a Vietnamese message naming the field; the field the clerk accepted is
// the saved matter's; every entry gets a tracking code the portal finds; a photo of the paper
// petition is kept with the matter by those who may change it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dialectCases } from './support/databases.js';
import { makePng } from './support/images.js';
import { sonGiang } from './support/opinion-fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const addDays = (d: string, n: number) =>
  new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const vn = (iso: string) => iso.split('-').reverse().join('/');

describe.each(dialectCases)('opinion entry on $dialect', ({ dialect, skip }) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    vi.useRealTimers();
    await t?.close();
    t = undefined;
  });

  const enter = (app: TestApp, cookie: string, unitId: string, payload: object) =>
    app.app.inject({
      method: 'POST',
      url: `/api/units/${unitId}/opinions`,
      headers: { cookie },
      payload,
    });

  it.skipIf(skip)(
    'stores the date received, counts the acknowledgement deadline from it, and refuses a date in the future naming the field',
    async () => {
      t = await startTestApp(dialect);
      const cookie = await t.login('vanphong');
      const { sg, village } = await sonGiang(t, cookie);
      // Friday 20/3/2026 in Vietnam; no session of the demo's year is held yet then.
      vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-03-20T03:00:00.000Z') });
      const base = {
        content: 'Đơn đề nghị cấp lại sổ hộ nghèo cho gia đình bị thất lạc do lũ',
        source: 'citizen-paper',
        villageId: village('Thôn Giang Hà'),
      };

      // A petition handed in on Monday 2/3, typed on 20/3: received 2/3; told whether it is taken up
      // within 10 working days after that day (3–6, 9–13, 16/3), i.e. by Monday 16/3 — not by 3/4,
      // which ten working days after the day of typing would give.
      const res = await enter(t, cookie, sg.id, { ...base, receivedOn: '2026-03-02' });
      expect(res.statusCode, res.body).toBe(201);
      const saved = res.json();
      expect(saved.receivedOn).toBe('2026-03-02');
      expect(saved.acknowledgeBy.date).toBe('2026-03-16');
      expect(saved.acknowledgeBy.text.vi).toContain('02/03/2026');
      const k = t.deps.db.kysely;
      expect(
        (
          await k
            .selectFrom('matter')
            .select('received_on')
            .where('id', '=', saved.id)
            .executeTakeFirstOrThrow()
        ).received_on,
      ).toBe('2026-03-02');
      expect(
        (
          await k
            .selectFrom('raising')
            .select('received_on')
            .where('matter_id', '=', saved.id)
            .executeTakeFirstOrThrow()
        ).received_on,
      ).toBe('2026-03-02');
      // Without a date: received today.
      const today = (
        await enter(t, cookie, sg.id, { ...base, content: `${base.content} (2)` })
      ).json();
      expect(today.receivedOn).toBe('2026-03-20');
      expect(today.acknowledgeBy.date).toBe('2026-04-03');

      // The citizen's tracking page shows the same day, how it was counted, and who handles it.
      const page = (
        await t.app.inject({ url: `/xa/son-giang/tra-cuu?ma=${saved.trackingCode}` })
      ).body.normalize('NFC');
      expect(page).toContain('Ngày xã nhận ý kiến</dt><dd>02/03/2026');
      expect(page).toContain('Hạn xã thông báo việc thụ lý</dt><dd>Ngày 16/03/2026');
      expect(page).toContain('10 ngày làm việc kể từ ngày nhận 02/03/2026');
      expect(page).toContain('Ủy ban nhân dân xã Sơn Giang');

      // Tomorrow is refused, in Vietnamese, naming the field; nothing is saved.
      const before = (
        await k.selectFrom('matter').select(k.fn.countAll().as('n')).executeTakeFirstOrThrow()
      ).n;
      const future = await t.app.inject({
        method: 'POST',
        url: `/api/units/${sg.id}/opinions`,
        headers: { cookie, 'accept-language': 'vi' },
        payload: { ...base, receivedOn: '2026-03-21' },
      });
      expect(future.statusCode).toBe(400);
      const error = future.json().error;
      expect(error.fields).toEqual([expect.objectContaining({ field: 'receivedOn' })]);
      expect(error.fields[0].message).toContain('Ngày nhận 21/03/2026');
      expect(error.fields[0].message).toContain('không được sau hôm nay (20/03/2026)');
      expect(
        (await k.selectFrom('matter').select(k.fn.countAll().as('n')).executeTakeFirstOrThrow()).n,
      ).toEqual(before);
      const english = await t.app.inject({
        method: 'POST',
        url: `/api/units/${sg.id}/opinions`,
        headers: { cookie, 'accept-language': 'en' },
        payload: { ...base, receivedOn: '2026-03-21' },
      });
      expect(english.json().error.fields[0].message).toContain(
        'Date received 21/03/2026 is in the future',
      );
    },
  );

  it.skipIf(skip)(
    'refuses a date before the current round (the last session held), accepts that day',
    async () => {
      t = await startTestApp(dialect);
      const cookie = await t.login('vanphong');
      const { sg } = await sonGiang(t, cookie);
      const k = t.deps.db.kysely;
      const last = await k
        .selectFrom('dialogue_session')
        .select('date')
        .where('unit_id', '=', sg.id)
        .where('state', 'in', ['held', 'concluded', 'closed'])
        .orderBy('date', 'desc')
        .executeTakeFirstOrThrow();
      const held = last.date!;
      const base = {
        content: 'Đề nghị nạo vét mương tiêu xứ đồng Cồn Cát',
        source: 'citizen-paper',
      };
      const early = await enter(t, cookie, sg.id, { ...base, receivedOn: addDays(held, -1) });
      expect(early.statusCode).toBe(400);
      expect(early.json().error.fields[0]).toMatchObject({ field: 'receivedOn' });
      expect(early.json().error.fields[0].message).toContain(`không được trước ngày ${vn(held)}`);
      const onTheDay = await enter(t, cookie, sg.id, { ...base, receivedOn: held });
      expect(onTheDay.statusCode, onTheDay.body).toBe(201);
      expect(onTheDay.json().receivedOn).toBe(held);
    },
  );

  it.skipIf(skip)(
    'the field the clerk accepted is saved (classified and routed), with a tracking code the portal finds',
    async () => {
      t = await startTestApp(dialect);
      const cookie = await t.login('vanphong');
      const { sg, village } = await sonGiang(t, cookie);
      const res = await enter(t, cookie, sg.id, {
        content: 'Kênh mương nội đồng thôn Giang Hà bị bồi lấp, đề nghị nạo vét trước vụ Đông Xuân',
        source: 'citizen-paper',
        villageId: village('Thôn Giang Hà'),
        field: 'nong-nghiep',
        petitioner: { fullName: 'Trần Văn Lực', phone: '', consents: [] },
      });
      expect(res.statusCode, res.body).toBe(201);
      const saved = res.json();
      expect(saved).toMatchObject({ field: 'nong-nghiep', source: 'citizen-paper' });
      expect(['classified', 'assigned']).toContain(saved.state);
      const detail = (
        await t.app.inject({ url: `/api/opinions/${saved.id}`, headers: { cookie } })
      ).json();
      expect(detail.field).toBe('nong-nghiep');
      expect(detail.history.map((h: { to: string }) => h.to)).toContain('classified');

      expect(saved.trackingCode).toMatch(/^[A-HJ-KMNP-Z2-9]{8}$/);
      const sub = await t.deps.db.kysely
        .selectFrom('portal_submission')
        .selectAll()
        .where('tracking_code', '=', saved.trackingCode)
        .executeTakeFirstOrThrow();
      expect(sub.matter_id).toBe(saved.id);
      const track = await t.app.inject({ url: `/xa/son-giang/tra-cuu?ma=${saved.trackingCode}` });
      expect(track.statusCode).toBe(200);
      const body = track.body.normalize('NFC');
      expect(body).toContain('Lĩnh vực: Nông nghiệp');
      // The official's position, never a person's name.
      expect(body).not.toContain('Trần Văn Lực');
      expect(body).not.toContain('Phan Thị Hương');
      if (saved.state === 'assigned') expect(body).toContain('Cán bộ phụ trách:');
      expect(body).toContain('Dự kiến trả lời');
    },
  );

  it.skipIf(skip)(
    'keeps a photo of the paper petition with the matter: checked by its content, only by those who may change the matter',
    async () => {
      t = await startTestApp(dialect);
      const cookie = await t.login('vanphong');
      const { sg } = await sonGiang(t, cookie);
      const saved = (
        await enter(t, cookie, sg.id, {
          content: 'Đơn đề nghị hỗ trợ sửa nhà cho hộ cận nghèo',
          source: 'citizen-paper',
        })
      ).json();
      const png = makePng(40, 30);
      const upload = (who: string, bytes: Buffer, type = 'image/png') =>
        t!.app.inject({
          method: 'POST',
          url: `/api/opinions/${saved.id}/attachments?name=don-giay.png`,
          headers: { cookie: who, 'content-type': type },
          payload: bytes,
        });

      const ok = await upload(cookie, png, 'application/octet-stream');
      expect(ok.statusCode, ok.body).toBe(201);
      expect(ok.json()).toMatchObject({
        matterId: saved.id,
        mediaType: 'image/png',
        originalName: 'don-giay.png',
      });
      const list = (
        await t.app.inject({ url: `/api/opinions/${saved.id}/attachments`, headers: { cookie } })
      ).json();
      expect(list).toHaveLength(1);
      const audit = await t.deps.db.kysely
        .selectFrom('audit_event')
        .select('entity_id')
        .where('action', '=', 'attachment.add')
        .execute();
      expect(audit.map((a) => a.entity_id)).toContain(ok.json().id);

      const notPhoto = await upload(cookie, Buffer.from('%PDF-1.4 not a photo'), 'image/jpeg');
      expect(notPhoto.statusCode).toBe(400);
      expect(notPhoto.json().error.fields[0]).toMatchObject({ field: 'file' });
      expect(notPhoto.json().error.fields[0].message).toContain(
        'không phải ảnh JPEG, PNG hoặc WebP',
      );

      // The chair reads matters but does not change them: "not found", nothing kept.
      const chair = await t.login('chutich');
      expect((await upload(chair, png)).statusCode).toBe(404);
      expect(
        (
          await t.app.inject({ url: `/api/opinions/${saved.id}/attachments`, headers: { cookie } })
        ).json(),
      ).toHaveLength(1);
    },
  );
});
