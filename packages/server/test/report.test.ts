// Báo cáo kết quả: figures computed from the data for a round, a year and the 215-KL/TW periods
// (pinned on the dashboard fixture, period boundaries included), wording edited before issue,
// the draft rendered by the documents package, issued with a number, then frozen.
import { afterEach, describe, expect, it } from 'vitest';
import { parseReportKey } from '@doithoai/core';
import { reportFigures } from '../src/report/report-figures.js';
import { dialectCases } from './support/databases.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { FIXTURE_TODAY, loadDashboardFixture } from './dashboard-fixture.js';

describe.each(dialectCases)('reports on $dialect', ({ dialect, skip }) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it.skipIf(skip)(
    'figures of a round, a year, a quarter and a quarter cut off on the 14th',
    async () => {
      t = await startTestApp(dialect);
      await loadDashboardFixture(t.deps.db.kysely);
      const k = t.deps.db.kysely;
      const path = (
        await k.selectFrom('unit').select('path').where('id', '=', 'kt').executeTakeFirstOrThrow()
      ).path;
      const figures = async (key: string) =>
        (await reportFigures(k, path, parseReportKey(key), FIXTURE_TODAY)).figures;
      expect(await figures('round:kt-s1')).toEqual({
        sessions: 1,
        attendees: 100,
        raised: 6,
        settledAtSession: 1,
        carriedOver: 5,
        answered: 2,
        answeredOnTime: 1,
        overdue: 1,
        escalated: 1,
      });
      expect(await figures('year:2026')).toMatchObject({
        sessions: 1,
        raised: 6,
        answered: 2,
        answeredOnTime: 1,
        overdue: 1,
        escalated: 1,
      });
      // Q1 by the calendar: the items due 25/3 are in it; m4 (extended to 30/4) is not.
      expect(await figures('quarter:2026:1:calendar')).toMatchObject({
        raised: 6,
        answered: 2,
        overdue: 1,
        escalated: 1,
      });
      // Q1 cut off on the 14th (15/12/2025 – 14/3/2026): kt-m7 received 20/12/2025 is in it; due dates of 25/3 are not.
      expect(await figures('quarter:2026:1:cutoff-14')).toMatchObject({
        sessions: 1,
        raised: 7,
        answered: 0,
        overdue: 0,
        escalated: 0,
      });
      expect(await figures('quarter:2026:2:calendar')).toMatchObject({
        sessions: 0,
        raised: 0,
        answered: 0,
      });
      const byField = (await reportFigures(k, path, parseReportKey('year:2026'), FIXTURE_TODAY))
        .byField;
      // m1, m2 answered in writing, m5 escalated: 2 of 3 settled.
      expect(byField[0]).toEqual({
        field: 'Tài nguyên (đất đai, khoáng sản, nước)',
        raised: 3,
        settled: 2,
      });
    },
  );

  it.skipIf(skip)(
    'the office edits the wording, previews it, issues it with a number; then it is frozen',
    async () => {
      t = await startTestApp(dialect);
      const office = await t.login('vanphong');
      const sg = await t.deps.db.kysely
        .selectFrom('unit')
        .select('id')
        .where('slug', '=', 'son-giang')
        .executeTakeFirstOrThrow();
      const year = new Date().getFullYear();
      const url = `/api/units/${sg.id}/reports/year:${year}`;
      const first = await t.app.inject({ url, headers: { cookie: office } });
      expect(first.statusCode).toBe(200);
      const report = first.json();
      expect(report.figures.sessions).toBe(2); // the demo's two rounds
      expect(report.wording.organisation[0]).toContain('2 hội nghị');
      // This year's report goes to the province (two tiers since 1/7/2025), not to a district.
      expect(report.wording.recipients).toEqual([
        'Thường trực Tỉnh ủy (để b/c);',
        'Ban Dân vận Tỉnh ủy;',
        'Ủy ban MTTQ tỉnh;',
        'Lưu Văn phòng.',
      ]);
      const saved = await t.app.inject({
        method: 'PUT',
        url,
        headers: { cookie: office },
        payload: {
          ...report.wording,
          organisation: ['Hai hội nghị đã tổ chức đúng kế hoạch, có đại diện Huyện ủy dự.'],
          version: 0,
        },
      });
      expect(saved.statusCode).toBe(200);
      const draftId = saved.json().draftId;
      const preview = await t.app.inject({
        url: `/api/documents/bao-cao/${draftId}/preview`,
        headers: { cookie: office },
      });
      expect(preview.statusCode).toBe(200);
      expect(preview.body).toContain('Hai hội nghị đã tổ chức đúng kế hoạch');
      expect(preview.body).toContain('Số hội nghị đã tổ chức');
      const docx = await t.app.inject({
        url: `/api/documents/bao-cao/${draftId}.docx`,
        headers: { cookie: office },
      });
      expect(docx.statusCode).toBe(200);
      expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
      // A reader outside the commune sees nothing.
      const sontay = await t.login('vanphong.sontay');
      expect((await t.app.inject({ url, headers: { cookie: sontay } })).statusCode).toBe(404);
      // The chair issues it (document.issue): a number from the register.
      const chair = await t.login('bithu');
      const issued = await t.app.inject({
        method: 'POST',
        url: `${url}/issue`,
        headers: { cookie: chair },
      });
      expect(issued.statusCode).toBe(201);
      expect(issued.json().numberText).toMatch(/^Số \d+-BC\/ĐU$/);
      const again = await t.app.inject({
        method: 'PUT',
        url,
        headers: { cookie: office },
        payload: report.wording,
      });
      expect(again.statusCode).toBe(422);
      expect(again.json().error.message).toMatch(/đã ban hành/);
      const bad = await t.app.inject({
        url: `/api/units/${sg.id}/reports/quarter:${year}:5`,
        headers: { cookie: office },
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.message).toMatch(/Kỳ báo cáo không hợp lệ/);
    },
  );
});
