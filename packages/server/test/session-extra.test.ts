// An extra session (outside the plan's rounds) on SQLite and PostgreSQL, walked like a round's
// with a fixed clock: created with a reason (numbered after the year's rounds, the plan's chairs
// and compositions), no round deadline, the same notice and conclusion clocks; the invited count
// per composition within the cap; attendance per composition kept in the minutes.
import { DomainError, type Actor, type Role } from '@doithoai/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createPlan } from '../src/plan/create-plan.js';
import { issuePlan } from '../src/plan/issue-plan.js';
import { announceSession } from '../src/session/announce-session.js';
import { closeSession } from '../src/session/close-session.js';
import { createExtraSession } from '../src/session/create-extra-session.js';
import { saveConclusionDraft } from '../src/session/draft-conclusion.js';
import { getSession } from '../src/session/get-session.js';
import { holdSession } from '../src/session/hold-session.js';
import { issueConclusion } from '../src/session/issue-conclusion.js';
import { saveAgendaItem, saveAttendance } from '../src/session/save-agenda-item.js';
import { scheduleSession } from '../src/session/schedule-session.js';
import { dialectCases } from './support/databases.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const at = (date: string) => () => new Date(`${date}T03:00:00Z`);

async function actorOf(t: TestApp, username: string): Promise<Actor> {
  const k = t.deps.db.kysely;
  const user = (await k
    .selectFrom('user' as never)
    .select('id' as never)
    .where('username' as never, '=', username as never)
    .executeTakeFirstOrThrow()) as { id: string };
  const grants = await k
    .selectFrom('role_grant')
    .innerJoin('unit', 'unit.id', 'role_grant.unit_id')
    .select(['role_grant.role', 'role_grant.unit_id', 'unit.path'])
    .where('user_id', '=', user.id)
    .execute();
  return {
    userId: user.id,
    grants: grants.map((g) => ({ role: g.role as Role, unitId: g.unit_id, unitPath: g.path })),
  };
}

async function refused(p: Promise<unknown>): Promise<DomainError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe.each(dialectCases)('an extra session on $dialect', ({ dialect, skip }) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it.skipIf(skip)(
    'is created with a reason and walked through every state; invited per composition within the cap; attendance per composition',
    async () => {
      t = await startTestApp(dialect);
      const k = t.deps.db.kysely;
      const office = await actorOf(t, 'vanphong');
      const sg = await k
        .selectFrom('unit')
        .select(['id'])
        .where('code', '=', 'demo-son-giang')
        .executeTakeFirstOrThrow();
      const deps = (date: string) => ({ db: t!.deps.db, clock: at(date) });
      const plan = await createPlan(deps('2025-02-10'), office, sg.id, { year: 2025 });
      await issuePlan(deps('2025-02-15'), office, plan.id, {
        date: '2025-02-15',
        version: plan.version,
      });

      // Over HTTP: the reason is required (named), an official may not, the office may.
      const cookie = await t.login('vanphong');
      const short = await t.app.inject({
        method: 'POST',
        url: `/api/units/${sg.id}/sessions`,
        headers: { cookie },
        payload: { reason: 'Gấp' },
      });
      expect(short.statusCode).toBe(400);
      expect(short.body).toContain('reason');
      expect(
        (
          await t.app.inject({
            method: 'POST',
            url: `/api/units/${sg.id}/sessions`,
            headers: { cookie: await t.login('congchuc') },
            payload: { reason: 'Sạt lở bờ sông thôn Giang Hà' },
          })
        ).statusCode,
      ).toBe(404);

      const extra = await createExtraSession(deps('2025-08-01'), office, sg.id, {
        reason: 'Sạt lở bờ sông thôn Giang Hà, Nhân dân cần đối thoại ngay',
      });
      expect(extra).toMatchObject({
        round: 3,
        heldBy: null,
        extra: true,
        state: 'planned',
        planId: plan.id,
      });
      expect(extra.chairs.length).toBeGreaterThan(0);
      const id = extra.id;
      const version = async () =>
        Number(
          (
            await k
              .selectFrom('dialogue_session')
              .select('version')
              .where('id', '=', id)
              .executeTakeFirstOrThrow()
          ).version,
        );
      const created = (await getSession(deps('2025-08-01'), office, id)).history[0]!;
      expect(created).toMatchObject({ to: 'planned' });

      // Scheduled any day (no round deadline); more invited than the cap is refused, naming the field.
      const schedule = {
        date: '2025-08-20',
        startTime: '14:00',
        venue: 'Nhà văn hóa thôn Giang Hà',
        chairs: ['Đồng chí Hồ Đình Linh, Bí thư Đảng ủy'],
        topics: ['Phòng chống sạt lở'],
        participants: [
          { composition: 'Nhân dân thôn Giang Hà', invited: 80 },
          { composition: 'Trưởng các thôn', invited: 12 },
          'Đại diện MTTQ xã',
        ],
      };
      const over = await refused(
        scheduleSession(deps('2025-08-05'), office, id, {
          ...schedule,
          attendanceCap: 90,
          version: await version(),
        }),
      );
      expect(over.code).toBe('VALIDATION');
      expect(over.fields?.[0]?.field ?? JSON.stringify(over)).toContain('participants');
      await scheduleSession(deps('2025-08-05'), office, id, {
        ...schedule,
        attendanceCap: 100,
        version: await version(),
      });
      const scheduled = await getSession(deps('2025-08-05'), office, id);
      expect(scheduled.participants.map((p) => [p.composition, p.invited])).toEqual([
        ['Nhân dân thôn Giang Hà', 80],
        ['Trưởng các thôn', 12],
        ['Đại diện MTTQ xã', null],
      ]);

      // The notice clock applies as to a round's session.
      const announce = { submissionDeadline: '2025-08-18', channels: ['Loa truyền thanh thôn'] };
      expect(
        (
          await refused(
            announceSession(deps('2025-08-14'), office, id, {
              ...announce,
              noticeDate: '2025-08-14',
              version: await version(),
            }),
          )
        ).messages.vi,
      ).toBe('Thông báo phải phát hành chậm nhất ngày 13/08/2025 (7 ngày trước hội nghị)');
      const announced = await announceSession(deps('2025-08-13'), office, id, {
        ...announce,
        noticeDate: '2025-08-13',
        version: await version(),
      });
      expect(announced.shortNotice).toContain('lần thứ ba năm 2025');
      // The public notice lists each composition with how many are invited.
      const notice = await t.app.inject({
        url: `/api/sessions/${id}/notice.html`,
        headers: { cookie },
      });
      expect(notice.statusCode, notice.body.slice(0, 200)).toBe(200);
      expect(notice.body).toContain('Nhân dân thôn Giang Hà (80 người)');
      expect(notice.body).toContain('Đại diện MTTQ xã');

      // Console: attendance per composition (more came than invited: kept as it was).
      const floor = {
        position: 1,
        question: 'Đề nghị kè bờ sông đoạn qua xóm Bãi',
        speakerName: 'Lê Văn Sáu',
        fromFloor: true,
        outcome: 'carried-over' as const,
      };
      await saveAgendaItem(deps('2025-08-20'), office, id, 'floor-1', { ...floor, rev: 1 });
      await saveAttendance(deps('2025-08-20'), office, id, {
        rev: 1,
        total: 101,
        groups: [
          { composition: 'Nhân dân thôn Giang Hà', present: 86 },
          { composition: 'Trưởng các thôn', present: 12 },
          { composition: 'Đại diện MTTQ xã', present: 3 },
        ],
      });
      expect(
        (await refused(holdSession(deps('2025-08-19'), office, id, { version: await version() })))
          .messages.vi,
      ).toContain('20/08/2025');
      await holdSession(deps('2025-08-20'), office, id, { version: await version() });
      const held = await getSession(deps('2025-08-20'), office, id);
      expect(held.minutes).toMatchObject({
        raisedCount: 1,
        carriedOverCount: 1,
        attendance: { total: 101 },
      });
      expect(held.minutes!.attendance.groups).toEqual([
        { composition: 'Nhân dân thôn Giang Hà', present: 86 },
        { composition: 'Trưởng các thôn', present: 12 },
        { composition: 'Đại diện MTTQ xã', present: 3 },
      ]);
      const minutes = await t.app.inject({
        url: `/api/documents/bien-ban/${id}/preview`,
        headers: { cookie },
      });
      expect(minutes.statusCode, minutes.body.slice(0, 200)).toBe(200);
      expect(minutes.body).toContain('Nhân dân thôn Giang Hà: 86 người');
      expect(minutes.body).toContain('lần thứ ba');

      // Concluded within its 7 days, the item's clock started; closed once answered.
      await saveConclusionDraft(deps('2025-08-22'), office, id, {
        date: '2025-08-22',
        summary: ['Hội nghị đột xuất về sạt lở.'],
        responsible: {},
        recipients: ['Lưu.'],
      });
      const concluded = await issueConclusion(deps('2025-08-22'), office, id, {
        version: await version(),
      });
      expect(concluded.items).toHaveLength(1);
      await k
        .updateTable('matter')
        .set({ state: 'responded' })
        .where('id', '=', concluded.items[0]!.matterId)
        .execute();
      await closeSession(deps('2025-09-10'), office, id, { version: await version() });
      const done = await getSession(deps('2025-09-10'), office, id);
      expect(done.state).toBe('closed');
      expect(done.history.map((h) => h.to)).toEqual([
        'planned',
        'scheduled',
        'announced',
        'held',
        'concluded',
        'closed',
      ]);
      expect(done.timeline.map((e) => e.status).every((s) => s === 'on-time')).toBe(true);
      const listed = (
        await t.app.inject({ url: `/api/units/${sg.id}/sessions`, headers: { cookie } })
      ).json().sessions;
      expect(
        listed.filter((s: { extra: boolean }) => s.extra).map((s: { id: string }) => s.id),
      ).toContain(id);
    },
  );
});
