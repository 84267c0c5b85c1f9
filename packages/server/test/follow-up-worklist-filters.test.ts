// The follow-up worklist's filters and paging (field, village, official, round, unassigned,
// overdue; offset/limit), on the demo's four carried-over matters, both databases. The round-1
// land question from the floor is overdue with nobody named: it is on the office's worklist
// (unassigned=1&overdue=1) and on no official's, until the office names one from the list.
import { describe, expect, it } from 'vitest';
import { dialectCases } from './support/databases.js';
import { sonGiang } from './support/opinion-fixtures.js';
import { startTestApp } from './support/test-app.js';

interface Item { matterId: string; content: string; field: string | null; round: number | null; villageId: string | null; villageName: string | null; urgency: string; due: { date: string }; official: { personId: string | null; name: string } }
interface Worklist { today: string; items: Item[]; total: number; offset: number; limit: number; can: string[]; officials: { personId: string; name: string }[]; villages: { id: string; name: string }[]; rounds: number[] }

describe.each(dialectCases)('follow-up worklist filters on $dialect', ({ dialect, skip }) => {
  it.skipIf(skip)('filters by field, village, official, round, unassigned and overdue, pages, and assigns an unassigned overdue matter', async () => {
    const t = await startTestApp(dialect);
    try {
      const office = await t.login('vanphong');
      const official = await t.login('congchuc');
      const { sg, village } = await sonGiang(t, office);
      const list = async (cookie: string, query = '') => {
        const res = await t.app.inject({ url: `/api/units/${sg.id}/follow-up${query}`, headers: { cookie } });
        expect(res.statusCode, res.body).toBe(200);
        return res.json() as Worklist;
      };

      const all = await list(office);
      expect(all.total).toBe(4);
      expect(all.can).toContain('followup.manage');
      expect(all.rounds).toEqual([1, 2]);
      expect(all.villages.map((v) => v.name)).toContain('Thôn Khe Bá');
      expect(all.officials.map((o) => o.name)).toContain('Phan Thị Hương');

      // Overdue with nobody named: the office sees it, the official does not.
      const orphan = await list(office, '?unassigned=1&overdue=1');
      expect(orphan.items).toHaveLength(1);
      const land = orphan.items[0]!;
      expect(land.content).toMatch(/giấy chứng nhận quyền sử dụng đất/);
      expect(land.official.personId).toBeNull();
      expect(land.due.date < all.today).toBe(true);
      expect((await list(official)).items.map((i) => i.matterId)).not.toContain(land.matterId);
      expect((await list(official, '?unassigned=1')).items).toHaveLength(0);

      // Overdue: exactly the items past their due date.
      const overdue = await list(office, '?overdue=1');
      expect(overdue.items.map((i) => i.matterId).sort()).toEqual(all.items.filter((i) => i.due.date < all.today).map((i) => i.matterId).sort());
      expect(overdue.items.length).toBe(2);

      // Round, field, official.
      const round2 = await list(office, '?round=2');
      expect(round2.items).toHaveLength(2);
      expect(round2.items.every((i) => i.round === 2)).toBe(true);
      const field = all.items.find((i) => i.field)!.field!;
      const byField = await list(office, `?field=${field}`);
      expect(byField.items.length).toBeGreaterThan(0);
      expect(byField.items.every((i) => i.field === field)).toBe(true);
      expect(byField.items.length).toBe(all.items.filter((i) => i.field === field).length);
      const huong = all.officials.find((o) => o.name === 'Phan Thị Hương')!.personId;
      const hers = await list(office, `?official=${huong}`);
      expect(hers.items).toHaveLength(3);
      expect(hers.items.every((i) => i.official.personId === huong)).toBe(true);

      // Village: the matter's village.
      const kheBa = village('Thôn Khe Bá');
      await t.deps.db.kysely.updateTable('matter').set({ village_id: kheBa }).where('id', '=', land.matterId).execute();
      const inKheBa = await list(office, `?village=${kheBa}`);
      expect(inKheBa.items.map((i) => i.matterId)).toEqual([land.matterId]);
      expect(inKheBa.items[0]!.villageName).toBe('Thôn Khe Bá');

      // Paging: bounded pages over the same order.
      const first = await list(office, '?limit=3');
      const second = await list(office, '?limit=3&offset=3');
      expect([first.items.length, second.items.length, first.total, second.total]).toEqual([3, 1, 4, 4]);
      expect([...first.items, ...second.items].map((i) => i.matterId)).toEqual(all.items.map((i) => i.matterId));
      expect((await t.app.inject({ url: `/api/units/${sg.id}/follow-up?limit=1000`, headers: { cookie: office } })).statusCode).toBe(400);

      // Named from the worklist: it leaves "unassigned" and reaches her worklist.
      const assigned = await t.app.inject({
        method: 'PUT', url: `/api/follow-up/${land.matterId}/responsible`, headers: { cookie: office, origin: 'http://localhost:3999' }, payload: { personId: huong },
      });
      expect(assigned.statusCode, assigned.body).toBe(200);
      expect((await list(office, '?unassigned=1')).items).toHaveLength(0);
      expect((await list(official)).items.map((i) => i.matterId)).toContain(land.matterId);
    } finally {
      await t.close();
    }
  });
});
