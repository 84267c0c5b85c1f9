// "Việc của tôi" per role on the dashboard fixture (Xã Kiểm Thử, today 10/4/2026), on SQLite and
// PostgreSQL: the office's overdue, unassigned and unclassified matters and notices to issue, the
// official's own answers, the chair's drafts to approve, the district's late communes, the round's
// stage; each group's count is the whole, its items at most five; refused outside the scope.
// Real: every repository, the triage view, the calendar. Faked: the clock (fixedClock).
import { afterEach, describe, expect, it } from 'vitest';
import type { Actor, Role } from '@doithoai/core';
import { MY_WORK_ITEMS, myWork, type WorkGroup } from '../src/home/my-work.js';
import { dialectCases } from './support/databases.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { fixedClock, loadDashboardFixture } from './dashboard-fixture.js';

const at = '2026-04-01T01:00:00.000Z';

describe.each(dialectCases)('my work on $dialect', ({ dialect, skip }) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  async function setUp() {
    t = await startTestApp(dialect);
    const k = t.deps.db.kysely;
    const ids = await loadDashboardFixture(k);
    const unitPath = (
      await k
        .selectFrom('unit')
        .select('path')
        .where('id', '=', ids.unitId)
        .executeTakeFirstOrThrow()
    ).path;
    const districtPath = (
      await k
        .selectFrom('unit')
        .select('path')
        .where('id', '=', ids.districtId)
        .executeTakeFirstOrThrow()
    ).path;
    const as = (
      role: Role,
      userId = `${role}-user`,
      where = { unitId: ids.unitId, unitPath },
    ): Actor => ({ userId, grants: [{ role, ...where }] });
    // The fixture's official (Cán Bộ Một, kt-p1) gets an account.
    await k
      .updateTable('person')
      .set({ user_id: 'official-user' })
      .where('id', '=', 'kt-p1')
      .execute();
    const work = (actor: Actor, unitId = ids.unitId) =>
      myWork({ db: t!.deps.db, clock: fixedClock }, actor, unitId);
    return {
      k,
      ids,
      as,
      work,
      district: as('oversight', 'district-user', {
        unitId: ids.districtId,
        unitPath: districtPath,
      }),
    };
  }
  const group = (groups: WorkGroup[], key: WorkGroup['key']) => groups.find((g) => g.key === key);

  // Issue 17: the unit-wide counts come from the kept summary (report_answer_summary), the
  // unassigned one from the unassigned matters: each still the whole, items five, earliest first.
  it.skipIf(skip)(
    'the office: overdue and unassigned overdue counted whole with many items, earliest five listed; an answer takes one off',
    async () => {
      const { k, as, work } = await setUp();
      const model = await k
        .selectFrom('matter')
        .selectAll()
        .where('id', '=', 'kt-m3')
        .executeTakeFirstOrThrow();
      const item = await k
        .selectFrom('conclusion_item')
        .selectAll()
        .where('matter_id', '=', 'kt-m3')
        .executeTakeFirstOrThrow();
      const { seq: _seq, follow_up_due: _due, ...columns } = model;
      // Eight more overdue items (due 10–17/3), the first three with nobody named.
      const ids = Array.from({ length: 8 }, (_, i) => `kt-late-${i}`);
      await k
        .insertInto('matter')
        .values(
          ids.map((id, i) => ({
            ...columns,
            id,
            content: `Nội dung ${id}`,
            assignee_person_id: i < 3 ? null : columns.assignee_person_id,
          })),
        )
        .execute();
      await k
        .insertInto('conclusion_item')
        .values(
          ids.map((id, i) => ({
            ...item,
            id: `ci-${id}`,
            matter_id: id,
            due_date: `2026-03-${String(10 + i).padStart(2, '0')}`,
          })),
        )
        .execute();
      let w = await work(as('office'));
      const overdue = group(w.groups, 'overdue')!;
      expect(overdue.count).toBe(9);
      expect(overdue.items.map((x) => x.id)).toEqual(ids.slice(0, MY_WORK_ITEMS));
      expect(group(w.groups, 'unassigned-overdue')).toMatchObject({
        count: 3,
        items: ids.slice(0, 3).map((id) => ({ id, detail: null })),
      });
      // Answered (the matter responded): off both lists, and off the summary.
      await k
        .updateTable('matter')
        .set({ state: 'responded' })
        .where('id', '=', 'kt-late-0')
        .execute();
      w = await work(as('office'));
      expect(group(w.groups, 'overdue')!.count).toBe(8);
      expect(group(w.groups, 'unassigned-overdue')).toMatchObject({
        count: 2,
        items: ids.slice(1, 3).map((id) => ({ id })),
      });
    },
  );

  it.skipIf(skip)(
    'the office: overdue with its working days late, unclassified (bounded), unassigned overdue, the round at "answers"',
    async () => {
      const { k, as, work } = await setUp();
      let w = await work(as('office'));
      expect(w.today).toBe('2026-04-10');
      expect(w.roles).toEqual(['office']);
      expect(w.groups.map((g) => g.key)).toEqual([
        'overdue',
        'due-soon',
        'unassigned-overdue',
        'unclassified',
        'duplicates',
        'notices',
      ]);
      // kt-m3 due 25/3, unanswered: 12 working days late (26, 27, 30, 31/3, 1–3, 6–10/4).
      expect(group(w.groups, 'overdue')).toEqual({
        key: 'overdue',
        count: 1,
        items: [
          {
            id: 'kt-m3',
            title: 'Nội dung kt-m3',
            due: '2026-03-25',
            workingDays: -12,
            detail: 'Cán Bộ Một',
          },
        ],
      });
      expect(group(w.groups, 'due-soon')?.count).toBe(0); // kt-m4 is extended to 30/4
      expect(group(w.groups, 'unassigned-overdue')?.count).toBe(0);
      expect(group(w.groups, 'unclassified')?.count).toBe(2); // kt-m6, kt-m7
      expect(group(w.groups, 'notices')?.count).toBe(0);
      expect(w.round).toMatchObject({ sessionId: 'kt-s1', round: 1, current: 4 });
      expect(w.round!.steps.map((s) => [s.step, s.status])).toEqual([
        ['plan', 'on-time'],
        ['notice', 'on-time'],
        ['session', 'on-time'],
        ['conclusion', 'on-time'],
        ['answers', 'overdue'],
      ]);

      // Nobody assigned to the overdue matter: it is on the office's list to assign.
      await k
        .updateTable('matter')
        .set({ assignee_person_id: null })
        .where('id', '=', 'kt-m3')
        .execute();
      // Twelve more opinions waiting for a field: the count is all of them, the items five.
      await k
        .insertInto('matter')
        .values(
          Array.from({ length: 12 }, (_, i) => ({
            id: `kt-new-${i}`,
            unit_id: 'kt',
            village_id: null,
            content: `Ý kiến mới số ${i} về đường liên thôn ${i}`,
            field: null,
            field_confirmed_by: null,
            field_confirmed_at: null,
            suggestions: '[]',
            state: 'received',
            source: 'village',
            source_organisation_id: null,
            received_on: '2026-04-09',
            assignee_person_id: null,
            prepare_by: null,
            merged_into_id: null,
            answer: null,
            search_folded: `y kien moi so ${i}`,
            version: 0,
            created_by: null,
            created_at: at,
            updated_at: at,
          })),
        )
        .execute();
      w = await work(as('office'));
      expect(group(w.groups, 'unassigned-overdue')).toMatchObject({
        count: 1,
        items: [{ id: 'kt-m3', detail: null }],
      });
      const unclassified = group(w.groups, 'unclassified')!;
      expect(unclassified.count).toBe(14);
      expect(unclassified.items).toHaveLength(MY_WORK_ITEMS);
      expect(unclassified.items[0]!.id).toBe('kt-new-11'); // newest first
    },
  );

  it.skipIf(skip)(
    'a scheduled session: its public notice is due 7 days before, and the round steps back to "notice"',
    async () => {
      const { k, as, work } = await setUp();
      await k
        .insertInto('dialogue_session')
        .values({
          id: 'kt-s2',
          unit_id: 'kt',
          plan_id: null,
          round: 2,
          held_by: '2026-11-15',
          state: 'scheduled',
          date: '2026-04-24',
          start_time: '07:30',
          venue: 'Hội trường',
          chairs: '[]',
          attendance_cap: null,
          topics: '[]',
          scheduled_on: '2026-04-08',
          notice_date: null,
          submission_deadline: null,
          channels: '[]',
          notice_document_id: null,
          short_notice: null,
          held_on: null,
          attendance_total: null,
          attendance_rev: 0,
          minutes: null,
          conclusion_draft: null,
          conclusion_date: null,
          conclusion_document_id: null,
          closed_on: null,
          version: 0,
          created_at: at,
          updated_at: at,
        })
        .execute();
      const w = await work(as('office'));
      // At least 7 days before 24/4: on or before 17/4, five working days after Friday 10/4.
      expect(group(w.groups, 'notices')).toEqual({
        key: 'notices',
        count: 1,
        items: [{ id: 'kt-s2', title: '2', due: '2026-04-17', workingDays: 5, detail: 'public' }],
      });
      expect(w.round).toMatchObject({ sessionId: 'kt-s2', round: 2, current: 1 });
      // The chair does not issue notices.
      expect(group((await work(as('chair'))).groups, 'notices')).toBeUndefined();
    },
  );

  it.skipIf(skip)(
    'the official: only their own matters, overdue and owing an answer, earliest due first',
    async () => {
      const { k, as, work } = await setUp();
      // A matter assigned to someone else is not theirs.
      await k
        .insertInto('person')
        .values({
          id: 'kt-p2',
          unit_id: 'kt',
          organisation_id: null,
          full_name: 'Cán Bộ Hai',
          position: 'Công chức',
          fields: '[]',
          phone: null,
          email: null,
          user_id: null,
          version: 0,
          created_at: at,
          updated_at: at,
        })
        .execute();
      await k
        .updateTable('matter')
        .set({ assignee_person_id: 'kt-p2' })
        .where('id', '=', 'kt-m4')
        .execute();
      await k
        .updateTable('matter')
        .set({ state: 'assigned', prepare_by: '2026-04-14', field: 'kinh-te' })
        .where('id', '=', 'kt-m7')
        .execute();
      const w = await work(as('official', 'official-user'));
      expect(w.groups.map((g) => g.key)).toEqual(['overdue', 'due-soon', 'my-answers']);
      expect(group(w.groups, 'overdue')).toMatchObject({
        count: 1,
        items: [{ id: 'kt-m3', workingDays: -12 }],
      });
      // kt-m3 (in follow-up, due 25/3) then kt-m7 (to prepare by 14/4: 2 working days left).
      expect(group(w.groups, 'my-answers')).toMatchObject({
        count: 2,
        items: [
          { id: 'kt-m3', due: '2026-03-25', detail: 'in-follow-up' },
          { id: 'kt-m7', due: '2026-04-14', workingDays: 2, detail: 'assigned' },
        ],
      });
      // Another official with no matters: nothing overdue, nothing owed.
      const other = await work(as('official', 'nobody'));
      expect(other.groups.map((g) => [g.key, g.count])).toEqual([
        ['overdue', 0],
        ['due-soon', 0],
      ]);
    },
  );

  it.skipIf(skip)(
    'the chair: drafts to approve; the district: late communes; a collector: nothing to list; outside the scope: not found',
    async () => {
      const { k, ids, as, work, district } = await setUp();
      await k
        .insertInto('matter_answer')
        .values({
          id: 'a-kt-m3',
          matter_id: 'kt-m3',
          unit_id: 'kt',
          origin: 'official',
          state: 'submitted',
          text: 'Dự thảo',
          author_user_id: 'official-user',
          official_name: 'Cán Bộ Một',
          submitted_at: '2026-04-09T02:00:00.000Z',
          approver_user_id: null,
          approver_name: null,
          approved_on: null,
          published_at: null,
          version: 1,
          created_at: at,
          updated_at: at,
        })
        .execute();
      const chair = await work(as('chair'));
      expect(chair.groups.map((g) => g.key)).toEqual(['overdue', 'due-soon', 'to-approve']);
      expect(group(chair.groups, 'to-approve')).toEqual({
        key: 'to-approve',
        count: 1,
        items: [
          {
            id: 'kt-m3',
            title: 'Nội dung kt-m3',
            due: null,
            workingDays: null,
            detail: 'Cán Bộ Một',
          },
        ],
      });

      const up = await work(district, ids.districtId);
      expect(up.round).toBeNull();
      expect(up.groups.map((g) => g.key)).toEqual(['late-communes']);
      const late = group(up.groups, 'late-communes')!;
      expect(late.items).toContainEqual({
        id: 'kt',
        title: 'Xã Kiểm Thử',
        due: null,
        workingDays: null,
        detail: '1',
      });
      expect(late.count).toBeGreaterThanOrEqual(1);

      expect((await work(as('collector'))).groups).toEqual([]);
      // A commune's office asking about the district, or another commune: "not found".
      await expect(work(as('office'), ids.districtId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    },
  );
});
