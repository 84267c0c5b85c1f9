// A plan and its session walked through every state on SQLite and PostgreSQL, with the use cases
// on real repositories and a fixed clock (nothing else faked): each refused move names its rule
// and date; an administrator's override with a reason is kept; the console's autosave is
// idempotent; the conclusion notice's issue starts every clock together or not at all.
import {
  DomainError,
  workingDaysAfter,
  createWorkingCalendar,
  type Actor,
  type Role,
} from '@doithoai/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createOpinion } from '../src/opinion/create-opinion.js';
import { createPlan } from '../src/plan/create-plan.js';
import { issuePlan } from '../src/plan/issue-plan.js';
import { updatePlan } from '../src/plan/update-plan.js';
import { announceSession } from '../src/session/announce-session.js';
import { closeSession } from '../src/session/close-session.js';
import { saveConclusionDraft } from '../src/session/draft-conclusion.js';
import { getSession } from '../src/session/get-session.js';
import { holdSession } from '../src/session/hold-session.js';
import { issueConclusion } from '../src/session/issue-conclusion.js';
import { registerSpeaker } from '../src/session/register-speaker.js';
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

describe.each(dialectCases)('plans and sessions on $dialect', ({ dialect, skip }) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it.skipIf(skip)(
    'walks round 1 of 2025 through every state, refusing each late move, with an override kept',
    async () => {
      t = await startTestApp(dialect);
      const k = t.deps.db.kysely;
      const office = await actorOf(t, 'vanphong');
      const admin = await actorOf(t, 'admin');
      const chair = await actorOf(t, 'bithu');
      const sg = await k
        .selectFrom('unit')
        .select(['id'])
        .where('code', '=', 'demo-son-giang')
        .executeTakeFirstOrThrow();
      const deps = (date: string) => ({ db: t!.deps.db, clock: at(date) });

      // The plan: a complete draft in one click, edited, issued with the Đảng ủy's number.
      const draft = await createPlan(deps('2025-02-10'), office, sg.id, { year: 2025 });
      expect(draft.state).toBe('draft');
      expect(draft.content.rounds).toEqual([
        { round: 1, heldBy: '2025-06-15' },
        { round: 2, heldBy: '2025-11-15' },
      ]);
      expect(draft.content.signer.name).toBe('Hồ Đình Linh');
      expect(
        (await refused(createPlan(deps('2025-02-10'), office, sg.id, { year: 2025 }))).messages.vi,
      ).toBe('Đơn vị đã có kế hoạch năm 2025');
      expect(
        (await refused(createPlan(deps('2025-02-10'), chair, sg.id, { year: 2024 }))).code,
      ).toBe('NOT_FOUND');
      const edited = await updatePlan(deps('2025-02-11'), office, draft.id, {
        content: { ...draft.content, attendanceCap: 150 },
        version: draft.version,
      });
      expect(
        (
          await refused(
            updatePlan(deps('2025-02-11'), office, draft.id, {
              content: draft.content,
              version: draft.version,
            }),
          )
        ).code,
      ).toBe('CONFLICT');
      const issued = await issuePlan(deps('2025-02-15'), office, draft.id, {
        date: '2025-02-15',
        version: edited.version,
      });
      expect(issued).toMatchObject({ state: 'issued', numberText: 'Số 01-KH/ĐU' });
      expect(
        (
          await refused(
            updatePlan(deps('2025-02-16'), office, draft.id, {
              content: draft.content,
              version: issued.version,
            }),
          )
        ).messages.vi,
      ).toContain('đã ban hành');

      const sessions = await k
        .selectFrom('dialogue_session')
        .select(['id', 'round', 'state', 'version'])
        .where('plan_id', '=', draft.id)
        .orderBy('round')
        .execute();
      expect(sessions.map((s) => [Number(s.round), s.state])).toEqual([
        [1, 'planned'],
        [2, 'planned'],
      ]);
      const id = sessions[0]!.id;
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
      const schedule = {
        startTime: '07:30',
        venue: 'Hội trường UBND xã',
        chairs: ['Đồng chí Hồ Đình Linh, Bí thư Đảng ủy'],
        participants: ['Đại diện Nhân dân các thôn'],
        topics: ['Đất đai, môi trường'],
      };

      // Scheduled: after the round's held-by date is refused, an office clerk cannot override, an administrator can.
      const late = await refused(
        scheduleSession(deps('2025-05-20'), office, id, {
          ...schedule,
          date: '2025-06-20',
          version: 0,
        }),
      );
      expect(late.messages.vi).toBe(
        'Hội nghị lần thứ nhất phải tổ chức chậm nhất ngày 15/06/2025 (theo kế hoạch)',
      );
      expect(
        (
          await refused(
            scheduleSession(deps('2025-05-20'), office, id, {
              ...schedule,
              date: '2025-06-20',
              version: 0,
              override: { reason: 'Trùng lịch bầu cử, lùi một tuần' },
            }),
          )
        ).messages.vi,
      ).toBe('Chỉ quản trị viên được cho phép ngoại lệ so với quy định');
      await scheduleSession(deps('2025-05-20'), admin, id, {
        ...schedule,
        date: '2025-06-20',
        version: 0,
        override: { reason: 'Trùng lịch bầu cử, lùi một tuần' },
      });
      // Rescheduled back inside the round (still before the notice).
      await scheduleSession(deps('2025-05-21'), office, id, {
        ...schedule,
        date: '2025-06-13',
        version: await version(),
      });
      const agenda = (await getSession(deps('2025-05-21'), office, id)).agenda;
      expect(agenda.length).toBeGreaterThan(3);

      // Announced: a notice 6 days before is refused with the date of the issue's example shape.
      const announce = { submissionDeadline: '2025-06-11', channels: ['Văn phòng UBND xã'] };
      expect(
        (
          await refused(
            announceSession(deps('2025-06-07'), office, id, {
              ...announce,
              noticeDate: '2025-06-07',
              version: await version(),
            }),
          )
        ).messages.vi,
      ).toBe('Thông báo phải phát hành chậm nhất ngày 06/06/2025 (7 ngày trước hội nghị)');
      const noticeNumbers = await k
        .selectFrom('outgoing_document')
        .select('id')
        .where('kind', '=', 'thong-bao')
        .where('year', '=', 2025)
        .execute();
      expect(noticeNumbers).toHaveLength(0);
      const announced = await announceSession(deps('2025-06-06'), office, id, {
        ...announce,
        noticeDate: '2025-06-06',
        version: await version(),
      });
      expect(announced.numberText).toBe('Số: 01/TB-UBND');
      expect(announced.shortNotice).toContain('7 giờ 30, thứ Sáu, ngày 13/06/2025');

      // The console: a walk-in registered (twice: once), three questions, attendance, replayed edits.
      const reg = {
        clientId: 'walk-in-1',
        fullName: 'Nguyễn Thị Hoa',
        question: 'Đề nghị lắp đèn đường thôn Khe Bá',
      };
      const r1 = await registerSpeaker(deps('2025-06-13'), office, id, reg);
      expect(await registerSpeaker(deps('2025-06-13'), office, id, reg)).toEqual(r1);
      expect(
        (
          await k
            .selectFrom('matter')
            .select(['source', 'state'])
            .where('id', '=', r1.matterId)
            .executeTakeFirstOrThrow()
        ).source,
      ).toBe('at-session');
      const [first, second] = agenda;
      await saveAgendaItem(deps('2025-06-13'), office, id, first!.id, {
        rev: 1,
        position: first!.position,
        question: first!.question,
        answer: 'Đã có kế hoạch sửa',
        answeredBy: 'Chủ tịch UBND',
        outcome: 'settled',
        fromFloor: false,
      });
      await saveAgendaItem(deps('2025-06-13'), office, id, second!.id, {
        rev: 1,
        position: second!.position,
        question: second!.question,
        answer: 'Xin ghi nhận, trả lời sau',
        answeredBy: 'Công chức địa chính',
        outcome: 'carried-over',
        fromFloor: false,
      });
      const floor = {
        position: 99,
        question: 'Hỏi về tiến độ cấp giấy chứng nhận quyền sử dụng đất',
        speakerName: 'Trần Văn Bình',
        fromFloor: true,
        outcome: 'carried-over' as const,
      };
      await saveAgendaItem(deps('2025-06-13'), office, id, 'floor-1', { ...floor, rev: 2 });
      const replay = await saveAgendaItem(deps('2025-06-13'), office, id, 'floor-1', {
        ...floor,
        rev: 1,
        question: 'bản cũ',
      });
      expect(replay.applied).toBe(false);
      expect(replay.item.question).toBe(floor.question);
      await saveAgendaItem(deps('2025-06-13'), office, id, `reg-${reg.clientId}`, {
        rev: 1,
        position: 100,
        question: reg.question,
        speakerName: reg.fullName,
        outcome: 'carried-over',
        answer: null,
        fromFloor: false,
      });
      await saveAttendance(deps('2025-06-13'), office, id, {
        rev: 1,
        total: 120,
        groups: [{ composition: 'Đại diện Nhân dân các thôn', present: 120 }],
      });
      expect(
        (await saveAttendance(deps('2025-06-13'), office, id, { rev: 1, total: 5, groups: [] }))
          .applied,
      ).toBe(false);

      // Held: not before the session date.
      expect(
        (await refused(holdSession(deps('2025-06-12'), office, id, { version: await version() })))
          .messages.vi,
      ).toBe('Chỉ ghi nhận hội nghị đã tổ chức từ ngày 13/06/2025 (ngày hội nghị)');
      await holdSession(deps('2025-06-13'), office, id, { version: await version() });
      const held = await getSession(deps('2025-06-13'), office, id);
      expect(held.state).toBe('held');
      expect(held.minutes).toMatchObject({
        raisedCount: 4,
        settledCount: 1,
        carriedOverCount: 3,
        attendance: { total: 120 },
      });
      const floorItem = held.agenda.find((i) => i.id === 'floor-1')!;
      expect(floorItem.matterId).toBeTruthy();
      expect(floorItem.matterState).toBe('carried-over');
      expect(held.agenda.find((i) => i.id === first!.id)!.matterState).toBe('settled');
      expect(
        (
          await refused(
            saveAgendaItem(deps('2025-06-13'), office, id, 'floor-2', { ...floor, rev: 1 }),
          )
        ).messages.vi,
      ).toContain('biên bản đã chốt');

      // Concluded: more than 7 days after is refused; the notice's date sets every due date.
      await saveConclusionDraft(deps('2025-06-16'), office, id, {
        date: '2025-06-23',
        summary: [],
        responsible: {},
        recipients: ['Lưu.'],
      });
      expect(
        (
          await refused(
            issueConclusion(deps('2025-06-23'), office, id, { version: await version() }),
          )
        ).messages.vi,
      ).toBe('Thông báo kết luận phải phát hành chậm nhất ngày 20/06/2025 (7 ngày sau hội nghị)');
      await saveConclusionDraft(deps('2025-06-16'), office, id, {
        date: '2025-06-16',
        summary: ['Hội nghị dân chủ.'],
        responsible: {},
        recipients: ['Lưu.'],
      });
      expect(
        (await refused(closeSession(deps('2025-06-16'), office, id, { version: await version() })))
          .messages.vi,
      ).toContain('«Đã tổ chức»');
      const concluded = await issueConclusion(deps('2025-06-16'), office, id, {
        version: await version(),
      });
      const due = workingDaysAfter(createWorkingCalendar(), '2025-06-16', 30);
      expect(concluded.numberText).toBe('Số 02-TB/ĐU');
      expect(concluded.items).toHaveLength(3);
      expect(
        concluded.items.every((i) => i.dueDate === due.date && i.dueText.vi === due.text.vi),
      ).toBe(true);
      const inFollowUp = await k
        .selectFrom('matter')
        .select('state')
        .where(
          'id',
          'in',
          concluded.items.map((i) => i.matterId),
        )
        .execute();
      expect(inFollowUp.map((m) => m.state)).toEqual([
        'in-follow-up',
        'in-follow-up',
        'in-follow-up',
      ]);

      // Closed: not while answers are due; once each is answered or escalated.
      expect(
        (await refused(closeSession(deps('2025-07-01'), office, id, { version: await version() })))
          .messages.vi,
      ).toBe('Còn 3 vấn đề chưa trả lời bằng văn bản hoặc chưa chuyển cấp trên');
      await k
        .updateTable('matter')
        .set({ state: 'responded' })
        .where(
          'id',
          'in',
          concluded.items.map((i) => i.matterId),
        )
        .execute();
      await closeSession(deps('2025-07-20'), office, id, { version: await version() });

      const done = await getSession(deps('2025-07-20'), chair, id);
      expect(done.state).toBe('closed');
      expect(done.can).toEqual([]);
      expect(done.history.map((h) => h.to)).toEqual([
        'planned',
        'scheduled',
        'scheduled',
        'announced',
        'held',
        'concluded',
        'closed',
      ]);
      expect(done.overrides).toEqual([
        expect.objectContaining({
          action: 'schedule',
          rule: 'within-round',
          limitDate: '2025-06-15',
          actualDate: '2025-06-20',
          reason: 'Trùng lịch bầu cử, lùi một tuần',
        }),
      ]);
      expect(done.timeline.map((e) => [e.step, e.status])).toEqual([
        ['scheduled', 'on-time'],
        ['announced', 'on-time'],
        ['held', 'on-time'],
        ['concluded', 'on-time'],
        ['answered', 'on-time'],
      ]);
      expect(done.timeline[0]!.overrides).toEqual(['Trùng lịch bầu cử, lùi một tuần']);
    },
  );

  it.skipIf(skip)(
    'issues the conclusion notice all or none: one matter that cannot move leaves no number, no item, no clock',
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
      const { id } = await k
        .selectFrom('dialogue_session')
        .select('id')
        .where('plan_id', '=', plan.id)
        .where('round', '=', 1)
        .executeTakeFirstOrThrow();
      const v = async () =>
        Number(
          (
            await k
              .selectFrom('dialogue_session')
              .select('version')
              .where('id', '=', id)
              .executeTakeFirstOrThrow()
          ).version,
        );
      await scheduleSession(deps('2025-05-20'), office, id, {
        date: '2025-06-13',
        startTime: '07:30',
        venue: 'Hội trường',
        chairs: ['Bí thư'],
        participants: [],
        topics: [],
        version: 0,
      });
      await announceSession(deps('2025-06-01'), office, id, {
        noticeDate: '2025-06-01',
        submissionDeadline: '2025-06-10',
        channels: ['Văn phòng'],
        version: await v(),
      });
      const items = (await getSession(deps('2025-06-13'), office, id)).agenda.slice(0, 2);
      for (const i of items)
        await saveAgendaItem(deps('2025-06-13'), office, id, i.id, {
          rev: 1,
          position: i.position,
          question: i.question,
          outcome: 'carried-over',
          fromFloor: false,
        });
      await holdSession(deps('2025-06-13'), office, id, { version: await v() });
      await saveConclusionDraft(deps('2025-06-16'), office, id, {
        date: '2025-06-16',
        summary: [],
        responsible: {},
        recipients: ['Lưu.'],
      });
      // Someone closed the second matter meanwhile: it cannot enter follow-up.
      await k
        .updateTable('matter')
        .set({ state: 'closed' })
        .where('id', '=', items[1]!.matterId!)
        .execute();
      const before = await k.selectFrom('outgoing_document').select('id').execute();
      const e = await refused(
        issueConclusion(deps('2025-06-16'), office, id, { version: await v() }),
      );
      expect(e.code).toBe('RULE_VIOLATION');
      expect(await k.selectFrom('outgoing_document').select('id').execute()).toHaveLength(
        before.length,
      );
      expect(
        await k.selectFrom('conclusion_item').selectAll().where('session_id', '=', id).execute(),
      ).toEqual([]);
      expect(
        (
          await k
            .selectFrom('matter')
            .select('state')
            .where('id', '=', items[0]!.matterId!)
            .executeTakeFirstOrThrow()
        ).state,
      ).toBe('carried-over');
      expect(
        (
          await k
            .selectFrom('dialogue_session')
            .select('state')
            .where('id', '=', id)
            .executeTakeFirstOrThrow()
        ).state,
      ).toBe('held');
      // Put right, the same issue goes through and takes the first free number.
      await k
        .updateTable('matter')
        .set({ state: 'carried-over' })
        .where('id', '=', items[1]!.matterId!)
        .execute();
      const ok = await issueConclusion(deps('2025-06-16'), office, id, { version: await v() });
      expect(ok.numberText).toBe('Số 02-TB/ĐU');
      expect(
        await k.selectFrom('conclusion_item').selectAll().where('session_id', '=', id).execute(),
      ).toHaveLength(2);
    },
  );

  it.skipIf(skip)(
    'links a question from the floor to a matter already on file: the hold raises that matter and creates none',
    async () => {
      t = await startTestApp(dialect);
      const k = t.deps.db.kysely;
      const office = await actorOf(t, 'vanphong');
      const sg = await k
        .selectFrom('unit')
        .select(['id'])
        .where('code', '=', 'demo-son-giang')
        .executeTakeFirstOrThrow();
      const other = await k
        .selectFrom('unit')
        .select(['id'])
        .where('parent_id', 'is', null)
        .executeTakeFirstOrThrow();
      const deps = (date: string) => ({ db: t!.deps.db, clock: at(date) });
      const plan = await createPlan(deps('2025-02-10'), office, sg.id, { year: 2025 });
      await issuePlan(deps('2025-02-15'), office, plan.id, {
        date: '2025-02-15',
        version: plan.version,
      });
      const { id } = await k
        .selectFrom('dialogue_session')
        .select('id')
        .where('plan_id', '=', plan.id)
        .where('round', '=', 1)
        .executeTakeFirstOrThrow();
      const v = async () =>
        Number(
          (
            await k
              .selectFrom('dialogue_session')
              .select('version')
              .where('id', '=', id)
              .executeTakeFirstOrThrow()
          ).version,
        );
      await scheduleSession(deps('2025-05-20'), office, id, {
        date: '2025-06-13',
        startTime: '07:30',
        venue: 'Hội trường',
        chairs: ['Bí thư'],
        participants: [],
        topics: [],
        version: 0,
      });
      await announceSession(deps('2025-06-01'), office, id, {
        noticeDate: '2025-06-01',
        submissionDeadline: '2025-06-10',
        channels: ['Văn phòng'],
        version: await v(),
      });
      const onFile = await createOpinion({ db: t.deps.db }, office, sg.id, {
        content: 'Đập Khe Lau bị rò rỉ nước, đề nghị sửa chữa trước mùa mưa',
        source: 'citizen-online',
      });

      // The console saves the floor item as soon as it is added (no matter), then the clerk links it.
      const floor = {
        position: 99,
        question: 'Đập Khe Lau rò nước, bao giờ xã sửa?',
        speakerName: 'Lê Văn Tư',
        fromFloor: true,
        outcome: 'carried-over' as const,
      };
      await saveAgendaItem(deps('2025-06-13'), office, id, 'floor-linked', {
        ...floor,
        rev: 1,
        matterId: null,
      });
      await saveAgendaItem(deps('2025-06-13'), office, id, 'floor-linked', {
        ...floor,
        rev: 2,
        matterId: onFile.id,
      });
      // A later edit that does not repeat the link keeps it; a matter of another unit is refused.
      await saveAgendaItem(deps('2025-06-13'), office, id, 'floor-linked', {
        ...floor,
        rev: 3,
        matterId: null,
        answer: 'Đã có kế hoạch',
      });
      expect(
        (
          await refused(
            saveAgendaItem(deps('2025-06-13'), office, id, 'floor-linked', {
              ...floor,
              rev: 4,
              matterId: other.id,
            }),
          )
        ).code,
      ).toBe('NOT_FOUND');
      // An item of the agenda (not from the floor) keeps the matter it was seeded with.
      const seeded = (await getSession(deps('2025-06-13'), office, id)).agenda.find(
        (i) => !i.fromFloor,
      )!;
      await saveAgendaItem(deps('2025-06-13'), office, id, seeded.id, {
        rev: 1,
        position: seeded.position,
        question: seeded.question,
        matterId: onFile.id,
        fromFloor: false,
      });
      expect(
        (await getSession(deps('2025-06-13'), office, id)).agenda.find((i) => i.id === seeded.id)!
          .matterId,
      ).toBe(seeded.matterId);

      const before = await k.selectFrom('matter').select('id').execute();
      await holdSession(deps('2025-06-13'), office, id, { version: await v() });
      const linked = (await getSession(deps('2025-06-13'), office, id)).agenda.find(
        (i) => i.id === 'floor-linked',
      )!;
      expect(linked.matterId).toBe(onFile.id);
      expect(linked.matterState).toBe('carried-over');
      expect(await k.selectFrom('matter').select('id').execute()).toHaveLength(before.length);
      // The speaker joined the matter on file, once.
      const names = await k
        .selectFrom('raising')
        .innerJoin('petitioner as p', 'p.id', 'raising.petitioner_id')
        .select(['p.full_name', 'raising.source'])
        .where('raising.matter_id', '=', onFile.id)
        .execute();
      expect(names.filter((n) => n.full_name === 'Lê Văn Tư')).toEqual([
        { full_name: 'Lê Văn Tư', source: 'at-session' },
      ]);
    },
  );

  it.skipIf(skip)(
    'loads the demo year: round 1 closed by an override with two answers overdue, round 2 concluded with answers due in two working days',
    async () => {
      t = await startTestApp(dialect);
      const k = t.deps.db.kysely;
      const office = await actorOf(t, 'vanphong');
      const rows = await k
        .selectFrom('dialogue_session')
        .innerJoin('plan', 'plan.id', 'dialogue_session.plan_id')
        .select(['dialogue_session.id', 'dialogue_session.round', 'plan.state as plan_state'])
        .where('plan.year', '=', new Date().getUTCFullYear())
        .orderBy('dialogue_session.round')
        .execute();
      expect(rows.map((r) => r.plan_state)).toEqual(['issued', 'issued']);
      const [r1, r2] = await Promise.all(
        rows.map((r) => getSession({ db: t!.deps.db }, office, r.id)),
      );
      expect([r1!.state, r2!.state]).toEqual(['closed', 'concluded']);
      expect(r1!.overrides.map((o) => o.rule)).toEqual(['all-answered']);
      const open = (items: typeof r1.conclusionItems) =>
        items.filter((c) => c.matterState === 'in-follow-up');
      expect(open(r1!.conclusionItems)).toHaveLength(2);
      expect(open(r1!.conclusionItems)[0]!.dueDate < r1!.today).toBe(true);
      expect(r2!.conclusionItems.filter((c) => c.matterState === 'responded')).toHaveLength(2);
      expect(open(r2!.conclusionItems).length).toBeGreaterThan(0);
      expect(open(r2!.conclusionItems)[0]!.dueDate > r2!.today).toBe(true);
    },
  );

  it.skipIf(skip)(
    'serves the HTTP routes: a refused move is a 422 in Vietnamese, previews render, the iCal feed lists announced sessions',
    async () => {
      t = await startTestApp(dialect);
      const cookie = await t.login('vanphong');
      const k = t.deps.db.kysely;
      const sg = await k
        .selectFrom('unit')
        .select(['id'])
        .where('code', '=', 'demo-son-giang')
        .executeTakeFirstOrThrow();
      const created = await t.app.inject({
        method: 'POST',
        url: `/api/units/${sg.id}/plans`,
        headers: { cookie },
        payload: { year: 2030 },
      });
      expect(created.statusCode).toBe(201);
      const plan = created.json();
      const preview = await t.app.inject({
        url: `/api/plans/${plan.id}/document.html`,
        headers: { cookie },
      });
      expect(preview.headers['content-type']).toContain('text/html');
      expect(preview.body).toContain('KẾ HOẠCH');
      expect(preview.body).toContain('năm 2030');
      const issued = await t.app.inject({
        method: 'POST',
        url: `/api/plans/${plan.id}/issue`,
        headers: { cookie },
        payload: { version: plan.version, date: '2030-01-10' },
      });
      expect(issued.statusCode).toBe(200);
      const { sessions } = (
        await t.app.inject({ url: `/api/units/${sg.id}/sessions`, headers: { cookie } })
      ).json();
      const s = sessions.find(
        (x: { planId: string; round: number }) => x.planId === plan.id && x.round === 1,
      );
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/sessions/${s.id}/schedule`,
        headers: { cookie },
        payload: {
          date: '2030-06-20',
          startTime: '07:30',
          venue: 'Hội trường',
          chairs: ['Bí thư'],
          participants: [],
          topics: [],
          version: s.version,
        },
      });
      expect(res.statusCode).toBe(422);
      expect(res.json().error.message).toBe(
        'Hội nghị lần thứ nhất phải tổ chức chậm nhất ngày 15/06/2030 (theo kế hoạch)',
      );
      const ok = await t.app.inject({
        method: 'POST',
        url: `/api/sessions/${s.id}/schedule`,
        headers: { cookie },
        payload: {
          date: '2030-06-14',
          startTime: '07:30',
          venue: 'Hội trường UBND xã, thôn Giang Hà',
          chairs: ['Bí thư'],
          participants: [],
          topics: [],
          version: s.version,
        },
      });
      expect(ok.statusCode).toBe(200);
      await k
        .updateTable('dialogue_session')
        .set({ state: 'announced' })
        .where('id', '=', s.id)
        .execute();
      const ics = await t.app.inject({ url: `/api/units/${sg.id}/sessions.ics` });
      expect(ics.headers['content-type']).toContain('text/calendar');
      expect(ics.body).toContain('BEGIN:VCALENDAR\r\n');
      expect(ics.body).toContain('DTSTART:20300614T003000Z');
      expect(ics.body).toContain('LOCATION:Hội trường UBND xã\\, thôn Giang Hà');
      expect(ics.body.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
      const notice = await t.app.inject({
        url: `/api/sessions/${s.id}/notice.html`,
        headers: { cookie },
      });
      expect(notice.body).toContain('THÔNG BÁO');
      const other = await t.login('vanphong.sontay');
      expect(
        (await t.app.inject({ url: `/api/sessions/${s.id}`, headers: { cookie: other } }))
          .statusCode,
      ).toBe(404);
    },
  );
});
