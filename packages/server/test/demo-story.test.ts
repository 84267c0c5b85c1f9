// Issue 20, the demo tells the story: 2022 in the three-tier tree (the reference plan drafted from
// it with the 2022 profile and its 2022 header), the merger of 1/7/2025 recorded through the
// merger operation (Nghị quyết 1665/NQ-UBTVQH15) with petitions open across it, and 2026 in the
// two-tier tree (the commune directly under the province, the 2026 profile's wording, the province
// oversight login `tinh`). SQLite and PostgreSQL. Faked: nothing (the demo loads through the use cases).
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectCases } from './support/databases.js';
import { startTestApp, type TestApp } from './support/test-app.js';

async function docxText(buf: Buffer): Promise<string> {
  const xml = await (await JSZip.loadAsync(buf)).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n');
}

describe.each(dialectCases)('the demo’s story on $dialect', ({ dialect, skip }) => {
  let t: TestApp;
  beforeAll(async () => {
    if (!skip) t = await startTestApp(dialect);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  const unit = (slug: string) =>
    t.deps.db.kysely
      .selectFrom('unit')
      .leftJoin('unit_validity as v', 'v.unit_id', 'unit.id')
      .select([
        'unit.id',
        'unit.code',
        'unit.name',
        'unit.parent_id',
        'v.valid_from',
        'v.valid_to',
        'v.successor_id',
      ])
      .where('slug', '=', slug)
      .executeTakeFirstOrThrow();

  async function planText(cookie: string, unitId: string, year: number) {
    const plan = await t.deps.db.kysely
      .selectFrom('plan')
      .select(['document_id', 'profile_code'])
      .where('unit_id', '=', unitId)
      .where('year', '=', year)
      .executeTakeFirstOrThrow();
    const docx = await t.app.inject({
      url: `/api/documents/ke-hoach/${plan.document_id}.docx`,
      headers: { cookie },
    });
    expect(docx.statusCode, docx.body.slice(0, 200)).toBe(200);
    return { profile: plan.profile_code, text: await docxText(docx.rawPayload) };
  }

  it.skipIf(skip)(
    '2022 under the district, the merger of 1/7/2025, 2026 under the province',
    async () => {
      const [province, district, oldSonGiang, sonHa, sonGiang, sonTay] = await Promise.all(
        ['ha-tinh', 'huong-son', 'son-giang-truoc-2025', 'son-ha', 'son-giang', 'son-tay'].map(
          unit,
        ),
      );
      // The tree: the district ended on 30/6/2025; the new commune (slug son-giang) stands under the province from 1/7/2025.
      expect(district.valid_to).toBe('2025-06-30');
      expect(sonGiang).toMatchObject({
        name: 'Xã Sơn Giang',
        parent_id: province.id,
        valid_from: '2025-07-01',
        valid_to: null,
      });
      expect(oldSonGiang).toMatchObject({
        code: '18184',
        name: 'Xã Sơn Giang',
        valid_to: '2025-06-30',
        successor_id: sonGiang.id,
      });
      expect(sonHa).toMatchObject({ valid_to: '2025-06-30', successor_id: sonGiang.id });
      expect(sonTay.parent_id).toBe(province.id);

      // Recorded as the merger operation records it, with its legal basis, and audited.
      const changes = await t.deps.db.kysely
        .selectFrom('unit_change')
        .select(['kind', 'state', 'effective_on', 'legal_basis'])
        .orderBy('proposed_at')
        .execute();
      expect(changes.map((c) => [c.kind, c.state, c.effective_on])).toEqual([
        ['merger', 'confirmed', '2025-07-01'],
        ['parent-change', 'confirmed', '2025-07-01'],
      ]);
      expect(changes.every((c) => c.legal_basis.includes('Nghị quyết 1665/NQ-UBTVQH15'))).toBe(
        true,
      );
      const audited = await t.deps.db.kysely
        .selectFrom('audit_event')
        .select('action')
        .where('entity', '=', 'unit_change')
        .execute();
      expect(audited.filter((a) => a.action === 'unit.change.confirm')).toHaveLength(2);

      // Petitions open across the date: received by the old commune, moved with the merger, answered by the new one.
      const straddling = await t.deps.db.kysely
        .selectFrom('matter')
        .select(['id', 'unit_id', 'state', 'received_on'])
        .where('received_on', '<', '2025-07-01')
        .execute();
      expect(straddling.length).toBeGreaterThanOrEqual(2);
      for (const m of straddling) {
        expect(m.unit_id).toBe(sonGiang.id);
        const states = await t.deps.db.kysely
          .selectFrom('matter_state_change')
          .select(['to_state', 'at'])
          .where('matter_id', '=', m.id)
          .orderBy('at')
          .execute();
        expect(states[0]!.at < '2025-07-01', 'open before the merger').toBe(true);
        expect(states.at(-1)!.at > '2025-07-01', 'answered after it').toBe(true);
      }

      // The 2022 plan: the district's header, the 2022 profile's wording.
      const chair = await t.login('bithu');
      const y2022 = await planText(chair, oldSonGiang.id, 2022);
      expect(y2022.profile).toBe('ha-tinh-657');
      expect(y2022.text).toContain('ĐẢNG BỘ HUYỆN HƯƠNG SƠN\nĐẢNG ỦY XÃ SƠN GIANG');
      expect(y2022.text).toContain('Đại diện lãnh đạo Ban Dân vận Huyện ủy, Ủy ban MTTQ huyện;');
      expect(y2022.text).toContain('Quyết định 657-QĐ/TU');
      expect(y2022.text).toContain('Sơn Giang, ngày 15 tháng 02 năm 2022');

      // This year's plan at the new commune: the province's header and the two-tier wording.
      const year = Number(
        (
          await t.deps.db.kysely
            .selectFrom('plan')
            .select('year')
            .where('unit_id', '=', sonGiang.id)
            .executeTakeFirstOrThrow()
        ).year,
      );
      const now = await planText(chair, sonGiang.id, year);
      expect(now.profile).toBe('ha-tinh-hai-cap');
      expect(now.text).toContain('ĐẢNG BỘ TỈNH HÀ TĨNH\nĐẢNG ỦY XÃ SƠN GIANG');
      expect(now.text).toContain('Đại diện lãnh đạo Ban Dân vận Tỉnh ủy, Ủy ban MTTQ tỉnh;');
      expect(now.text).toContain('Kết luận 215-KL/TW');
      expect(now.text).not.toMatch(/Huyện ủy|HUYỆN/);
      // So do this year's conclusion notices (their recipients above the commune).
      const drafts = await t.deps.db.kysely
        .selectFrom('dialogue_session')
        .select(['id', 'conclusion_draft'])
        .where('unit_id', '=', sonGiang.id)
        .where('conclusion_draft', 'is not', null)
        .execute();
      expect(drafts.length).toBe(2);
      for (const d of drafts)
        expect(JSON.parse(d.conclusion_draft!).recipients[0]).toBe(
          'Thường trực Tỉnh ủy, Ban Dân vận Tỉnh ủy, Ủy ban MTTQ tỉnh (để b/c);',
        );
      // A draft not yet saved starts with the same line, from the profile in force today.
      await t.deps.db.kysely
        .updateTable('dialogue_session')
        .set({ conclusion_draft: null })
        .where('id', '=', drafts[0]!.id)
        .execute();
      const office = await t.login('vanphong');
      const starting = await t.app.inject({
        url: `/api/sessions/${drafts[0]!.id}/conclusion`,
        headers: { cookie: office },
      });
      expect(starting.statusCode, starting.body).toBe(200);
      expect(starting.json().saved).toBe(false);
      expect(starting.json().draft.recipients[0]).toBe(
        'Thường trực Tỉnh ủy, Ban Dân vận Tỉnh ủy, Ủy ban MTTQ tỉnh (để b/c);',
      );

      // The province's oversight (tinh, Ban Dân vận Tỉnh ủy) sees the commune; the district's login is gone.
      const tinh = await t.login('tinh');
      const res = await t.app.inject({
        url: `/api/units/${province.id}/oversight?year=${year}`,
        headers: { cookie: tinh },
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().rows.map((r: { name: string }) => r.name)).toEqual([
        'Xã Sơn Giang',
        'Xã Sơn Tây (demo)',
      ]);
      const then = (
        await t.app.inject({
          url: `/api/units/${province.id}/oversight?year=2022`,
          headers: { cookie: tinh },
        })
      ).json();
      expect(then.rows.map((r: { name: string }) => r.name)).toEqual([
        'Xã Sơn Giang',
        'Xã Sơn Hà (demo)',
        'Xã Sơn Tây (demo)',
      ]);
      expect(then.rows[0].unitId).toBe(oldSonGiang.id);
      expect(
        (
          await t.app.inject({
            url: `/api/units/${sonGiang.id}/opinions`,
            headers: { cookie: tinh },
          })
        ).statusCode,
      ).toBe(200);
      await expect(t.login('huyen')).rejects.toThrow(/login huyen/);
    },
    120_000,
  );
});
