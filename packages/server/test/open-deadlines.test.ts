// Deadlines already given follow the calendar and the profile, visibly: a holiday correction
// recomputes the open written-answer deadlines (history kept); a profile change lists the open
// deadlines it would move and moves them only when confirmed. On SQLite and PostgreSQL, on the
// demo commune, whose round 2 is in follow-up with answers due in the coming days.
import { createWorkingCalendar } from '@doithoai/core';
import { afterEach, describe, expect, it } from 'vitest';
import { loadWorkingCalendar } from '../src/calendar/calendar.repository.js';
import { dialectCases } from './support/databases.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const today = new Date().toISOString().slice(0, 10);

async function openItem(t: TestApp) {
  const rows = await t.deps.db.kysely
    .selectFrom('conclusion_item')
    .innerJoin('matter', 'matter.id', 'conclusion_item.matter_id')
    .select(['conclusion_item.id', 'conclusion_item.notice_date', 'conclusion_item.due_date'])
    .where('matter.state', '=', 'in-follow-up')
    .where('conclusion_item.due_date', '>=', today)
    .orderBy('conclusion_item.due_date')
    .execute();
  expect(rows.length).toBeGreaterThan(0);
  return rows[0]!;
}

const dueOf = async (t: TestApp, id: string) =>
  await t.deps.db.kysely
    .selectFrom('conclusion_item')
    .select(['due_date', 'due_text_vi'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();

describe.each(dialectCases)('open deadlines on $dialect', ({ dialect, skip }) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it.skipIf(skip)(
    'a holiday correction moves open deadlines by the days it adds, with history; a reset moves them back',
    async () => {
      t = await startTestApp(dialect);
      const admin = await t.login('admin');
      const item = await openItem(t);
      const calendar = await loadWorkingCalendar(t.deps.db.kysely);
      // A working day inside the item's period becomes a day off.
      const dayOff =
        calendar.addWorkingDays(item.due_date, -1) > item.notice_date
          ? calendar.addWorkingDays(item.due_date, -1)
          : item.due_date;
      const year = Number(dayOff.slice(0, 4));
      const current = (
        await t.app.inject({ url: `/api/calendar/${year}`, headers: { cookie: admin } })
      ).json();
      const entries = current.entries.map(
        ({ date, kind, name, basis }: Record<string, string>) => ({ date, kind, name, basis }),
      );
      const textBefore = (await dueOf(t, item.id)).due_text_vi;
      const put = await t.app.inject({
        method: 'PUT',
        url: `/api/calendar/${year}`,
        headers: { cookie: admin },
        payload: {
          entries: [
            ...entries,
            {
              date: dayOff,
              kind: 'extra-off',
              name: 'Nghỉ đột xuất',
              basis: 'Quyết định giả định',
            },
          ],
          reason: 'Nghỉ đột xuất theo quyết định',
        },
      });
      expect(put.statusCode).toBe(200);
      const corrected = createWorkingCalendar({
        overrides: new Map([
          [
            year,
            [
              ...entries,
              { date: dayOff, kind: 'extra-off', name: 'Nghỉ đột xuất', basis: 'x' },
            ].map((e) => ({ ...e, source: 'admin' as const })),
          ],
        ]),
      });
      // One more day off inside the period: the deadline ends one working day later.
      const expected = corrected.addWorkingDays(item.due_date, 1);
      const after = await dueOf(t, item.id);
      expect(after.due_text_vi).not.toBe(textBefore);
      expect(after.due_date).toBe(expected);
      expect(after.due_text_vi).toContain(expected.split('-').reverse().join('/'));
      expect(put.json().moved).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ id: item.id, before: item.due_date, after: expected }),
        ]),
      );
      const history = await t.deps.db.kysely
        .selectFrom('audit_event')
        .selectAll()
        .where('action', '=', 'deadline.recompute')
        .where('entity_id', '=', item.id)
        .execute();
      expect(history).toHaveLength(1);
      expect(JSON.parse(history[0]!.detail)).toMatchObject({
        before: item.due_date,
        after: expected,
      });

      const reset = await t.app.inject({
        method: 'POST',
        url: `/api/calendar/${year}/reset`,
        headers: { cookie: admin },
        payload: { reason: 'Hủy quyết định nghỉ' },
      });
      expect(reset.statusCode).toBe(200);
      expect((await dueOf(t, item.id)).due_date).toBe(item.due_date);
    },
  );

  it.skipIf(skip)(
    'a profile change lists the open deadlines it would move and moves them only when confirmed',
    async () => {
      t = await startTestApp(dialect);
      const admin = await t.login('admin');
      const item = await openItem(t);
      const clone = (
        await t.app.inject({
          method: 'POST',
          url: '/api/profiles',
          headers: { cookie: admin },
          payload: { from: 'ha-tinh-657', code: 'ha-tinh-thu', name: { vi: 'Thử', en: 'Test' } },
        })
      ).json();
      const root = await t.deps.db.kysely
        .selectFrom('unit')
        .select('id')
        .where('code', '=', '42')
        .executeTakeFirstOrThrow();
      expect(
        (
          await t.app.inject({
            method: 'PUT',
            url: `/api/units/${root.id}/profile`,
            headers: { cookie: admin },
            payload: { code: 'ha-tinh-thu' },
          })
        ).statusCode,
      ).toBe(200);
      expect((await dueOf(t, item.id)).due_date).toBe(item.due_date); // choosing a profile moves nothing

      const shorter = { ...clone.profile, writtenAnswerWorkingDays: 20 };
      const ask = (
        await t.app.inject({
          method: 'PUT',
          url: '/api/profiles/ha-tinh-thu',
          headers: { cookie: admin },
          payload: { profile: shorter, version: 0 },
        })
      ).json();
      expect(ask.applied).toBe(false);
      expect(ask.impact.map((c: { id: string }) => c.id)).toContain(item.id);
      expect((await dueOf(t, item.id)).due_date).toBe(item.due_date);

      const confirmed = (
        await t.app.inject({
          method: 'PUT',
          url: '/api/profiles/ha-tinh-thu',
          headers: { cookie: admin },
          payload: {
            profile: shorter,
            version: 0,
            confirm: true,
            reason: 'Rút ngắn thời hạn trả lời',
          },
        })
      ).json();
      expect(confirmed.applied).toBe(true);
      const moved = confirmed.impact.find((c: { id: string }) => c.id === item.id);
      expect((await dueOf(t, item.id)).due_date).toBe(moved.newDue);
      expect(moved.newDue < item.due_date).toBe(true);
    },
  );
});
