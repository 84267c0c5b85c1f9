// Issue 20, "done when" (units in time): three demo communes merge into one on a date, through
// the API as the province administrator: the proposal changes nothing and can be undone; once
// confirmed, open matters are at the successor with their due dates unchanged (its worklist and
// search show them), closed history stays with the old commune and is found by search from the
// successor, users and routing moved, and documents carry the header of their day: dated before
// the merger, ĐẢNG BỘ TỈNH HÀ TĨNH / ĐẢNG ỦY XÃ SƠN GIANG (the demo's 2026, two tiers; 2022 under
// ĐẢNG BỘ HUYỆN HƯƠNG SƠN); after it, ĐẢNG ỦY XÃ SƠN HÒA. Then a change of parent (a district
// abolished) on its own. SQLite and PostgreSQL. Faked: nothing; the third commune, and the district
// of the second test, are inserted here (the demo's 2026 has two communes, and no district).
import { addDays, type PlanContent } from '@doithoai/core';
import { renderDocx } from '@doithoai/documents';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { newId, nowIso } from '../src/db/ids.js';
import { planDocument } from '../src/plan/plan-document.js';
import { todayInVietnam } from '../src/shared/clock.js';
import { moveOpinion } from '../src/opinion/move-opinion.js';
import { dialectCases } from './support/databases.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { communeHeader } from '../src/unit/commune-header.js';

const NQ = 'Nghị quyết 1665/NQ-UBTVQH15';

async function docxText(buf: Buffer): Promise<string> {
  const xml = await (await JSZip.loadAsync(buf)).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n');
}

describe.each(dialectCases)('units in time on $dialect', ({ dialect, skip }) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  const unitByCode = async (code: string) =>
    t!.deps.db.kysely
      .selectFrom('unit')
      .selectAll()
      .where('code', '=', code)
      .executeTakeFirstOrThrow();

  /** A unit inserted under `parent` (a third commune under the province; a district for the second test). */
  async function addUnit(
    parent: { id: string; path: string; depth: number },
    code: string,
    name: string,
    kind: 'xa' | 'huyen' | 'thon',
  ) {
    const k = t!.deps.db.kysely;
    const id = newId();
    const at = nowIso();
    await k
      .insertInto('unit')
      .values({
        id,
        parent_id: parent.id,
        code,
        slug: code,
        name,
        kind,
        path: `${parent.path}${id}/`,
        depth: parent.depth + 1,
        profile_code: null,
        created_at: at,
        updated_at: at,
      })
      .execute();
    return { id, path: `${parent.path}${id}/`, depth: parent.depth + 1 };
  }

  const search = async (cookie: string, unitId: string, q = '') => {
    const res = await t!.app.inject({
      url: `/api/units/${unitId}/opinions?limit=200${q ? `&q=${encodeURIComponent(q)}` : ''}`,
      headers: { cookie },
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items as {
      id: string;
      unitId: string;
      state: string;
      dueOn: string | null;
      content: string;
    }[];
  };

  it.skipIf(skip)(
    'merges three communes: open matters and their deadlines move, history is found from the successor, headers follow the date',
    async () => {
      t = await startTestApp(dialect);
      const k = t.deps.db.kysely;
      const [ht, sg, st] = await Promise.all(
        ['42', 'demo-son-giang', 'demo-son-tay'].map(unitByCode),
      );
      const sl = (await addUnit(ht!, 'demo-son-lam', 'Xã Sơn Lâm', 'xa')).id;
      const admin = await t.login('admin');
      const office = await t.login('vanphong');
      const today = todayInVietnam();
      const on = addDays(today, 1);

      // Closed history at Sơn Giang: one matter refused (not taken up), through the use case.
      const officeActor = {
        userId: (
          await k
            .selectFrom('user')
            .select('id')
            .where('username', '=', 'vanphong')
            .executeTakeFirstOrThrow()
        ).id,
        grants: [{ role: 'office' as const, unitId: sg!.id, unitPath: sg!.path }],
      };
      const received = await k
        .selectFrom('matter')
        .select(['id', 'version', 'content'])
        .where('unit_id', '=', sg!.id)
        .where('state', 'in', ['received', 'classified', 'assigned'])
        .orderBy('seq')
        .executeTakeFirstOrThrow();
      await moveOpinion({ db: t.deps.db }, officeActor, received.id, {
        to: 'rejected',
        reason: 'Không thuộc thẩm quyền, đã hướng dẫn công dân',
        version: received.version,
      });

      const before = await search(office, sg!.id);
      const openBefore = before.filter(
        (m) => !['closed', 'rejected', 'withdrawn', 'merged'].includes(m.state),
      );
      const withDue = openBefore.filter((m) => m.dueOn);
      expect(withDue.length, 'the demo has open matters with deadlines').toBeGreaterThanOrEqual(3);
      const routesBefore = await k
        .selectFrom('opinion_route')
        .select('id')
        .where('unit_id', '=', sg!.id)
        .execute();

      // Propose: recorded, nothing moves; undo works while proposed.
      const proposal = {
        kind: 'merger',
        effectiveOn: on,
        legalBasis: NQ,
        predecessorIds: [sg!.id, st!.id, sl],
        parentId: ht!.id,
        successor: { code: 'demo-son-hoa', name: 'Xã Sơn Hòa', kind: 'xa' },
      };
      const notAdmin = await t.app.inject({
        method: 'POST',
        url: `/api/units/${ht!.id}/changes`,
        headers: { cookie: office },
        payload: proposal,
      });
      expect(notAdmin.statusCode, 'the commune office may not merge communes').toBe(404);
      const first = await t.app.inject({
        method: 'POST',
        url: `/api/units/${ht!.id}/changes`,
        headers: { cookie: admin },
        payload: proposal,
      });
      expect(first.statusCode, first.body).toBe(201);
      expect(first.json()).toMatchObject({
        state: 'proposed',
        kind: 'merger',
        legalBasis: NQ,
        effectiveOn: on,
      });
      expect(
        (await k.selectFrom('unit').select('id').where('code', '=', 'demo-son-hoa').execute())
          .length,
      ).toBe(0);
      const undone = await t.app.inject({
        method: 'POST',
        url: `/api/units/${ht!.id}/changes/${first.json().id}/undo`,
        headers: { cookie: admin },
        payload: { reason: 'Nhập sai ngày' },
      });
      expect(undone.statusCode, undone.body).toBe(200);
      expect(undone.json().state).toBe('undone');
      const confirmUndone = await t.app.inject({
        method: 'POST',
        url: `/api/units/${ht!.id}/changes/${first.json().id}/confirm`,
        headers: { cookie: admin },
      });
      expect(confirmUndone.statusCode).toBe(422);
      expect((await search(office, sg!.id)).length).toBe(before.length);

      // A commune listed twice, or a village among communes, is refused.
      const bad = await t.app.inject({
        method: 'POST',
        url: `/api/units/${ht!.id}/changes`,
        headers: { cookie: admin },
        payload: { ...proposal, predecessorIds: [sg!.id, sg!.id] },
      });
      expect(bad.statusCode).toBe(400);

      // Propose again and confirm.
      const second = await t.app.inject({
        method: 'POST',
        url: `/api/units/${ht!.id}/changes`,
        headers: { cookie: admin },
        payload: proposal,
      });
      expect(second.statusCode, second.body).toBe(201);
      const confirmed = await t.app.inject({
        method: 'POST',
        url: `/api/units/${ht!.id}/changes/${second.json().id}/confirm`,
        headers: { cookie: admin },
      });
      expect(confirmed.statusCode, confirmed.body).toBe(200);
      expect(confirmed.json().state).toBe('confirmed');
      const again = await t.app.inject({
        method: 'POST',
        url: `/api/units/${ht!.id}/changes/${second.json().id}/undo`,
        headers: { cookie: admin },
        payload: {},
      });
      expect(again.statusCode, 'a confirmed change is history').toBe(422);
      const listed = (
        await t.app.inject({ url: `/api/units/${ht!.id}/changes`, headers: { cookie: admin } })
      ).json().changes;
      // The demo's two changes of 1/7/2025 (a merger and a change of parent, confirmed), then these two.
      expect(listed.map((c: { state: string }) => c.state).sort()).toEqual([
        'confirmed',
        'confirmed',
        'confirmed',
        'undone',
      ]);

      const sh = await unitByCode('demo-son-hoa');
      expect(sh).toMatchObject({ parent_id: ht!.id, kind: 'xa', slug: 'son-hoa' });
      const validity = (id: string) =>
        k
          .selectFrom('unit_validity')
          .select(['valid_from', 'valid_to', 'successor_id'])
          .where('unit_id', '=', id)
          .executeTakeFirst();
      expect(await validity(sh.id)).toEqual({ valid_from: on, valid_to: null, successor_id: null });
      const lastDay = addDays(on, -1);
      for (const id of [sg!.id, st!.id, sl]) {
        // Sơn Giang itself began on 1/7/2025 (the demo's merger).
        expect(await validity(id)).toEqual({
          valid_from: id === sg!.id ? '2025-07-01' : null,
          valid_to: lastDay,
          successor_id: sh.id,
        });
        expect(
          (
            await k
              .selectFrom('unit')
              .select('parent_id')
              .where('id', '=', id)
              .executeTakeFirstOrThrow()
          ).parent_id,
        ).toBe(sh.id);
      }
      // Villages now stand directly under the new commune.
      const villages = await k
        .selectFrom('unit')
        .select(['name', 'parent_id'])
        .where('kind', '=', 'thon')
        .execute();
      expect(villages.every((v) => v.parent_id === sh.id)).toBe(true);

      // The tree as it stood: three tiers the day before, two from the date (the old communes hidden).
      type Node = { id: string; name: string; validTo: string | null; children: Node[] };
      const treeOn = async (date?: string) => {
        const res = await t!.app.inject({
          url: `/api/units/tree${date ? `?on=${date}` : ''}`,
          headers: { cookie: admin },
        });
        expect(res.statusCode, res.body).toBe(200);
        const names = (n: Node): unknown => ({
          [n.name]: n.children
            .filter((c) => c.children.length || !c.name.startsWith('Thôn'))
            .map(names),
        });
        return (res.json().units as Node[]).map(names);
      };
      expect(JSON.stringify(await treeOn(lastDay))).toContain(
        '{"Tỉnh Hà Tĩnh":[{"Xã Sơn Giang":[]},{"Xã Sơn Lâm":[]},{"Xã Sơn Tây (demo)":[]}]}',
      );
      // In 2022 (three tiers) the demo's old Sơn Giang, Sơn Hà and Sơn Tây stood under Hương Sơn.
      expect(JSON.stringify(await treeOn('2022-05-01'))).toMatch(
        /\{"Huyện Hương Sơn":\[(\{"Xã Sơn (Giang|Hà \(demo\)|Tây \(demo\))":\[\]\},?){3}\]\}/,
      );
      const after = JSON.stringify(await treeOn(on));
      expect(after).toContain('{"Xã Sơn Hòa":[]}');
      expect(after).not.toContain('Sơn Giang');
      // Today's tree keeps the old communes, under their successor, with their last day.
      const current = (await t.app.inject({ url: '/api/units/tree', headers: { cookie: admin } }))
        .body;
      expect(current).toContain(`"name":"Xã Sơn Giang","kind":"xa"`);
      expect(
        current.match(new RegExp(`"validTo":"${lastDay}","successorId":"${sh.id}"`, 'g'))?.length,
      ).toBe(3);
      expect(
        (await t.app.inject({ url: '/api/units/tree?on=2025-02-30', headers: { cookie: admin } }))
          .statusCode,
      ).toBe(400);

      // The office's login moved with its commune: it now works at Sơn Hòa (a fresh session reads it).
      const officeNow = await t.login('vanphong');
      const me = (await t.app.inject({ url: '/api/me', headers: { cookie: officeNow } })).json();
      expect(JSON.stringify(me)).toContain(sh.id);
      expect(
        (await k.selectFrom('role_grant').select('id').where('unit_id', '=', sg!.id).execute())
          .length,
      ).toBe(0);
      expect(
        (await k.selectFrom('opinion_route').select('id').where('unit_id', '=', sh.id).execute())
          .length,
      ).toBe(routesBefore.length);

      // Open matters and their deadlines: due at the successor, unchanged.
      const atSuccessor = await search(officeNow, sh.id);
      const byId = new Map(atSuccessor.map((m) => [m.id, m]));
      for (const m of openBefore) {
        expect(byId.get(m.id)?.unitId, m.content).toBe(sh.id);
        expect(byId.get(m.id)?.dueOn, m.content).toBe(m.dueOn);
      }
      const worklist = await t.app.inject({
        url: `/api/units/${sh.id}/follow-up`,
        headers: { cookie: officeNow },
      });
      expect(worklist.statusCode, worklist.body).toBe(200);
      const inFollowUp = withDue.filter((x) =>
        ['carried-over', 'in-follow-up', 'complex', 'escalated'].includes(x.state),
      );
      expect(inFollowUp.length, 'carried-over matters of the demo').toBeGreaterThanOrEqual(2);
      for (const m of inFollowUp) {
        expect(worklist.body, `${m.content} in the successor's worklist`).toContain(m.id);
      }

      // Closed history stays with Sơn Giang, and search from the successor still finds it.
      const rejected = await k
        .selectFrom('matter')
        .select(['unit_id', 'state'])
        .where('id', '=', received.id)
        .executeTakeFirstOrThrow();
      expect(rejected).toEqual({ unit_id: sg!.id, state: 'rejected' });
      const words = received.content.split(/\s+/).slice(0, 3).join(' ');
      const found = await search(officeNow, sh.id, words);
      expect(
        found.find((m) => m.id === received.id)?.unitId,
        'the refused matter, found from Sơn Hòa, still belongs to Sơn Giang',
      ).toBe(sg!.id);
      // The province's oversight reaches the new commune.
      const tinh = await t.login('tinh');
      expect(
        (await t.app.inject({ url: `/api/units/${sh.id}/opinions`, headers: { cookie: tinh } }))
          .statusCode,
      ).toBe(200);

      // Headers of their day: the demo plan (dated today, before the merger) through the API…
      const chair = await t.login('bithu');
      const { documents } = (
        await t.app.inject({ url: '/api/documents?kind=ke-hoach', headers: { cookie: chair } })
      ).json();
      const plan =
        documents.find((d: { unitId?: string }) => !d.unitId || d.unitId === sg!.id) ??
        documents[0];
      const docx = await t.app.inject({
        url: `/api/documents/ke-hoach/${plan.id}.docx`,
        headers: { cookie: chair },
      });
      expect(docx.statusCode, docx.body.slice(0, 200)).toBe(200);
      const oldText = await docxText(docx.rawPayload);
      expect(oldText).toContain('ĐẢNG BỘ TỈNH HÀ TĨNH\nĐẢNG ỦY XÃ SƠN GIANG');

      // …and the same plan's content as a document dated after it, of the successor.
      const content = JSON.parse(
        (
          await k
            .selectFrom('plan')
            .select('content')
            .where('unit_id', '=', sg!.id)
            .executeTakeFirstOrThrow()
        ).content,
      ) as PlanContent;
      const later = addDays(on, 30);
      const newText = await docxText(
        await renderDocx(await planDocument(k, sh.id, content, later)),
      );
      expect(newText).toContain('ĐẢNG BỘ TỈNH HÀ TĨNH');
      expect(newText).toContain('ĐẢNG ỦY XÃ SƠN HÒA');
      expect(newText).not.toContain('HƯƠNG SƠN\n');
      // A letter of an old commune's matter written after the merger goes out under its successor.
      expect(await communeHeader(k, sg!.id, 'state', later)).toEqual({
        issuingBody: 'ỦY BAN NHÂN DÂN\nXÃ SƠN HÒA',
      });
      expect(await communeHeader(k, sg!.id, 'state', today)).toEqual({
        issuingBody: 'ỦY BAN NHÂN DÂN\nXÃ SƠN GIANG',
      });
      expect(await communeHeader(k, st!.id, 'party', '2022-05-01')).toEqual({
        parentBody: 'ĐẢNG BỘ HUYỆN HƯƠNG SƠN',
        issuingBody: 'ĐẢNG ỦY XÃ SƠN TÂY (DEMO)',
      });

      // Audited: proposal, undo, proposal, confirm, with the legal basis.
      const demoChanges = 4; // the demo's merger and change of parent of 1/7/2025, each proposed and confirmed
      const audit = (
        await k
          .selectFrom('audit_event')
          .select(['action', 'reason', 'detail'])
          .where('entity', '=', 'unit_change')
          .orderBy('seq')
          .execute()
      ).slice(demoChanges);
      expect(audit.map((a) => a.action)).toEqual([
        'unit.change.propose',
        'unit.change.undo',
        'unit.change.propose',
        'unit.change.confirm',
      ]);
      expect(audit.at(-1)!.reason).toBe(NQ);
      expect(JSON.parse(audit.at(-1)!.detail).openMatters).toBe(openBefore.length);
    },
    120_000,
  );

  it.skipIf(skip)(
    'a district abolished: its communes stand under the province from the date, the header follows',
    async () => {
      t = await startTestApp(dialect);
      const k = t.deps.db.kysely;
      const ht = await unitByCode('42');
      // The demo's own: Sơn Tây stood under Hương Sơn until 30/6/2025, under the province from 1/7/2025.
      const [hs, st] = await Promise.all(['436', 'demo-son-tay'].map(unitByCode));
      expect(await communeHeader(k, st!.id, 'party', '2025-06-30')).toEqual({
        parentBody: 'ĐẢNG BỘ HUYỆN HƯƠNG SƠN',
        issuingBody: 'ĐẢNG ỦY XÃ SƠN TÂY (DEMO)',
      });
      expect(await communeHeader(k, st!.id, 'party', '2025-07-01')).toEqual({
        parentBody: 'ĐẢNG BỘ TỈNH HÀ TĨNH',
        issuingBody: 'ĐẢNG ỦY XÃ SƠN TÂY (DEMO)',
      });
      expect(
        (
          await k
            .selectFrom('unit_validity')
            .select('valid_to')
            .where('unit_id', '=', hs!.id)
            .executeTakeFirstOrThrow()
        ).valid_to,
      ).toBe('2025-06-30');

      // One more, through the API: a district inserted here with one commune (and a village), abolished from tomorrow.
      const district = await addUnit(ht!, 'demo-huyen-thu', 'Huyện Thử (demo)', 'huyen');
      const commune = await addUnit(district, 'demo-xa-thu', 'Xã Thử (demo)', 'xa');
      await addUnit(commune, 'demo-xa-thu-01', 'Thôn Một', 'thon');
      const today = todayInVietnam();
      const on = addDays(today, 1);
      const admin = await t.login('admin');
      const payload = {
        kind: 'parent-change',
        effectiveOn: on,
        legalBasis: 'Kết luận 215-KL/TW; Nghị quyết 1665/NQ-UBTVQH15',
        unitIds: [commune.id],
        toParentId: ht!.id,
        retireFormerParent: true,
      };
      const proposed = await t.app.inject({
        method: 'POST',
        url: `/api/units/${ht!.id}/changes`,
        headers: { cookie: admin },
        payload,
      });
      expect(proposed.statusCode, proposed.body).toBe(201);
      // Until confirmed, the header stays the district's for any date.
      expect((await communeHeader(k, commune.id, 'party', addDays(on, 30))).parentBody).toBe(
        'ĐẢNG BỘ HUYỆN THỬ (DEMO)',
      );
      const confirmed = await t.app.inject({
        method: 'POST',
        url: `/api/units/${ht!.id}/changes/${proposed.json().id}/confirm`,
        headers: { cookie: admin },
      });
      expect(confirmed.statusCode, confirmed.body).toBe(200);

      expect(await communeHeader(k, commune.id, 'party', '2022-05-01')).toEqual({
        parentBody: 'ĐẢNG BỘ HUYỆN THỬ (DEMO)',
        issuingBody: 'ĐẢNG ỦY XÃ THỬ (DEMO)',
      });
      expect(await communeHeader(k, commune.id, 'party', today)).toEqual({
        parentBody: 'ĐẢNG BỘ HUYỆN THỬ (DEMO)',
        issuingBody: 'ĐẢNG ỦY XÃ THỬ (DEMO)',
      });
      expect(await communeHeader(k, commune.id, 'party', on)).toEqual({
        parentBody: 'ĐẢNG BỘ TỈNH HÀ TĨNH',
        issuingBody: 'ĐẢNG ỦY XÃ THỬ (DEMO)',
      });
      expect(
        (
          await k
            .selectFrom('unit_validity')
            .select(['valid_to'])
            .where('unit_id', '=', district.id)
            .executeTakeFirstOrThrow()
        ).valid_to,
      ).toBe(today);
      const moved = await k
        .selectFrom('unit')
        .select(['path', 'depth', 'parent_id'])
        .where('id', '=', commune.id)
        .executeTakeFirstOrThrow();
      expect(moved).toEqual({ path: `${ht!.path}${commune.id}/`, depth: 1, parent_id: ht!.id });
      const village = await k
        .selectFrom('unit')
        .select(['path', 'depth'])
        .where('parent_id', '=', commune.id)
        .executeTakeFirstOrThrow();
      expect(village.path.startsWith(moved.path)).toBe(true);
      expect(village.depth).toBe(2);

      // The demo commune's own users kept working after the demo's change; no dashboard copy of a path still runs through the district.
      const office = await t.login('vanphong.sontay');
      expect(
        (await t.app.inject({ url: `/api/units/${st!.id}/opinions`, headers: { cookie: office } }))
          .statusCode,
      ).toBe(200);
      const stale = await k
        .selectFrom('report_answer_fact')
        .select('unit_path')
        .where('unit_path', 'like', `%${hs!.id}%`)
        .execute();
      expect(stale).toEqual([]);
    },
    120_000,
  );
});
