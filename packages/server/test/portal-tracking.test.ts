// The portal's tracking page and photo button (issue 18), on SQLite and PostgreSQL through the real
// app: a code of the right shape that finds nothing says so and stays in the box; a malformed one
// keeps the format hint; a found matter shows when an answer is expected (with how the date was
// counted) and the office handling it, never a person; the photo input is a Vietnamese button.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatViDate, parseIsoDate, roundDeadlines, BUILT_IN_PROFILES } from '@doithoai/core';
import { todayInVietnam } from '../src/shared/clock.js';
import { dialectCases } from './support/databases.js';
import { makePng, multipart } from './support/images.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

describe.each(dialectCases)('portal tracking on $dialect', ({ dialect, skip }) => {
  let t: TestApp;
  let villageId: string;

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

  it.skipIf(skip)(
    'a well-formed code that finds nothing says so and keeps the code; a malformed one keeps the format hint',
    async () => {
      const missing = await t.app.inject({
        url: '/xa/son-giang/tra-cuu?ma=ABCD-EFGH',
        remoteAddress: '198.51.100.1',
      });
      expect(missing.statusCode).toBe(404);
      expect(missing.body).toContain('Không tìm thấy ý kiến có mã này');
      expect(missing.body).toContain('value="ABCD-EFGH"');
      expect(missing.body).not.toContain('Mã tra cứu gồm 8 chữ và số');

      const malformed = await t.app.inject({
        url: '/xa/son-giang/tra-cuu?ma=ABC10',
        remoteAddress: '198.51.100.2',
      });
      expect(malformed.statusCode).toBe(404);
      expect(malformed.body).toContain('Mã tra cứu gồm 8 chữ và số');
      expect(malformed.body).toContain('value="ABC10"');
      expect(malformed.body).not.toContain('Không tìm thấy ý kiến có mã này');
      expect(malformed.body).toMatch(/id="ma"[^>]*aria-describedby="ma-hint ma-error"/);
    },
  );

  it.skipIf(skip)(
    "a sent opinion's tracking shows the office handling it and when the answer is expected, nobody's name",
    async () => {
      const sent = await t.app.inject({
        method: 'POST',
        url: '/xa/son-giang/gui-y-kien',
        remoteAddress: '198.51.100.3',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: form({
          fullName: 'Nguyễn Thị Xuân',
          villageId,
          contact: '',
          content: 'Đề nghị xã sửa đèn đường trước trường mầm non, tối không có đèn.',
          website: '',
        }),
      });
      expect(sent.statusCode).toBe(303);
      const code = /ma=([A-Z2-9]{8})$/.exec(String(sent.headers.location))![1]!;
      const page = (await t.app.inject({ url: `/xa/son-giang/tra-cuu?ma=${code}` })).body.normalize(
        'NFC',
      );
      const today = todayInVietnam();
      expect(page).toContain(`Ngày xã nhận ý kiến</dt><dd>${formatViDate(parseIsoDate(today))}`);
      expect(page).toContain('Nơi giải quyết</dt><dd>Ủy ban nhân dân xã Sơn Giang');
      // Just received: the day it must be told whether it is taken up, and how that was counted.
      expect(page).toContain('Hạn xã thông báo việc thụ lý');
      expect(page).toMatch(/Cách tính: 10 ngày làm việc kể từ ngày nhận \d\d\/\d\d\/\d{4}/);
      // Answered at the next round's session not held yet, at the latest on the profile's date.
      const year = Number(today.slice(0, 4));
      const held = await t.deps.db.kysely
        .selectFrom('dialogue_session')
        .innerJoin('unit', 'unit.id', 'dialogue_session.unit_id')
        .select(['round', 'held_by'])
        .where('unit.slug', '=', 'son-giang')
        .where('state', 'in', ['held', 'concluded', 'closed'])
        .execute();
      const next = [
        ...roundDeadlines(BUILT_IN_PROFILES[0]!, year),
        ...roundDeadlines(BUILT_IN_PROFILES[0]!, year + 1),
      ].find(
        (r) =>
          r.heldBy >= today &&
          !held.some((h) => h.round === r.round && h.held_by?.slice(0, 4) === r.heldBy.slice(0, 4)),
      )!;
      expect(page).toContain(
        `Tại hội nghị đối thoại đợt ${next.round}, tổ chức chậm nhất ngày ${formatViDate(parseIsoDate(next.heldBy))}`,
      );
      expect(page).not.toContain('Nguyễn Thị Xuân');
    },
  );

  it.skipIf(skip)(
    'the photo input is a Vietnamese button (a label for the input), no browser wording',
    async () => {
      const page = (await t.app.inject({ url: '/xa/son-giang/gui-y-kien' })).body;
      expect(page).toMatch(/<input type="file" id="photo" name="photo" class="file-input"/);
      expect(page).toContain(
        '<label for="photo" class="file-button">Chọn ảnh hoặc chụp ảnh</label>',
      );
      expect(page).toContain('<label for="photo">Ảnh kèm theo (không bắt buộc)</label>');
      expect(page).not.toMatch(/Choose File|No file chosen/i);
    },
  );

  it.skipIf(skip)(
    'the receipt names the photo received, since a page without script cannot show the chosen file before sending',
    async () => {
      const { body, contentType } = multipart(
        {
          fullName: 'Lê Thị Hạnh',
          villageId,
          contact: '',
          content: 'Cống thoát nước đầu thôn bị tắc, nước tràn vào nhà dân khi mưa.',
          website: '',
        },
        { name: 'photo', filename: 'cong-tac.png', type: 'image/png', bytes: makePng(32, 24) },
      );
      const sent = await t.app.inject({
        method: 'POST',
        url: '/xa/son-giang/gui-y-kien',
        remoteAddress: '198.51.100.4',
        headers: { 'content-type': contentType },
        payload: body,
      });
      expect(sent.statusCode).toBe(303);
      const receipt = (await t.app.inject({ url: String(sent.headers.location) })).body.normalize(
        'NFC',
      );
      expect(receipt).toContain('Xã đã nhận ảnh kèm theo: «cong-tac.png»');
      // Without a photo, nothing is claimed.
      const plain = await t.app.inject({
        method: 'POST',
        url: '/xa/son-giang/gui-y-kien',
        remoteAddress: '198.51.100.5',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: form({
          fullName: 'Lê Thị Hạnh',
          villageId,
          contact: '',
          content: 'Đề nghị xã dọn cỏ hai bên đường trục thôn.',
          website: '',
        }),
      });
      expect((await t.app.inject({ url: String(plain.headers.location) })).body).not.toContain(
        'Xã đã nhận ảnh',
      );
    },
  );
});
