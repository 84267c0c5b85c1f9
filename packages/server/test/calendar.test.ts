// The working-day calendar and regulation profiles over HTTP, on SQLite and PostgreSQL:
// published years, an administrator's correction (and who may make it), deadlines with their
// explanation, profile cloning and editing, and the profile a unit inherits.
import { HA_TINH_657 } from '@doithoai/core';
import { afterEach, describe, expect, it } from 'vitest';
import { loadWorkingCalendar } from '../src/calendar/calendar.repository.js';
import { runCalendarCommand } from '../src/cli/calendar.command.js';
import { dialectCases } from './support/databases.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const unitIdByCode = async (t: TestApp, code: string) =>
  (
    await t.deps.db.kysely
      .selectFrom('unit')
      .select('id')
      .where('code', '=', code)
      .executeTakeFirstOrThrow()
  ).id;

describe.each(dialectCases)('calendar and profiles on $dialect', ({ dialect, skip }) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it.skipIf(skip)(
    'shows a published year with its basis, and computes a deadline across Tết with its explanation',
    async () => {
      t = await startTestApp(dialect);
      const cookie = await t.login('vanphong');
      const year = (await t.app.inject({ url: '/api/calendar/2026', headers: { cookie } })).json();
      expect(year.source).toBe('official');
      expect(year.canManage).toBe(false);
      expect(
        year.entries
          .filter((e: { name: string }) => e.name === 'Tết Nguyên đán')
          .map((e: { date: string }) => e.date),
      ).toEqual(expect.arrayContaining(['2026-02-16', '2026-02-20']));
      const d = (
        await t.app.inject({
          url: '/api/calendar/deadline?rule=working-days-after&start=2026-02-10&n=30',
          headers: { cookie },
        })
      ).json();
      expect(d.date).toBe('2026-03-31');
      expect(d.text.vi).toContain('Tết Nguyên đán');
      expect(d.skipped.length).toBe(19);
      const bad = await t.app.inject({
        url: '/api/calendar/deadline?rule=working-days-after&start=2026-02-30&n=30',
        headers: { cookie },
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.message).toContain('start');
    },
  );

  it.skipIf(skip)(
    'only a root administrator corrects a year; the correction moves deadlines and the CLI sees it; reset restores',
    async () => {
      t = await startTestApp(dialect);
      const office = await t.login('vanphong');
      const admin = await t.login('admin');
      const year2027 = (
        await t.app.inject({ url: '/api/calendar/2027', headers: { cookie: admin } })
      ).json();
      expect(year2027.source).toBe('computed');
      const entries = year2027.entries.map(
        ({ date, kind, name, basis }: Record<string, string>) => ({ date, kind, name, basis }),
      );
      const correction = {
        entries: [
          ...entries,
          {
            date: '2027-03-01',
            kind: 'extra-off',
            name: 'Nghỉ thêm (thử nghiệm)',
            basis: 'Quyết định giả định số 1/QĐ-TTg',
          },
        ],
        reason: 'Theo quyết định của Thủ tướng',
      };
      const refused = await t.app.inject({
        method: 'PUT',
        url: '/api/calendar/2027',
        headers: { cookie: office },
        payload: correction,
      });
      expect(refused.statusCode).toBe(404);

      const before = (
        await t.app.inject({
          url: '/api/calendar/deadline?rule=working-days-after&start=2027-02-26&n=1',
          headers: { cookie: admin },
        })
      ).json();
      expect(before.date).toBe('2027-03-01');
      const ok = await t.app.inject({
        method: 'PUT',
        url: '/api/calendar/2027',
        headers: { cookie: admin },
        payload: correction,
      });
      expect(ok.statusCode).toBe(200);
      expect(ok.json().source).toBe('admin');
      const after = (
        await t.app.inject({
          url: '/api/calendar/deadline?rule=working-days-after&start=2027-02-26&n=1',
          headers: { cookie: admin },
        })
      ).json();
      expect(after.date).toBe('2027-03-02');
      expect(after.skipped).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ date: '2027-03-01', name: 'Nghỉ thêm (thử nghiệm)' }),
        ]),
      );

      const cli = runCalendarCommand(
        ['add-working-days', '2027-02-26', '1'],
        await loadWorkingCalendar(t.deps.db.kysely),
      );
      expect(cli.stdout).toEqual(['2027-03-02']);

      const audit = await t.deps.db.kysely
        .selectFrom('audit_event')
        .selectAll()
        .where('action', '=', 'calendar.set-year')
        .execute();
      expect(audit).toHaveLength(1);
      expect(audit[0]!.reason).toBe('Theo quyết định của Thủ tướng');

      const wrongYear = await t.app.inject({
        method: 'PUT',
        url: '/api/calendar/2027',
        headers: { cookie: admin },
        payload: {
          entries: [{ date: '2028-01-01', kind: 'holiday', name: 'x', basis: 'y' }],
          reason: 'thử',
        },
      });
      expect(wrongYear.statusCode).toBe(400);

      const reset = await t.app.inject({
        method: 'POST',
        url: '/api/calendar/2027/reset',
        headers: { cookie: admin },
        payload: { reason: 'Hủy thử nghiệm' },
      });
      expect(reset.json().source).toBe('computed');
    },
  );

  it.skipIf(skip)(
    'clones and edits a profile, refuses editing a built-in, and a unit inherits its ancestor’s choice',
    async () => {
      t = await startTestApp(dialect);
      const admin = await t.login('admin');
      const office = await t.login('vanphong');
      const list = (
        await t.app.inject({ url: '/api/profiles', headers: { cookie: office } })
      ).json();
      expect(list.profiles.map((p: { profile: { code: string } }) => p.profile.code)).toEqual([
        'ha-tinh-657',
        'ha-tinh-hai-cap',
        'dan-chu-co-so-2022',
      ]);

      const clone = await t.app.inject({
        method: 'POST',
        url: '/api/profiles',
        headers: { cookie: admin },
        payload: {
          from: 'ha-tinh-657',
          code: 'ha-tinh-2026',
          name: { vi: 'Hà Tĩnh 2026', en: 'Ha Tinh 2026' },
        },
      });
      expect(clone.statusCode).toBe(201);
      const byOffice = await t.app.inject({
        method: 'POST',
        url: '/api/profiles',
        headers: { cookie: office },
        payload: { from: 'ha-tinh-657', code: 'x-office', name: { vi: 'x', en: 'x' } },
      });
      expect(byOffice.statusCode).toBe(404);

      const edited = { ...clone.json().profile, writtenAnswerWorkingDays: 20 };
      const put = await t.app.inject({
        method: 'PUT',
        url: '/api/profiles/ha-tinh-2026',
        headers: { cookie: admin },
        payload: { profile: edited, version: 0 },
      });
      expect(put.json()).toMatchObject({ applied: true, impact: [], version: 1 });
      const stale = await t.app.inject({
        method: 'PUT',
        url: '/api/profiles/ha-tinh-2026',
        headers: { cookie: admin },
        payload: { profile: edited, version: 0 },
      });
      expect(stale.statusCode).toBe(409);
      const builtIn = await t.app.inject({
        method: 'PUT',
        url: '/api/profiles/ha-tinh-657',
        headers: { cookie: admin },
        payload: { profile: HA_TINH_657, version: 0 },
      });
      expect(builtIn.statusCode).toBe(422);

      const province = await unitIdByCode(t, '42');
      const sonGiang = await unitIdByCode(t, 'demo-son-giang');
      expect(
        (
          await t.app.inject({ url: `/api/units/${sonGiang}/profile`, headers: { cookie: office } })
        ).json(),
      ).toMatchObject({ code: 'ha-tinh-657', own: null });
      const choose = await t.app.inject({
        method: 'PUT',
        url: `/api/units/${province}/profile`,
        headers: { cookie: admin },
        payload: { code: 'ha-tinh-2026' },
      });
      expect(choose.statusCode).toBe(200);
      const inherited = (
        await t.app.inject({ url: `/api/units/${sonGiang}/profile`, headers: { cookie: office } })
      ).json();
      expect(inherited).toMatchObject({
        code: 'ha-tinh-2026',
        own: null,
        inheritedFrom: 'Tỉnh Hà Tĩnh',
      });
      expect(inherited.profile.writtenAnswerWorkingDays).toBe(20);
      const officeChoose = await t.app.inject({
        method: 'PUT',
        url: `/api/units/${sonGiang}/profile`,
        headers: { cookie: office },
        payload: { code: 'dan-chu-co-so-2022' },
      });
      expect(officeChoose.statusCode).toBe(404);
    },
  );
});
