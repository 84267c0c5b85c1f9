// The demo official (congchuc) signs in to a worklist with something to do: three carried-over
// matters named to her with their fields — one overdue with her draft started, one due within
// days, one complex with its due date extended (on track) — while the round-1 land question stays
// unassigned for the office. Both databases.
import { describe, expect, it } from 'vitest';
import { dialectCases } from './support/databases.js';
import { sonGiang } from './support/opinion-fixtures.js';
import { startTestApp } from './support/test-app.js';

interface Item {
  matterId: string;
  content: string;
  field: string | null;
  state: string;
  urgency: string;
  answerState: string | null;
  official: { personId: string | null; name: string };
}

describe.each(dialectCases)('demo follow-up on $dialect', ({ dialect, skip }) => {
  it.skipIf(skip)(
    "congchuc's worklist shows overdue, due soon and on track items; one carried-over matter is left to assign",
    async () => {
      const t = await startTestApp(dialect);
      try {
        const office = await t.login('vanphong');
        const { sg } = await sonGiang(t, office);
        const list = async (cookie: string) => {
          const res = await t.app.inject({
            url: `/api/units/${sg.id}/follow-up`,
            headers: { cookie },
          });
          expect(res.statusCode, res.body).toBe(200);
          return (res.json() as { items: Item[] }).items;
        };
        const hers = await list(await t.login('congchuc'));
        expect(hers).toHaveLength(3);
        expect(hers.every((i) => i.official.name === 'Phan Thị Hương' && i.field !== null)).toBe(
          true,
        );
        expect(hers.map((i) => i.urgency.replace('very-overdue', 'overdue')).sort()).toEqual([
          'due-soon',
          'on-track',
          'overdue',
        ]);
        expect(hers.find((i) => /overdue/.test(i.urgency))?.answerState).toBe('draft');
        expect(hers.find((i) => i.urgency === 'on-track')?.state).toBe('complex');

        const all = await list(office);
        const unassigned = all.filter((i) => i.state === 'in-follow-up' && !i.official.personId);
        expect(unassigned).toHaveLength(1);
        expect(unassigned[0]!.field).toBeNull();
        // The first matter waiting for an answer, by urgency, is that one (the browser flow assigns it).
        expect(all.find((i) => i.state === 'in-follow-up' && !i.answerState)?.matterId).toBe(
          unassigned[0]!.matterId,
        );
      } finally {
        await t.close();
      }
    },
  );
});
