// A complex matter (its due date extended) that turns out to be beyond the commune's authority is
// escalated: its state moves complex → escalated, the proposal is issued and the escalation's own
// clock becomes the due date in force; the extension stays in its history. Both databases.
import { afterEach, describe, expect, it } from 'vitest';
import { dialectCases } from './support/databases.js';
import { sonGiang } from './support/opinion-fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe.each(dialectCases)('complex → escalated on $dialect', ({ dialect, skip }) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it.skipIf(skip)(
    "an extended matter is escalated with the escalation's due date in force",
    async () => {
      t = await startTestApp(dialect);
      const office = await t.login('vanphong');
      const { sg } = await sonGiang(t, office);
      const list = (
        await t.app.inject({ url: `/api/units/${sg.id}/follow-up`, headers: { cookie: office } })
      ).json() as { items: { matterId: string; state: string; due: { date: string } }[] };
      const target = list.items.find((i) => i.state === 'in-follow-up')!;
      const url = `/api/follow-up/${target.matterId}`;
      const later = new Date(Date.parse(`${target.due.date}T00:00:00Z`) + 45 * 86400_000)
        .toISOString()
        .slice(0, 10);
      const extended = await t.app.inject({
        method: 'POST',
        url: `${url}/extend`,
        headers: { cookie: office },
        payload: { dueDate: later, reason: 'Cần đo đạc lại, nhiều hộ liên quan' },
      });
      expect(extended.statusCode, extended.body).toBe(200);

      const escalated = await t.app.inject({
        method: 'POST',
        url: `${url}/escalate`,
        headers: { cookie: office },
        payload: {
          competentBody: 'UBND huyện Hương Sơn',
          proposal: 'Vượt thẩm quyền của xã: đề nghị huyện giải quyết',
        },
      });
      expect(escalated.statusCode, escalated.body).toBe(201);
      expect(escalated.json().numberText).toBeTruthy();

      const detail = (await t.app.inject({ url, headers: { cookie: office } })).json();
      expect(detail.state).toBe('escalated');
      expect(detail.due).toMatchObject({ basis: 'escalation', date: escalated.json().due.date });
      expect(detail.extensions).toHaveLength(1);
      const moves = await t.deps.db.kysely
        .selectFrom('matter_state_change')
        .select(['from_state', 'to_state'])
        .where('matter_id', '=', target.matterId)
        .orderBy('at')
        .execute();
      expect(moves.slice(-2).map((m) => `${m.from_state}→${m.to_state}`)).toEqual([
        'in-follow-up→complex',
        'complex→escalated',
      ]);
    },
  );
});
