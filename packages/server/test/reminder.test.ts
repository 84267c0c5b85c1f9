// Daily reminder digests on SQLite and PostgreSQL, on the demo commune, with an injected clock:
// the official is reminded from 3 working days before the due date, the chair joins when it is
// 10 working days late, nobody on a Sunday; one digest per person per day (a second run that day
// writes nothing), delivered to the bell, read and marked read through the API.
import {
  addDays,
  addWorkingDays,
  createWorkingCalendar,
  parseIsoDate,
  formatIsoDate,
} from '@doithoai/core';
import { afterEach, describe, expect, it } from 'vitest';
import { currentDues } from '../src/follow-up/follow-up.repository.js';
import { planDailyReminders, runDailyReminders } from '../src/notify/reminder-digest.js';
import { createNotifier } from '../src/notify/runtime.js';
import { purgeFinishedJobs } from '../src/jobs/job.repository.js';
import { dialectCases } from './support/databases.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const at8 = (date: string) => new Date(`${date}T01:00:00Z`); // 08:00 in Vietnam

describe.each(dialectCases)('reminders on $dialect', ({ dialect, skip }) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it.skipIf(skip)(
    'fire on the right working days, once per person per day, into the bell',
    async () => {
      t = await startTestApp(dialect);
      const k = t.deps.db.kysely;
      const sg = await k
        .selectFrom('unit')
        .select('id')
        .where('slug', '=', 'son-giang')
        .executeTakeFirstOrThrow();
      const official = await k
        .selectFrom('person')
        .innerJoin('user', 'user.id', 'person.user_id')
        .select(['person.id', 'person.user_id'])
        .where('user.username', '=', 'congchuc')
        .executeTakeFirstOrThrow();
      const chair = await k
        .selectFrom('user')
        .select('id')
        .where('username', '=', 'chutich')
        .executeTakeFirstOrThrow();
      // One matter in follow-up, given to the official; its due date decides the days below.
      const matter = await k
        .selectFrom('matter')
        .innerJoin('conclusion_item as ci', 'ci.matter_id', 'matter.id')
        .select(['matter.id', 'matter.content'])
        .where('matter.unit_id', '=', sg.id)
        .where('matter.state', '=', 'in-follow-up')
        .orderBy('ci.due_date', 'desc')
        .executeTakeFirstOrThrow();
      await k
        .updateTable('matter')
        .set({ assignee_person_id: official.id })
        .where('id', '=', matter.id)
        .execute();
      // Only that one is hers (the demo names her for others too).
      await k
        .updateTable('matter')
        .set({ assignee_person_id: null })
        .where('assignee_person_id', '=', official.id)
        .where('id', '!=', matter.id)
        .execute();
      const due = (await currentDues(k, [matter.id])).get(matter.id)!.date;
      const cal = createWorkingCalendar();
      const soon = addWorkingDays(cal, due, -3);
      const before = addWorkingDays(cal, due, -4);
      const very = addWorkingDays(cal, due, 10);
      let sunday = parseIsoDate(due) + 1;
      while (new Date(`${formatIsoDate(sunday)}T00:00:00Z`).getUTCDay() !== 0) sunday++;

      const digestOf = async (userId: string, day: string) =>
        k
          .selectFrom('notification')
          .select(['subject', 'text'])
          .where('to_user_id', '=', userId)
          .where('dedupe_key', 'like', `digest:%:${day}`)
          .executeTakeFirst();
      const mentions = (text: string | undefined) =>
        !!text && text.includes(matter.content.slice(0, 40));

      await runDailyReminders(t.deps.db, sg.id, at8(before));
      expect(mentions((await digestOf(official.user_id!, before))?.text)).toBe(false);

      const first = await runDailyReminders(t.deps.db, sg.id, at8(soon));
      expect(first.written).toBeGreaterThan(0);
      const d1 = await digestOf(official.user_id!, soon);
      expect(d1?.text).toMatch(/\[Sắp đến hạn\] Trả lời bằng văn bản/);
      expect(mentions(d1?.text)).toBe(true);
      expect(mentions((await digestOf(chair.id, soon))?.text)).toBe(false);
      // The same day again (a second process, a retry): nothing new.
      const again = await runDailyReminders(t.deps.db, sg.id, at8(soon));
      expect(again.written).toBe(0);
      expect(again.digests).toBe(first.digests);

      const onDue = await runDailyReminders(t.deps.db, sg.id, at8(due));
      expect(onDue.written).toBeGreaterThan(0);
      expect((await digestOf(official.user_id!, due))?.text).toContain('[Đến hạn hôm nay]');

      expect((await runDailyReminders(t.deps.db, sg.id, at8(formatIsoDate(sunday)))).digests).toBe(
        0,
      );

      await runDailyReminders(t.deps.db, sg.id, at8(very));
      const late = await digestOf(official.user_id!, very);
      expect(late?.text).toContain('[Quá hạn lâu]');
      expect(mentions((await digestOf(chair.id, very))?.text)).toBe(true);

      // Exactly one digest per person per day.
      const perDay = await k
        .selectFrom('notification')
        .select(['to_user_id', 'dedupe_key'])
        .where('kind', '=', 'reminder.digest')
        .execute();
      expect(new Set(perDay.map((r) => r.dedupe_key)).size).toBe(perDay.length);
      expect(perDay.filter((r) => r.to_user_id === official.user_id).length).toBe(3); // soon, due, very

      // Delivered to the bell by the runner (its own daily job for "very" day finds nothing new).
      const n = createNotifier(t.deps.db, {
        notifyConfig: { smtp: null, sms: null, zalo: null },
        clock: () => at8(very),
      });
      await n.runner.drain();
      await n.stop();
      const cookie = await t.login('congchuc');
      const inbox = await t.app.inject({ url: '/api/notifications', headers: { cookie } });
      expect(inbox.statusCode, inbox.body).toBe(200);
      const body = inbox.json() as {
        unread: number;
        items: { id: string; subject: string; link: string }[];
      };
      expect(body.unread).toBe(3);
      expect(body.items[0]!.subject).toMatch(/^Nhắc việc ngày/);
      expect(
        (
          await t.app.inject({
            method: 'POST',
            url: `/api/notifications/${body.items[0]!.id}/read`,
            headers: { cookie },
          })
        ).json().unread,
      ).toBe(2);
      // Someone else's notification is not found; read-all clears the count.
      const chairCookie = await t.login('chutich');
      expect(
        (
          await t.app.inject({
            method: 'POST',
            url: `/api/notifications/${body.items[1]!.id}/read`,
            headers: { cookie: chairCookie },
          })
        ).statusCode,
      ).toBe(404);
      expect(
        (
          await t.app.inject({
            method: 'POST',
            url: '/api/notifications/read-all',
            headers: { cookie },
          })
        ).json().unread,
      ).toBe(0);
      expect(
        (await t.app.inject({ url: '/api/notifications/unread-count', headers: { cookie } })).json()
          .unread,
      ).toBe(0);
    },
  );

  it.skipIf(skip)(
    "the session's public notice and the conclusion notice: the office reminded on their own deadlines",
    async () => {
      t = await startTestApp(dialect);
      const k = t.deps.db.kysely;
      const sg = await k
        .selectFrom('unit')
        .select('id')
        .where('slug', '=', 'son-giang')
        .executeTakeFirstOrThrow();
      const office = await k
        .selectFrom('user')
        .select('id')
        .where('username', '=', 'vanphong')
        .executeTakeFirstOrThrow();
      const sessions = await k
        .selectFrom('dialogue_session')
        .select('id')
        .where('unit_id', '=', sg.id)
        .orderBy('round')
        .execute();
      // One session scheduled for Friday 20/03/2026 (notice at least 7 days before: Friday 13/03);
      // one held on Monday 02/03/2026 (conclusion notice within 7 days: Monday 09/03).
      await k
        .updateTable('dialogue_session')
        .set({ state: 'scheduled', date: '2026-03-20' })
        .where('id', '=', sessions[0]!.id)
        .execute();
      await k
        .updateTable('dialogue_session')
        .set({ state: 'held', date: '2026-03-02' })
        .where('id', '=', sessions[1]!.id)
        .execute();
      const digest = async (day: string) => {
        await runDailyReminders(t!.deps.db, sg.id, at8(day));
        return (
          (
            await k
              .selectFrom('notification')
              .select('text')
              .where('to_user_id', '=', office.id)
              .where('dedupe_key', 'like', `digest:%:${day}`)
              .executeTakeFirst()
          )?.text ?? ''
        );
      };
      expect(await digest('2026-03-09')).toContain(
        '[Đến hạn hôm nay] Thông báo kết luận: Thông báo kết luận hội nghị',
      );
      expect(await digest('2026-03-10')).toMatch(
        /\[Sắp đến hạn\] Thông báo hội nghị: Thông báo công khai hội nghị.*hạn 13\/03\/2026/,
      );
      expect(await digest('2026-03-13')).toContain('[Đến hạn hôm nay] Thông báo hội nghị');
      expect(await digest(addDays('2026-03-13', 3))).toContain('[Quá hạn] Thông báo hội nghị'); // Monday 16/03, not yet announced
    },
  );

  it.skipIf(skip)(
    'the daily job is planned once per unit and day, due at 07:00 in Vietnam; finished jobs go after 30 days',
    async () => {
      t = await startTestApp(dialect);
      const k = t.deps.db.kysely;
      // 01:00 on 10/03 in Vietnam: planned for 07:00 (00:00 UTC), not sent at night.
      expect(await planDailyReminders(t.deps.db, new Date('2026-03-09T18:00:00Z'))).toBe(1);
      expect(await planDailyReminders(t.deps.db, new Date('2026-03-10T03:00:00Z'))).toBe(0);
      const jobs = await k
        .selectFrom('job')
        .select(['run_at', 'dedupe_key'])
        .where('kind', '=', 'reminder.daily')
        .execute();
      expect(jobs).toHaveLength(1);
      expect(jobs[0]!.run_at).toBe('2026-03-10T00:00:00.000Z');
      expect(jobs[0]!.dedupe_key).toMatch(/^reminder:.+:2026-03-10$/);
      // Planned during the day: due at once.
      await planDailyReminders(t.deps.db, new Date('2026-03-11T05:00:00Z'));
      expect(
        (
          await k
            .selectFrom('job')
            .select('run_at')
            .where('dedupe_key', 'like', '%:2026-03-11')
            .executeTakeFirstOrThrow()
        ).run_at,
      ).toBe('2026-03-11T05:00:00.000Z');

      await k
        .updateTable('job')
        .set({ state: 'done', finished_at: '2026-03-10T00:00:05.000Z' })
        .where('dedupe_key', 'like', '%:2026-03-10')
        .execute();
      expect(await purgeFinishedJobs(t.deps.db.kysely, new Date('2026-04-08T00:00:00Z'))).toBe(0);
      expect(await purgeFinishedJobs(t.deps.db.kysely, new Date('2026-04-10T00:00:00Z'))).toBe(1);
    },
  );
});
