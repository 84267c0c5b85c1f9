// One session's page is bounded by its page (issue 17): a session holds dozens of conclusion
// items, but an import or a generator may put thousands on one; the page shows the first
// CONCLUSION_ITEMS_SHOWN with the count of them all, and its timeline still comes from every item
// (the latest due date, whether all are answered), read in SQL, not by loading the list.
import { afterEach, describe, expect, it } from 'vitest';
import { growCommune } from '../src/demo/grow-commune.js';
import { CONCLUSION_ITEMS_SHOWN } from '../src/session/get-session.js';
import { dialectCases } from './support/databases.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface SessionPage {
  conclusionItems: { matterId: string; dueDate: string }[];
  conclusionItemCount: number;
  conclusionItemsCapped: boolean;
  timeline: { step: string; due: string | null; done: string | null; basis?: unknown }[];
}

describe.each(dialectCases)('one session page on $dialect', ({ dialect, skip }) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it.skipIf(skip)(
    'a session with more items than a page shows the first page and counts them all; a demo session shows all its items',
    async () => {
      t = await startTestApp(dialect);
      const cookie = await t.login('vanphong');
      const k = t.deps.db.kysely;
      // Two past rounds of 600 matters each: about 240 carried over into each round's conclusion.
      const grown = await growCommune(t.deps.db, { slug: 'son-giang', matters: 1200, years: 1 });
      const big = await k
        .selectFrom('conclusion_item')
        .select([
          'session_id',
          (eb) => eb.fn.countAll<number | string>().as('n'),
          (eb) => eb.fn.max('due_date').as('last'),
        ])
        .where('session_id', 'like', `grown-${grown.unitId}-%`)
        .groupBy('session_id')
        .orderBy('session_id')
        .executeTakeFirstOrThrow();
      expect(Number(big.n)).toBeGreaterThan(CONCLUSION_ITEMS_SHOWN);
      const res = await t.app.inject({
        url: `/api/sessions/${big.session_id}`,
        headers: { cookie },
      });
      expect(res.statusCode, res.body).toBe(200);
      const page = res.json() as SessionPage;
      expect(page.conclusionItems).toHaveLength(CONCLUSION_ITEMS_SHOWN);
      expect(page.conclusionItemCount).toBe(Number(big.n));
      expect(page.conclusionItemsCapped).toBe(false);
      expect(new Set(page.conclusionItems.map((c) => c.matterId)).size).toBe(
        CONCLUSION_ITEMS_SHOWN,
      );
      // The timeline's written-answer step is every item's: the latest due date and its counting.
      const answered = page.timeline.find((s) => s.step === 'answered')!;
      expect(answered.due).toBe(big.last);
      expect(answered.basis).toBeTruthy();

      // The demo's rounds hold a few items each: all of them, in the agenda's order.
      const demo = await k
        .selectFrom('conclusion_item')
        .innerJoin('dialogue_session as s', 's.id', 'conclusion_item.session_id')
        .select(['s.id', (eb) => eb.fn.countAll<number | string>().as('n')])
        .where('s.id', 'not like', 'grown-%')
        .groupBy('s.id')
        .orderBy('s.id')
        .execute();
      expect(demo.length).toBeGreaterThan(0);
      for (const s of demo) {
        const p = (
          await t.app.inject({ url: `/api/sessions/${s.id}`, headers: { cookie } })
        ).json() as SessionPage;
        expect(p.conclusionItems).toHaveLength(Number(s.n));
        expect(p.conclusionItemCount).toBe(Number(s.n));
      }
    },
  );
});
