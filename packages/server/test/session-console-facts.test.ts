// What the session console shows live, both databases: attendance per composition that adds up
// to the total (the demo's 142 and 128 are sums of their parts; a total sent with the parts is
// replaced by their sum), and "who asks" filled on a question prepared from a matter on file
// (its first petitioner, in full for the office, masked for an official).
import { describe, expect, it } from 'vitest';
import { dialectCases } from './support/databases.js';
import { sonGiang } from './support/opinion-fixtures.js';
import { startTestApp } from './support/test-app.js';

interface Detail {
  id: string;
  version: number;
  attendanceTotal: number | null;
  attendanceRev: number;
  state: string;
  participants: { composition: string; invited: number | null; present: number | null }[];
  agenda: {
    id: string;
    matterId: string | null;
    fromFloor: boolean;
    speakerName: string | null;
    speakerVillage: string | null;
    speakerFrom: string;
  }[];
}

describe.each(dialectCases)('session console facts on $dialect', ({ dialect, skip }) => {
  it.skipIf(skip)('attendance sums its parts; the first question names who asks', async () => {
    const t = await startTestApp(dialect);
    try {
      const office = await t.login('vanphong');
      const official = await t.login('congchuc');
      const { sg } = await sonGiang(t, office);
      const write = { 'content-type': 'application/json', origin: 'http://localhost:3999' };
      const get = async (cookie: string, id: string) => {
        const res = await t.app.inject({ url: `/api/sessions/${id}`, headers: { cookie } });
        expect(res.statusCode, res.body).toBe(200);
        return res.json() as Detail;
      };

      // The demo's held rounds: each total is the sum of those present per composition.
      const { sessions } = (
        await t.app.inject({ url: `/api/units/${sg.id}/sessions`, headers: { cookie: office } })
      ).json() as { sessions: { id: string; round: number | null; state: string }[] };
      const held = sessions.filter((s) => s.round !== null && s.state !== 'planned');
      expect(held.length).toBe(2);
      const totals = [];
      for (const s of held) {
        const d = await get(office, s.id);
        expect(d.participants.length).toBe(4);
        expect(
          d.participants.every(
            (p) => p.invited !== null && p.present !== null && p.present <= p.invited,
          ),
        ).toBe(true);
        expect(d.attendanceTotal).toBe(d.participants.reduce((n, p) => n + p.present!, 0));
        totals.push(d.attendanceTotal);
      }
      expect(totals.sort()).toEqual([128, 142]);

      // A new session, scheduled with two compositions: its agenda takes the matters on file.
      const created = await t.app.inject({
        method: 'POST',
        url: `/api/units/${sg.id}/sessions`,
        headers: { cookie: office, ...write },
        payload: { reason: 'Sạt lở bờ sông thôn Giang Hà, cần đối thoại ngay' },
      });
      expect(created.statusCode, created.body).toBe(201);
      const id = (created.json() as { id: string }).id;
      const today = ((await get(office, id)) as unknown as { today: string }).today;
      const scheduled = await t.app.inject({
        method: 'POST',
        url: `/api/sessions/${id}/schedule`,
        headers: { cookie: office, ...write },
        payload: {
          date: today,
          startTime: '07:30',
          venue: 'Hội trường UBND xã',
          chairs: ['Đồng chí Chủ tịch UBND xã'],
          topics: [],
          version: (await get(office, id)).version,
          participants: [
            { composition: 'Nhân dân thôn Giang Hà', invited: 80 },
            { composition: 'Trưởng các thôn', invited: 12 },
          ],
        },
      });
      expect(scheduled.statusCode, scheduled.body).toBe(200);

      // A total that disagrees with its parts is replaced by their sum.
      const saved = await t.app.inject({
        method: 'PUT',
        url: `/api/sessions/${id}/attendance`,
        headers: { cookie: office, ...write },
        payload: {
          rev: 1,
          total: 128,
          groups: [
            { composition: 'Nhân dân thôn Giang Hà', present: 70 },
            { composition: 'Trưởng các thôn', present: 11 },
          ],
        },
      });
      expect(saved.statusCode, saved.body).toBe(200);
      expect((await get(office, id)).attendanceTotal).toBe(81);
      await t.app.inject({
        method: 'PUT',
        url: `/api/sessions/${id}/attendance`,
        headers: { cookie: office, ...write },
        payload: { rev: 2, total: 81, groups: [{ composition: 'Trưởng các thôn', present: 12 }] },
      });
      const after = await get(office, id);
      expect(after.attendanceTotal).toBe(82);
      expect(after.participants.map((p) => p.present)).toEqual([70, 12]);

      // Who asks: the first question is never blank. A prepared question takes the matter's first
      // petitioner (masked for an official), else the voters of its village.
      expect(after.agenda[0]!.speakerName).toBeTruthy();
      const k = t.deps.db.kysely;
      const prepared = after.agenda.filter((i) => !i.fromFloor && i.matterId);
      expect(prepared.length).toBeGreaterThan(3);
      const forOfficial = new Map((await get(official, id)).agenda.map((i) => [i.id, i]));
      const seen = new Set<string>();
      for (const item of prepared) {
        const petitioner = await k
          .selectFrom('raising')
          .innerJoin('petitioner as p', 'p.id', 'raising.petitioner_id')
          .leftJoin('unit as v', 'v.id', 'p.village_id')
          .select(['p.full_name', 'v.name'])
          .where('raising.matter_id', '=', item.matterId)
          .where('p.full_name', 'is not', null)
          .orderBy('raising.created_at')
          .orderBy('raising.id')
          .executeTakeFirst();
        const matter = await k
          .selectFrom('matter as m')
          .leftJoin('unit as v', 'v.id', 'm.village_id')
          .select('v.name')
          .where('m.id', '=', item.matterId)
          .executeTakeFirstOrThrow();
        if (petitioner) {
          seen.add('petitioner');
          expect(item).toMatchObject({
            speakerName: petitioner.full_name,
            speakerVillage: petitioner.name,
            speakerFrom: 'petitioner',
          });
          expect(forOfficial.get(item.id)!.speakerName).not.toBe(petitioner.full_name);
          expect(forOfficial.get(item.id)!.speakerName).toMatch(/^(Ông|Bà) [A-ZĐ]\./u);
        } else if (item.speakerFrom === 'group' && matter.name) {
          seen.add('group');
          const organisation = await k
            .selectFrom('raising')
            .innerJoin('organisation as o', 'o.id', 'raising.source_organisation_id')
            .select('o.name')
            .where('raising.matter_id', '=', item.matterId)
            .orderBy('raising.created_at')
            .orderBy('raising.id')
            .executeTakeFirst();
          expect(item.speakerName).toBe(
            organisation?.name ?? `Cử tri ${matter.name.replace(/^Thôn /u, 'thôn ')}`,
          );
          expect(forOfficial.get(item.id)!.speakerName).toBe(item.speakerName);
        }
      }
      expect([...seen].sort()).toEqual(['group', 'petitioner']);
    } finally {
      await t.close();
    }
  });
});
