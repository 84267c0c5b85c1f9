// One matter's page and the list that scales, on SQLite and PostgreSQL, through the real HTTP API
// with the demo commune loaded (nothing faked): GET /api/opinions/:id with the due date and how it
// was counted, the answer, documents, sessions and history (state changes and audit entries with
// names); petitioners masked for the oversight account; the paper receipt and its tracking code;
// the list's paging with filters, its sorts, the round filter and its bounds.
import { afterEach, describe, expect, it } from 'vitest';
import { dialectCases } from './support/databases.js';
import { sonGiang } from './support/opinion-fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface Row {
  id: string;
  receivedOn: string;
  dueOn: string | null;
  state: string;
  content: string;
}
interface Page {
  items: Row[];
  total: number;
  totalCapped: boolean;
  limit: number;
  offset: number;
}

describe.each(dialectCases)('matter page on $dialect', ({ dialect, skip }) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it.skipIf(skip)(
    'a carried-over matter: due date with its counting, the draft answer, the conclusion notice, the session, the history; masked for oversight',
    async () => {
      t = await startTestApp(dialect);
      const office = await t.login('vanphong');
      const { sg } = await sonGiang(t, office);
      const worklist = (
        await t.app.inject({
          url: `/api/units/${sg.id}/follow-up`,
          headers: { cookie: await t.login('congchuc') },
        })
      ).json() as {
        items: { matterId: string; answerState: string | null; due: { date: string } }[];
      };
      const overdue = worklist.items.find((i) => i.answerState === 'draft')!;

      const res = await t.app.inject({
        url: `/api/opinions/${overdue.matterId}`,
        headers: { cookie: office },
      });
      expect(res.statusCode, res.body).toBe(200);
      const m = res.json();
      expect(m.unit).toMatchObject({ id: sg.id, name: expect.stringContaining('Sơn Giang') });
      // The due date in force is the worklist's, and the page shows how it was counted, day by day.
      expect(m.due).toMatchObject({ date: overdue.due.date, basis: 'conclusion' });
      expect(m.due.deadline).toMatchObject({
        date: overdue.due.date,
        rule: 'working-days-after',
        n: 30,
      });
      expect(m.due.deadline.skipped.length).toBeGreaterThan(0);
      expect(m.answer).toMatchObject({ state: 'draft', officialName: 'Phan Thị Hương' });
      expect(m.documents.map((d: { relation: string }) => d.relation)).toContain(
        'conclusion-notice',
      );
      expect(m.documents.every((d: { numberText: string }) => d.numberText.length > 0)).toBe(true);
      expect(m.sessions.length).toBeGreaterThan(0);
      expect(m.acknowledgement).toBeNull();
      // History: state changes and audit entries, oldest first, each with who acted.
      const at = m.activity.map((a: { at: string }) => a.at);
      expect(at).toEqual([...at].sort());
      expect(m.activity.map((a: { to: string | null }) => a.to)).toEqual(
        expect.arrayContaining(['received', 'raised', 'carried-over', 'in-follow-up']),
      );
      const named = m.activity.find((a: { action: string }) => a.action === 'followup.responsible');
      expect(named).toMatchObject({ kind: 'audit', actorName: expect.any(String) });
      expect(m.activity.some((a: { action: string }) => a.action === 'petitioner.view')).toBe(
        false,
      );

      // The office sees names and contacts; the district's oversight account sees them masked, no contacts.
      const tinh = (
        await t.app.inject({
          url: `/api/opinions/${overdue.matterId}`,
          headers: { cookie: await t.login('tinh') },
        })
      ).json();
      expect(tinh.petitionerView).toBe('masked');
      for (const [i, r] of tinh.raisings.entries()) {
        expect(r.phone).toBeNull();
        const full = m.raisings[i].fullName as string | null;
        if (full) expect(r.fullName).not.toBe(full);
      }
    },
  );

  it.skipIf(skip)(
    'a paper opinion: its receipt with the code, the acknowledgement deadline and where to track it; another code for a second receipt',
    async () => {
      t = await startTestApp(dialect);
      const office = await t.login('vanphong');
      const { sg, village } = await sonGiang(t, office);
      const created = (
        await t.app.inject({
          method: 'POST',
          url: `/api/units/${sg.id}/opinions`,
          headers: { cookie: office },
          payload: {
            content: 'Đề nghị lắp biển báo giảm tốc trước cổng trường tiểu học',
            source: 'village',
            villageId: village('Thôn Giang Hà'),
            petitioner: { fullName: 'Trần Văn Bình' },
          },
        })
      ).json();
      const page = (
        await t.app.inject({ url: `/api/opinions/${created.id}`, headers: { cookie: office } })
      ).json();
      expect(page.acknowledgement).toMatchObject({
        rule: 'working-days-after',
        n: 10,
        start: created.receivedOn,
      });
      expect(page.due).toBeNull();
      expect(page.activity.slice(0, 2)).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            kind: 'audit',
            action: 'opinion.create',
            actorName: expect.any(String),
          }),
          expect.objectContaining({ kind: 'state', to: 'received' }),
        ]),
      );

      let codes: string[] = page.trackingCodes;
      if (codes.length === 0) {
        // No code yet (entered without one): the receipt says so, and the office issues one.
        const none = await t.app.inject({
          url: `/api/opinions/${created.id}/receipt`,
          headers: { cookie: office },
        });
        expect(none.statusCode).toBe(404);
      }
      const issued = await t.app.inject({
        method: 'POST',
        url: `/api/opinions/${created.id}/tracking-codes`,
        headers: { cookie: office, origin: 'http://localhost:3999' },
      });
      expect(issued.statusCode, issued.body).toBe(201);
      codes = [...codes, issued.json().trackingCode];
      const receipt = (
        await t.app.inject({
          url: `/api/opinions/${created.id}/receipt`,
          headers: { cookie: office },
        })
      ).json();
      expect(receipt).toMatchObject({
        trackingCode: codes.at(-1),
        content: created.content,
        receivedOn: created.receivedOn,
        communeName: expect.stringContaining('Sơn Giang'),
        trackPath: expect.stringMatching(
          new RegExp(`^/xa/[a-z0-9-]+/tra-cuu\\?ma=${codes.at(-1)}$`),
        ),
        writtenAnswerWorkingDays: 30,
        acknowledgement: { date: page.acknowledgement.date },
      });
      expect(receipt.clerkName.length).toBeGreaterThan(0);
      expect(JSON.stringify(receipt)).not.toContain('Trần Văn Bình');
      // The code tracks on the portal.
      const portal = await t.app.inject({ url: receipt.trackPath });
      expect(portal.statusCode).toBe(200);
      const first = (
        await t.app.inject({
          url: `/api/opinions/${created.id}/receipt?code=${codes[0]!.toLowerCase()}`,
          headers: { cookie: office },
        })
      ).json();
      expect(first.trackingCode).toBe(codes[0]);
      const wrong = await t.app.inject({
        url: `/api/opinions/${created.id}/receipt?code=ABCDEFGH`,
        headers: { cookie: office },
      });
      expect(wrong.statusCode).toBe(404);
      // An official may read the matter only if it is theirs, and never issues codes.
      const official = await t.app.inject({
        method: 'POST',
        url: `/api/opinions/${created.id}/tracking-codes`,
        headers: { cookie: await t.login('congchuc'), origin: 'http://localhost:3999' },
      });
      expect(official.statusCode).toBe(404);
    },
  );

  it.skipIf(skip)(
    'the list: bounded pages with filters and their total, sorted by received day or due date, by round, overdue follow-up included',
    async () => {
      t = await startTestApp(dialect);
      const office = await t.login('vanphong');
      const { sg } = await sonGiang(t, office);
      const list = async (q: string) => {
        const res = await t!.app.inject({
          url: `/api/units/${sg.id}/opinions?${q}`,
          headers: { cookie: office },
        });
        expect(res.statusCode, res.body).toBe(200);
        return res.json() as Page;
      };
      const all = await list('limit=200');
      expect(all.total).toBe(all.items.length);
      expect(all.total).toBeGreaterThan(10);
      // Pages of 5 walk the same rows as one page, and the total stays.
      const walked: string[] = [];
      for (let offset = 0; offset < all.total; offset += 5) {
        const p = await list(`limit=5&offset=${offset}&sort=received&dir=desc`);
        expect(p.total).toBe(all.total);
        expect(p.items.length).toBeLessThanOrEqual(5);
        walked.push(...p.items.map((i) => i.id));
      }
      expect(new Set(walked).size).toBe(all.total);
      const desc = (await list('limit=200&sort=received&dir=desc')).items.map((i) => i.receivedOn);
      expect(desc).toEqual([...desc].sort().reverse());
      const asc = (await list('limit=200&sort=received&dir=asc')).items.map((i) => i.receivedOn);
      expect(asc).toEqual([...asc].sort());
      // By due date: the earliest first, matters without one last.
      const byDue = (await list('limit=200&sort=deadline&dir=asc')).items;
      const dues = byDue.map((i) => i.dueOn);
      const firstNull = dues.indexOf(null);
      expect(firstNull).toBeGreaterThan(0);
      expect(dues.slice(firstNull).every((d) => d === null)).toBe(true);
      expect(dues.slice(0, firstNull)).toEqual([...dues.slice(0, firstNull)].sort());

      // A filter's total is the filter's, and a page of it is bounded.
      const followUp = await list('state=in-follow-up&limit=1');
      expect(followUp.items).toHaveLength(1);
      expect(followUp.total).toBe(all.items.filter((i) => i.state === 'in-follow-up').length);
      // Overdue includes a follow-up matter past its due date in force.
      const worklist = (
        await t.app.inject({ url: `/api/units/${sg.id}/follow-up`, headers: { cookie: office } })
      ).json() as { items: { matterId: string; urgency: string }[] };
      const late = worklist.items.filter((i) => /overdue/.test(i.urgency)).map((i) => i.matterId);
      expect(late.length).toBeGreaterThan(0);
      const overdue = await list('overdue=1&limit=200');
      for (const id of late) expect(overdue.items.map((i) => i.id)).toContain(id);
      // Exactly the matters whose due date in force has passed: open ones by their prepare-by date,
      // followed-up ones by the kept due date, and one carried over with no conclusion item yet by
      // its open escalation's date (issue 17: three index ranges instead of a walk).
      const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
      const waiting = all.items.find((i) =>
        ['received', 'classified', 'assigned', 'answer-prepared'].includes(i.state),
      )!;
      const k = t.deps.db.kysely;
      await k
        .updateTable('matter')
        .set({ state: 'carried-over', prepare_by: null })
        .where('id', '=', waiting.id)
        .execute();
      const stamp = new Date().toISOString();
      await k
        .insertInto('escalation')
        .values({
          id: 'e-list-17',
          matter_id: waiting.id,
          unit_id: sg.id,
          competent_body: 'UBND huyện',
          proposal: 'Đề nghị',
          state: 'sent',
          sent_on: '2020-01-02',
          due_date: '2020-02-03',
          due_text_vi: '…',
          due_text_en: '…',
          document_id: null,
          acknowledged_on: null,
          answered_on: null,
          answer_text: null,
          created_by: null,
          created_at: stamp,
          updated_at: stamp,
        })
        .execute();
      const dueStates = [
        'received',
        'classified',
        'assigned',
        'answer-prepared',
        'carried-over',
        'in-follow-up',
        'complex',
        'escalated',
      ];
      const now = await list('limit=200');
      const expected = now.items
        .filter((i) => i.dueOn !== null && i.dueOn < today && dueStates.includes(i.state))
        .map((i) => i.id)
        .sort();
      expect(expected).toContain(waiting.id);
      expect((await list('overdue=1&limit=200')).items.map((i) => i.id).sort()).toEqual(expected);
      expect((await list('overdue=1&limit=1')).total).toBe(expected.length);
      // A round: the matters on that session's agenda or in its conclusion notice.
      const m = (
        await t.app.inject({ url: `/api/opinions/${late[0]}`, headers: { cookie: office } })
      ).json();
      const round = await list(`round=${m.sessions[0].id}&limit=200`);
      expect(round.items.map((i) => i.id)).toContain(late[0]);
      expect(round.total).toBeLessThan(all.total);
      // Words and a sort together.
      const words = await list('q=duong&sort=deadline&dir=desc&limit=200');
      expect(words.total).toBe(words.items.length);

      // Bounds: a page holds at most 200, the offset stops at 100,000; the errors name the field.
      for (const q of ['limit=201', 'limit=0', 'offset=100001', 'sort=newest', 'dir=up']) {
        const res = await t.app.inject({
          url: `/api/units/${sg.id}/opinions?${q}`,
          headers: { cookie: office },
        });
        expect(res.statusCode, q).toBe(400);
        expect(res.json().error.fields[0].field).toBe(`querystring.${q.split('=')[0]}`);
      }
    },
  );
});
