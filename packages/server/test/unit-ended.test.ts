// Issue 20: a commune merged away takes no new opinions. After a merger effective today, staff
// entry, an import and the portal's form at the old commune are refused with the successor named
// (the portal links to the successor's form); the successor takes the same opinion. Its tracking
// still works. SQLite and PostgreSQL.
import { todayInVietnam } from '../src/shared/clock.js';
import { afterEach, describe, expect, it } from 'vitest';
import { dialectCases } from './support/databases.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe.each(dialectCases)('a commune merged away, on $dialect', ({ dialect, skip }) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it.skipIf(skip)(
    'refuses new opinions at the old commune and points to its successor',
    async () => {
      t = await startTestApp(dialect);
      const k = t.deps.db.kysely;
      const unit = (code: string) =>
        k.selectFrom('unit').selectAll().where('code', '=', code).executeTakeFirstOrThrow();
      const [ht, sg, st] = await Promise.all(['42', 'demo-son-giang', 'demo-son-tay'].map(unit));
      const admin = await t.login('admin');
      const proposal = {
        kind: 'merger',
        effectiveOn: todayInVietnam(),
        legalBasis: 'Nghị quyết 1665/NQ-UBTVQH15',
        predecessorIds: [sg.id, st.id],
        parentId: ht.id,
        successor: { code: 'demo-son-hoa', name: 'Xã Sơn Hòa', kind: 'xa' },
      };
      // Before the merger the old commune's form is open.
      expect((await t.app.inject({ url: `/xa/${sg.slug}/gui-y-kien` })).body).not.toContain(
        'đã thôi hoạt động',
      );
      const made = await t.app.inject({
        method: 'POST',
        url: `/api/units/${ht.id}/changes`,
        headers: { cookie: admin },
        payload: proposal,
      });
      expect(made.statusCode, made.body).toBe(201);
      const confirmed = await t.app.inject({
        method: 'POST',
        url: `/api/units/${ht.id}/changes/${made.json().id}/confirm`,
        headers: { cookie: admin },
      });
      expect(confirmed.statusCode, confirmed.body).toBe(200);
      const hoa = await unit('demo-son-hoa');

      const content = 'Đề nghị sửa đường vào nghĩa trang thôn Khe Bá, mưa xuống lầy lội';
      const old = await t.app.inject({
        method: 'POST',
        url: `/api/units/${sg.id}/opinions`,
        headers: { cookie: admin },
        payload: { content, source: 'village' },
      });
      expect(old.statusCode).toBe(422);
      expect(old.json().error.message).toContain('Xã Sơn Hòa');
      expect(old.json().error.message).toMatch(/\d{2}\/\d{2}\/\d{4}/);
      const sheet = await t.app.inject({
        method: 'POST',
        url: `/api/units/${sg.id}/opinions/import/preview?source=village`,
        headers: { cookie: admin, 'content-type': 'text/csv' },
        payload: 'Nội dung\nĐề nghị sửa cầu\n',
      });
      expect(sheet.statusCode, sheet.body).toBe(422);
      expect(sheet.json().error.message).toContain('Xã Sơn Hòa');
      const before = Number(
        (
          await k
            .selectFrom('matter')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('unit_id', '=', sg.id)
            .executeTakeFirstOrThrow()
        ).n,
      );

      // The portal: the form says where to go, and a post is refused without a trace.
      const form = await t.app.inject({ url: `/xa/${sg.slug}/gui-y-kien` });
      expect(form.statusCode).toBe(200);
      expect(form.body).toContain('đã thôi hoạt động');
      expect(form.body).toContain(`/xa/${hoa.slug}/gui-y-kien`);
      const post = await t.app.inject({
        method: 'POST',
        url: `/xa/${sg.slug}/gui-y-kien`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: `noi_dung=${encodeURIComponent(content)}`,
      });
      expect(post.statusCode).toBe(409);
      expect(post.body).toContain('Xã Sơn Hòa');
      const after = Number(
        (
          await k
            .selectFrom('matter')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('unit_id', '=', sg.id)
            .executeTakeFirstOrThrow()
        ).n,
      );
      expect(after).toBe(before);

      // The successor takes it.
      const ok = await t.app.inject({
        method: 'POST',
        url: `/api/units/${hoa.id}/opinions`,
        headers: { cookie: admin },
        payload: { content, source: 'village' },
      });
      expect(ok.statusCode, ok.body).toBe(201);
    },
  );
});
