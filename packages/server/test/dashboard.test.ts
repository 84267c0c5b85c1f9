// The dashboards' figures pinned on a small known dataset (dashboard-fixture.ts), on SQLite and
// PostgreSQL: counts by field/source/village/state, written answers on time with working days
// across Tết 2026, the overdue list, the oversight row and its colours, the list behind a figure,
// scope (404 outside it), the Excel export holding the screen's rows, masked open data.
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Actor } from '@doithoai/core';
import { dashboardMatters } from '../src/dashboard/dashboard-matters.js';
import { oversightTable } from '../src/dashboard/oversight.js';
import { unitDashboard } from '../src/dashboard/unit-dashboard.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { backupDatabase, restoreDatabase } from '../src/backup/backup.js';
import { prepareDatabase } from '../src/bootstrap.js';
import { createTestDatabase, dialectCases } from './support/databases.js';
import { startTestApp, testConfig, type TestApp } from './support/test-app.js';
import { fixedClock, loadDashboardFixture } from './dashboard-fixture.js';

describe.each(dialectCases)('dashboards on $dialect', ({ dialect, skip }) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  async function setUp() {
    t = await startTestApp(dialect);
    const ids = await loadDashboardFixture(t.deps.db.kysely);
    const hs = await t.deps.db.kysely
      .selectFrom('unit')
      .select('path')
      .where('id', '=', ids.districtId)
      .executeTakeFirstOrThrow();
    const district: Actor = {
      userId: 'test',
      grants: [{ role: 'oversight', unitId: ids.districtId, unitPath: hs.path }],
    };
    return { ...ids, district, deps: { db: t.deps.db, clock: fixedClock } };
  }

  it.skipIf(skip)(
    'a commune: counts, on-time answers in working days across Tết, overdue with owners, the round timeline',
    async () => {
      const { unitId, district, deps } = await setUp();
      const d = await unitDashboard(deps, district, unitId, { year: 2026 });
      expect(d.today).toBe('2026-04-10');
      expect(d.readOnly).toBe(true);
      expect(d.matters.total).toBe(6); // kt-m7 was received in 2025
      expect(d.matters.byField).toEqual([
        { key: 'tai-nguyen', count: 3 },
        { key: '', count: 1 },
        { key: 'kinh-te', count: 1 },
        { key: 'moi-truong', count: 1 },
      ]);
      expect(d.matters.bySource).toEqual([
        { key: 'village', count: 3 },
        { key: 'citizen-online', count: 2 },
        { key: 'mttq', count: 1 },
      ]);
      expect(d.matters.byVillage.map((v) => [v.name, v.count])).toEqual([
        ['Thôn Một', 3],
        ['Thôn Hai', 2],
        [null, 1],
      ]);
      expect(d.matters.byState.find((s) => s.key === 'responded')?.count).toBe(2);
      // m1 on time (20/3 ≤ 25/3), m2 late (27/3), m3 overdue, m4 extended to 30/4 (open), m5 escalated.
      expect(d.answers).toMatchObject({
        total: 5,
        onTime: 1,
        late: 1,
        overdue: 1,
        open: 1,
        escalated: 1,
      });
      expect(d.answers.onTimeRate).toBeCloseTo(1 / 3);
      const march = d.trend.find((m) => m.month === '2026-03');
      expect(march).toMatchObject({ total: 4, onTime: 1, late: 1, overdue: 1 });
      expect(d.trend.find((m) => m.month === '2026-04')).toMatchObject({ total: 1, open: 1 });
      expect(d.trend).toHaveLength(12);
      // Overdue since 25/3: 26, 27, 30, 31/3 and 1–3, 6–10/4 = 12 working days.
      expect(d.overdue).toEqual([
        expect.objectContaining({
          matterId: 'kt-m3',
          official: 'Cán Bộ Một',
          due: '2026-03-25',
          workingDaysLate: 12,
        }),
      ]);
      expect(d.overdueCount).toBe(1); // counted from the kept summary, the list's length while under its cap
      // The dashboard shows the oldest few (OVERDUE_SHOWN); the count still holds them all.
      const capped = await unitDashboard(
        deps,
        district,
        unitId,
        { year: 2026 },
        { overdueLimit: 0 },
      );
      expect(capped.overdue).toEqual([]);
      expect(capped.overdueCount).toBe(1);
      expect(d.round?.sessionId).toBe('kt-s1');
      expect(Object.fromEntries(d.round!.timeline.map((s) => [s.step, s.status]))).toMatchObject({
        announced: 'on-time',
        held: 'on-time',
        concluded: 'on-time',
        answered: 'overdue',
      });
    },
  );

  it.skipIf(skip)('the list behind each figure holds as many rows as the figure', async () => {
    const { unitId, district, deps } = await setUp();
    const d = await unitDashboard(deps, district, unitId, { year: 2026 });
    for (const f of d.matters.byField) {
      const list = await dashboardMatters(deps, district, unitId, { year: 2026, field: f.key });
      expect(list.items).toHaveLength(f.count);
    }
    const late = await dashboardMatters(deps, district, unitId, { year: 2026, answer: 'late' });
    expect(late.items.map((i) => [i.id, i.due, i.answeredOn])).toEqual([
      ['kt-m2', '2026-03-25', '2026-03-27'],
    ]);
    const overdueInMarch = await dashboardMatters(deps, district, unitId, {
      answer: 'overdue',
      month: '2026-03',
    });
    expect(overdueInMarch.items.map((i) => i.id)).toEqual(['kt-m3']);
  });

  it.skipIf(skip)(
    'the list behind a figure comes a page at a time: the pages, joined, are the whole list in its order, and the last says there is no next',
    async () => {
      const { unitId, district, deps } = await setUp();
      const pagesOf = async (q: Parameters<typeof dashboardMatters>[3]) => {
        const pages: string[][] = [];
        let after: string | undefined;
        for (let i = 0; i < 20; i++) {
          const p = await dashboardMatters(deps, district, unitId, { ...q, after });
          pages.push(p.items.map((m) => m.id));
          if (!p.next) return pages;
          after = p.next;
        }
        throw new Error('no last page');
      };
      const whole = (await dashboardMatters(deps, district, unitId, { year: 2026, limit: 500 }))
        .items;
      expect(whole).toHaveLength(6);
      // Newest received first; the latest entered first within a day.
      expect(whole.map((m) => m.receivedOn)).toEqual(
        [...whole.map((m) => m.receivedOn)].sort().reverse(),
      );
      const pages = await pagesOf({ year: 2026, limit: 2 });
      expect(pages.map((p) => p.length)).toEqual([2, 2, 2, 0]);
      expect(pages.flat()).toEqual(whole.map((m) => m.id));
      expect((await pagesOf({ year: 2026, field: 'tai-nguyen', limit: 2 })).flat()).toHaveLength(3);
      // An answer status pages by due date: each status holds one item here.
      for (const answer of ['on-time', 'late', 'overdue', 'open', 'escalated'] as const) {
        const byPage = await pagesOf({ from: '2025-01-01', to: '2026-12-31', answer, limit: 1 });
        expect(byPage.flat(), answer).toHaveLength(1);
      }
      await expect(
        dashboardMatters(deps, district, unitId, { year: 2026, after: 'not-a-key' }),
      ).rejects.toMatchObject({
        code: 'VALIDATION',
        fields: [expect.objectContaining({ field: 'after' })],
      });
      await expect(
        dashboardMatters(deps, district, unitId, { year: 2026, after: '2026-01-10~x' }),
      ).rejects.toMatchObject({ code: 'VALIDATION' });
    },
  );

  it.skipIf(skip)(
    'the per-month matter summary follows the matters through every kind of change (triggers, 0026); a period cut mid-month counts the same days',
    async () => {
      const { unitId, district, districtId, deps } = await setUp();
      const k = t!.deps.db.kysely;
      type Row = { unit_id: string; month: string; dimension: string; bucket: string; n: number };
      const key = (r: Row) => `${r.unit_id}|${r.month}|${r.dimension}|${r.bucket}`;
      const summary = async () =>
        (
          await k
            .selectFrom('dashboard_matter_summary')
            .select(['unit_id', 'month', 'dimension', 'bucket', 'n'])
            .execute()
        )
          .map((r) => ({ ...r, n: Number(r.n) }))
          .sort((a, b) => key(a).localeCompare(key(b)));
      // The same counts made from the matters directly: they must be equal, with no empty row left.
      const fromMatters = async () => {
        const m = new Map<string, Row>();
        for (const r of await k
          .selectFrom('matter')
          .select(['unit_id', 'received_on', 'field', 'source', 'village_id', 'state'])
          .where('state', '!=', 'merged')
          .execute()) {
          for (const [dimension, bucket] of [
            ['field', r.field ?? ''],
            ['source', r.source],
            ['village', r.village_id ?? ''],
            ['state', r.state],
          ] as const) {
            const row: Row = {
              unit_id: r.unit_id,
              month: r.received_on.slice(0, 7),
              dimension,
              bucket,
              n: 0,
            };
            const found = m.get(key(row)) ?? row;
            found.n++;
            m.set(key(row), found);
          }
        }
        return [...m.values()].sort((a, b) => key(a).localeCompare(key(b)));
      };
      const agree = async () => expect(await summary()).toEqual(await fromMatters());
      await agree(); // after the fixture (and the demo data loaded beside it)
      expect(
        (await summary()).find(
          (r) =>
            r.unit_id === unitId &&
            r.month === '2026-01' &&
            r.dimension === 'field' &&
            r.bucket === 'tai-nguyen',
        )?.n,
      ).toBe(3);
      const at = '2026-04-01T01:00:00.000Z';
      await k
        .insertInto('matter')
        .values({
          id: 'kt-sum',
          unit_id: unitId,
          village_id: null,
          content: 'Mới',
          field: null,
          field_confirmed_by: null,
          field_confirmed_at: null,
          suggestions: '[]',
          state: 'received',
          source: 'village',
          source_organisation_id: null,
          received_on: '2026-02-27',
          assignee_person_id: null,
          prepare_by: null,
          merged_into_id: null,
          answer: null,
          search_folded: 'moi',
          version: 0,
          created_by: null,
          created_at: at,
          updated_at: at,
        })
        .execute();
      await agree();
      await k
        .updateTable('matter')
        .set({ field: 'moi-truong', village_id: 'kt-1' })
        .where('id', '=', 'kt-sum')
        .execute();
      await agree();
      await k
        .updateTable('matter')
        .set({ received_on: '2026-03-02', source: 'mttq' })
        .where('id', '=', 'kt-sum')
        .execute(); // to another month
      await agree();
      const before = await summary();
      await k
        .updateTable('matter')
        .set({ content: 'Sửa nội dung', updated_at: at })
        .where('id', '=', 'kt-sum')
        .execute(); // nothing counted changes
      expect(await summary()).toEqual(before);
      await k.updateTable('matter').set({ state: 'merged' }).where('id', '=', 'kt-m6').execute(); // merged: out of every count
      await agree();
      await k.updateTable('matter').set({ state: 'received' }).where('id', '=', 'kt-m6').execute(); // and back
      await agree();
      await k
        .updateTable('matter')
        .set({ unit_id: districtId })
        .where('id', '=', 'kt-sum')
        .execute(); // to another unit
      await agree();
      await k.updateTable('matter').set({ unit_id: unitId }).where('id', '=', 'kt-sum').execute();
      await k.deleteFrom('matter').where('id', '=', 'kt-sum').execute();
      await agree();
      expect((await summary()).some((r) => r.unit_id === unitId && r.month === '2026-02')).toBe(
        false,
      ); // an emptied month goes
      await k
        .updateTable('matter')
        .set({ field: 'kinh-te', received_on: '2026-02-27' })
        .where('id', '=', 'kt-m6')
        .execute();
      await agree();

      // Whole months from the summary, partial ends from the matters: the same counts as the table's own, for any period.
      for (const q of [
        { year: 2026 },
        { year: 2025 },
        { from: '2025-12-15', to: '2026-01-12' },
        { from: '2025-12-20', to: '2026-02-27' },
        { from: '2026-01-11', to: '2026-01-11' },
        { from: '2025-12-01', to: '2026-02-28' },
        { from: '2025-01-01', to: '2026-12-31' },
      ]) {
        const period = 'year' in q ? { from: `${q.year}-01-01`, to: `${q.year}-12-31` } : q;
        const rows = await k
          .selectFrom('matter')
          .select(['field', 'source', 'village_id', 'state'])
          .where('unit_id', '=', unitId)
          .where('received_on', '>=', period.from)
          .where('received_on', '<=', period.to)
          .where('state', '!=', 'merged')
          .execute();
        const d = await unitDashboard(deps, district, unitId, q);
        const counts = (f: (r: (typeof rows)[number]) => string | null) =>
          Object.fromEntries(
            rows.reduce(
              (m, r) => m.set(f(r) ?? '', (m.get(f(r) ?? '') ?? 0) + 1),
              new Map<string, number>(),
            ),
          );
        const shown = (l: { key: string; count: number }[]) =>
          Object.fromEntries(l.map((c) => [c.key, c.count]));
        expect(d.matters.total, JSON.stringify(q)).toBe(rows.length);
        expect(shown(d.matters.byField), JSON.stringify(q)).toEqual(counts((r) => r.field));
        expect(shown(d.matters.bySource), JSON.stringify(q)).toEqual(counts((r) => r.source));
        expect(shown(d.matters.byVillage), JSON.stringify(q)).toEqual(counts((r) => r.village_id));
        expect(shown(d.matters.byState), JSON.stringify(q)).toEqual(counts((r) => r.state));
        for (const s of d.matters.byState)
          expect(
            (await dashboardMatters(deps, district, unitId, { ...q, state: s.key })).items,
          ).toHaveLength(s.count);
      }
      const jan = await unitDashboard(deps, district, unitId, {
        from: '2025-12-15',
        to: '2026-01-12',
      });
      expect(jan.matters.total).toBe(4); // kt-m7 (20/12), kt-m1, m2, m3 (10–12/1)
    },
  );

  it.skipIf(skip)('the oversight row of the commune, with colours', async () => {
    const { unitId, districtId, district, deps } = await setUp();
    const o = await oversightTable(deps, district, districtId, { year: 2026 });
    expect(o.rows.map((r) => r.name)).toContain('Xã Sơn Giang');
    const row = o.rows.find((r) => r.unitId === unitId)!;
    expect(row.sessions).toEqual({
      rounds: 1,
      held: 1,
      heldOnTime: 1,
      notHeldOverdue: 0,
      announced: 1,
      noticeOnTime: 1,
      minNoticeLeadDays: 8,
      concluded: 1,
      conclusionOnTime: 1,
      conclusionOverdue: 0,
    });
    expect(row.answers).toMatchObject({
      total: 5,
      onTime: 1,
      late: 1,
      overdue: 1,
      open: 1,
      escalated: 1,
    });
    expect(row.escalations).toEqual({ sent: 1, acknowledged: 0, answered: 0, overdue: 0 });
    // The province's own dashboard is the sum of its communes, by commune where a commune's is by village.
    const commune = await unitDashboard(deps, district, unitId, { year: 2026 });
    const area = await unitDashboard(deps, district, districtId, { year: 2026 });
    expect(commune.wholeArea).toBe(false);
    expect(area.wholeArea).toBe(true);
    expect(area.round).toBeNull();
    for (const key of ['total', 'onTime', 'late', 'escalated'] as const)
      expect(area.answers[key]).toBe(o.rows.reduce((n, r) => n + r.answers[key], 0));
    expect(area.matters.byVillage.find((v) => v.key === unitId)).toEqual({
      key: unitId,
      name: commune.unit.name,
      count: commune.matters.total,
    });
    expect(area.matters.byVillage.reduce((n, v) => n + v.count, 0)).toBe(area.matters.total);
    expect(area.matters.total).toBeGreaterThan(commune.matters.total);
    expect(area.overdueCount).toBeGreaterThanOrEqual(commune.overdueCount);
    const listed = await dashboardMatters(deps, district, districtId, {
      year: 2026,
      communeId: unitId,
    });
    expect(listed.items.map((m) => m.id).sort()).toEqual(
      (await dashboardMatters(deps, district, unitId, { year: 2026 })).items
        .map((m) => m.id)
        .sort(),
    );
    expect(row.grades).toEqual({
      rounds: 'green',
      notice: 'green',
      conclusion: 'green',
      answers: 'red',
      overall: 'red',
    });
    // Answering the overdue matter late turns the answers cell amber.
    await t!.deps.db.kysely
      .insertInto('matter_answer')
      .values({
        id: 'a-late',
        matter_id: 'kt-m3',
        unit_id: unitId,
        origin: 'official',
        state: 'approved',
        text: 'x',
        author_user_id: null,
        official_name: 'x',
        submitted_at: null,
        approver_user_id: null,
        approver_name: null,
        approved_on: '2026-04-09',
        published_at: null,
        version: 0,
        created_at: 'x',
        updated_at: 'x',
      })
      .execute();
    const again = (await oversightTable(deps, district, districtId, { year: 2026 })).rows.find(
      (r) => r.unitId === unitId,
    )!;
    expect(again.answers).toMatchObject({ onTime: 1, late: 2, overdue: 0 });
    expect(again.grades.answers).toBe('amber');
  });

  it.skipIf(skip)(
    'the per-commune summary follows the facts through every kind of change (triggers, 0016)',
    async () => {
      const { unitId, district, districtId, deps } = await setUp();
      const k = t!.deps.db.kysely;
      // The summary, and the same figures grouped from the facts directly: they must be equal.
      const byKey = (
        a: { unit_id: string; due_date: string },
        b: { unit_id: string; due_date: string },
      ) => (a.unit_id + a.due_date < b.unit_id + b.due_date ? -1 : 1);
      const summary = async () =>
        (
          await k
            .selectFrom('report_answer_summary')
            .select([
              'unit_id',
              'due_date',
              'unit_path',
              'total',
              'on_time',
              'late',
              'escalated',
              'open',
            ])
            .execute()
        )
          .map((r) => ({
            ...r,
            total: Number(r.total),
            on_time: Number(r.on_time),
            late: Number(r.late),
            escalated: Number(r.escalated),
            open: Number(r.open),
          }))
          .sort(byKey);
      const fromFacts = async () =>
        (
          await k
            .selectFrom('report_answer_fact')
            .select(['unit_id', 'due_date', 'unit_path', 'answered_on', 'escalated_on'])
            .execute()
        ).reduce((m, f) => {
          const key = `${f.unit_id}|${f.due_date}`;
          const r = m.get(key) ?? {
            unit_id: f.unit_id,
            due_date: f.due_date,
            unit_path: f.unit_path,
            total: 0,
            on_time: 0,
            late: 0,
            escalated: 0,
            open: 0,
          };
          r.total++;
          if (f.answered_on) r[f.answered_on <= f.due_date ? 'on_time' : 'late']++;
          else r[f.escalated_on ? 'escalated' : 'open']++;
          return m.set(key, r);
        }, new Map<string, { unit_id: string; due_date: string; unit_path: string; total: number; on_time: number; late: number; escalated: number; open: number }>());
      const agree = async () => {
        const expected = [...(await fromFacts()).values()].sort(byKey);
        expect(await summary()).toEqual(expected);
      };
      await agree(); // after the fixture: items issued, answers approved (one by update), an extension, an escalation
      expect(
        (await summary()).find((r) => r.unit_id === unitId && r.due_date === '2026-03-25'),
      ).toMatchObject({ total: 4, on_time: 1, late: 1, escalated: 1, open: 1 });
      // An answer to the overdue item, an extension of the extended one, the escalated matter marked responded, an item deleted.
      await k
        .insertInto('matter_answer')
        .values({
          id: 'a-sum',
          matter_id: 'kt-m3',
          unit_id: unitId,
          origin: 'official',
          state: 'approved',
          text: 'x',
          author_user_id: null,
          official_name: 'x',
          submitted_at: null,
          approver_user_id: null,
          approver_name: null,
          approved_on: '2026-03-24',
          published_at: null,
          version: 0,
          created_at: 'x',
          updated_at: 'x',
        })
        .execute();
      await agree();
      await k
        .insertInto('due_extension')
        .values({
          id: 'ext-m4b',
          matter_id: 'kt-m4',
          previous_due: '2026-04-30',
          due_date: '2026-05-29',
          reason: 'Phức tạp',
          actor_user_id: null,
          at: '2026-04-01T01:00:00.000Z',
        })
        .execute();
      await agree();
      expect((await summary()).some((r) => r.due_date === '2026-04-30')).toBe(false); // an emptied day goes
      // Granted at 06:00 in Vietnam on 4 February (23:00 UTC the day before), the day the notice was
      // issued: it covers that notice's items (the UTC day would have missed them).
      await k
        .insertInto('due_extension')
        .values({
          id: 'ext-m3-dawn',
          matter_id: 'kt-m3',
          previous_due: '2026-03-25',
          due_date: '2026-03-31',
          reason: 'Phức tạp',
          actor_user_id: null,
          at: '2026-02-03T23:00:00.000Z',
        })
        .execute();
      expect(
        (
          await k
            .selectFrom('report_answer_fact')
            .select('due_date')
            .where('matter_id', '=', 'kt-m3')
            .executeTakeFirstOrThrow()
        ).due_date,
      ).toBe('2026-03-31');
      await agree();
      await k
        .updateTable('matter')
        .set({ state: 'responded', updated_at: '2026-04-05T01:00:00.000Z' })
        .where('id', '=', 'kt-m5')
        .execute();
      await agree();
      await k.deleteFrom('conclusion_item').where('id', '=', 'ci-kt-m1').execute();
      await agree();
      // And the oversight row reads it: m3 on time; m2 late, m5 late too (answered_on is the real day
      // the trigger ran, after its due date); m4 open under its new date; m1's item gone.
      const row = (await oversightTable(deps, district, districtId, { year: 2026 })).rows.find(
        (r) => r.unitId === unitId,
      )!;
      expect(row.answers).toMatchObject({
        total: 4,
        onTime: 1,
        late: 2,
        open: 1,
        overdue: 0,
        escalated: 0,
      });
      const facts = await k
        .selectFrom('report_answer_fact')
        .select(['answered_on', 'due_date'])
        .where('unit_id', '=', unitId)
        .execute();
      expect(row.answers.onTime + row.answers.late).toBe(facts.filter((f) => f.answered_on).length);
    },
  );

  it.skipIf(skip)(
    'scope: the district sees its communes, a commune office neither its sibling nor the district',
    async () => {
      const { unitId, districtId } = await setUp();
      const tinh = await t!.login('tinh');
      const res = await t!.app.inject({
        url: `/api/units/${districtId}/oversight?year=2026`,
        headers: { cookie: tinh },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().rows.some((r: { unitId: string }) => r.unitId === unitId)).toBe(true);
      const sontay = await t!.login('vanphong.sontay');
      expect(
        (
          await t!.app.inject({
            url: `/api/units/${unitId}/dashboard`,
            headers: { cookie: sontay },
          })
        ).statusCode,
      ).toBe(404);
      const office = await t!.login('vanphong');
      expect(
        (
          await t!.app.inject({
            url: `/api/units/${districtId}/oversight`,
            headers: { cookie: office },
          })
        ).statusCode,
      ).toBe(404);
      const official = await t!.login('congchuc');
      const sg = await t!.deps.db.kysely
        .selectFrom('unit')
        .select('id')
        .where('slug', '=', 'son-giang')
        .executeTakeFirstOrThrow();
      expect(
        (
          await t!.app.inject({
            url: `/api/units/${sg.id}/dashboard`,
            headers: { cookie: official },
          })
        ).statusCode,
      ).toBe(404);
      expect(
        (await t!.app.inject({ url: `/api/units/${sg.id}/dashboard`, headers: { cookie: office } }))
          .statusCode,
      ).toBe(200);
      const bad = await t!.app.inject({
        url: `/api/units/${sg.id}/dashboard?from=2026-05-01`,
        headers: { cookie: office },
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.message).toMatch(/Khoảng thời gian không hợp lệ/);
    },
  );

  it.skipIf(skip)(
    'the oversight table one page at a time, in the order of a column; an unknown column is refused by name',
    async () => {
      const { districtId } = await setUp();
      const tinh = await t!.login('tinh');
      const get = (q: string) =>
        t!.app.inject({
          url: `/api/units/${districtId}/oversight?year=2026${q}`,
          headers: { cookie: tinh },
        });
      const all = (await get('')).json();
      expect(all.total).toBe(all.rows.length);
      expect(all.total).toBeGreaterThan(1);
      const overdue = (r: { answers: { overdue: number } }) => r.answers.overdue;
      const byOverdue = [...all.rows].sort((a, b) => overdue(b) - overdue(a));
      const first = (await get('&sort=answersOverdue&dir=desc&offset=0&limit=1')).json();
      expect(first.total).toBe(all.total);
      expect(first.rows).toHaveLength(1);
      expect(overdue(first.rows[0])).toBe(overdue(byOverdue[0]));
      const rest = (await get(`&sort=answersOverdue&dir=desc&offset=1&limit=${all.total}`)).json();
      expect(rest.rows.map(overdue)).toEqual(byOverdue.slice(1).map(overdue));
      const bad = await get('&sort=khong-co');
      expect(bad.statusCode).toBe(400);
      expect(JSON.stringify(bad.json().error)).toMatch(/sort/);
    },
  );

  it.skipIf(skip)(
    'Excel export of the oversight table holds the rows of the screen, in the order asked',
    async () => {
      const { districtId } = await setUp();
      const tinh = await t!.login('tinh');
      const screen = (
        await t!.app.inject({
          url: `/api/units/${districtId}/oversight?year=2026`,
          headers: { cookie: tinh },
        })
      ).json();
      const res = await t!.app.inject({
        url: `/api/units/${districtId}/oversight.xlsx?year=2026&sort=answersOverdue&dir=desc`,
        headers: { cookie: tinh },
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(res.rawPayload as never);
      const ws = book.worksheets[0]!;
      expect(ws.getRow(2).getCell(1).value).toBe('Đơn vị');
      const names = [];
      for (let i = 3; i <= ws.rowCount; i++) names.push(ws.getRow(i).getCell(1).value);
      expect(names.sort()).toEqual(screen.rows.map((r: { name: string }) => r.name).sort());
      const overdueCol = 12; // 'Quá hạn chưa trả lời'
      expect(ws.getRow(2).getCell(overdueCol).value).toBe('Quá hạn chưa trả lời');
      const overdue = [];
      for (let i = 3; i <= ws.rowCount; i++)
        overdue.push(Number(ws.getRow(i).getCell(overdueCol).value));
      expect(overdue).toEqual([...overdue].sort((a, b) => b - a));
      // A figure's list as Excel: the rows behind "tai-nguyen", with the names the screen shows.
      const list = await t!.app.inject({
        url: `/api/units/kt/dashboard/matters.xlsx?year=2026&field=tai-nguyen`,
        headers: { cookie: tinh },
      });
      expect(list.statusCode).toBe(200);
      const book2 = new ExcelJS.Workbook();
      await book2.xlsx.load(list.rawPayload as never);
      const sheet = book2.worksheets[0]!;
      expect(sheet.rowCount).toBe(2 + 3);
      expect(sheet.getRow(2).getCell(2).value).toBe('Lĩnh vực');
      expect(sheet.getRow(3).getCell(2).value).toBe('Tài nguyên (đất đai, khoáng sản, nước)');
    },
  );

  it.skipIf(skip)(
    'open data: published answers as CSV and JSON, names masked, no phone or email',
    async () => {
      await setUp();
      const json = await t!.app.inject({ url: '/api/open-data/slug-kt/answers.json' });
      expect(json.statusCode).toBe(200);
      const body = json.json();
      expect(body.items.map((i: { matterId: string }) => i.matterId).sort()).toEqual([
        'kt-m1',
        'kt-m2',
      ]);
      expect(body.items.find((i: { matterId: string }) => i.matterId === 'kt-m1').askedBy).toBe(
        'Ông N.V.A., thôn Một',
      );
      const csv = await t!.app.inject({ url: '/api/open-data/slug-kt/answers.csv' });
      expect(csv.headers['content-type']).toContain('text/csv');
      expect(csv.body).toContain('Ông N.V.A., thôn Một');
      expect(csv.body).not.toMatch(/0912345678|a@b\.vn|Nguyễn Văn An/);
      expect(csv.body.split('\r\n')[0]).toBe(
        '\uFEFFma_van_de,linh_vuc,thon,noi_dung_kien_nghi,noi_dung_tra_loi,nguoi_tra_loi,ngay_duyet,ngay_cong_bo,nguoi_kien_nghi',
      );
      expect(
        (await t!.app.inject({ url: '/api/open-data/khong-co/answers.json' })).statusCode,
      ).toBe(404);
    },
  );

  it.skipIf(skip)(
    'the facts are derived: a backup restored elsewhere rebuilds the same facts through the triggers',
    async () => {
      await setUp();
      const facts = (
        db: typeof t extends undefined ? never : NonNullable<typeof t>['deps']['db'],
      ) =>
        db.kysely
          .selectFrom('report_answer_fact')
          .select(['item_id', 'unit_id', 'notice_date', 'due_date', 'answered_on', 'escalated_on'])
          .orderBy('item_id')
          .execute();
      const before = await facts(t!.deps.db);
      expect(before.length).toBeGreaterThan(5);
      const file = path.join(
        fs.mkdtempSync(path.join(os.tmpdir(), 'doithoai-dash-')),
        'b.ndjson.gz',
      );
      await backupDatabase(t!.deps.db, file);
      const other = await createTestDatabase(dialect);
      try {
        await prepareDatabase(other.db, testConfig());
        await restoreDatabase(other.db, file);
        expect(await facts(other.db)).toEqual(before);
      } finally {
        await other.db.close();
        await other.drop();
        fs.rmSync(path.dirname(file), { recursive: true, force: true });
      }
    },
  );
});
