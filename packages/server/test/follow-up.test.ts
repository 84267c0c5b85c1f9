// Follow-up after the conclusion notice, on SQLite and PostgreSQL, on the demo commune whose
// round 2 is in follow-up: the worklist by urgency; an answer drafted, returned, redrafted,
// approved, its letters issued in the UBND register and the matter closed; a merged matter with
// five petitioners answered once (one letter each); an escalation round trip; a complex
// matter's extension with history; another unit's caller gets 404; an official sees neither
// another official's items nor any petitioner's contact data.
import { afterEach, describe, expect, it } from 'vitest';
import { newId, nowIso } from '../src/db/ids.js';
import { dialectCases } from './support/databases.js';
import { sonGiang } from './support/opinion-fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

type Item = {
  matterId: string;
  state: string;
  urgency: string;
  official: { personId: string | null; name: string };
  due: { date: string; text: { vi: string }; basis: string };
  answerState: string | null;
};

async function worklist(t: TestApp, cookie: string, query = '') {
  const office = await t.login('vanphong');
  const { sg } = await sonGiang(t, office);
  const res = await t.app.inject({
    url: `/api/units/${sg.id}/follow-up${query}`,
    headers: { cookie },
  });
  expect(res.statusCode, res.body).toBe(200);
  return { sg, body: res.json() as { items: Item[]; today: string } };
}

const post = (t: TestApp, cookie: string, url: string, payload: unknown = {}) =>
  t.app.inject({ method: 'POST', url, headers: { cookie }, payload: payload as object });
const put = (t: TestApp, cookie: string, url: string, payload: unknown) =>
  t.app.inject({ method: 'PUT', url, headers: { cookie }, payload: payload as object });

/** Gives the matter `n` petitioners: its own raising plus a merged matter raised by the others. */
async function withPetitioners(t: TestApp, matterId: string, n: number) {
  const k = t.deps.db.kysely;
  const m = await k
    .selectFrom('matter')
    .selectAll()
    .where('id', '=', matterId)
    .executeTakeFirstOrThrow();
  const at = nowIso();
  const existing = await k
    .selectFrom('raising')
    .select('petitioner_id')
    .where('matter_id', '=', matterId)
    .where('petitioner_id', 'is not', null)
    .execute();
  const absorbedId = newId();
  await k
    .insertInto('matter')
    .values({
      id: absorbedId,
      unit_id: m.unit_id,
      village_id: m.village_id,
      content: `${m.content} (ý kiến trùng)`,
      field: m.field,
      state: 'merged',
      source: 'village',
      received_on: m.received_on,
      merged_into_id: matterId,
      search_folded: 'y kien trung',
      created_at: at,
      updated_at: at,
    } as never)
    .execute();
  const names = [
    'Nguyễn Văn An',
    'Trần Thị Bình',
    'Lê Văn Cường',
    'Phạm Thị Dung',
    'Hoàng Văn Em',
    'Đỗ Văn Phúc',
  ];
  for (let i = existing.length; i < n; i++) {
    const pid = newId();
    await k
      .insertInto('petitioner')
      .values({
        id: pid,
        unit_id: m.unit_id,
        full_name: names[i]!,
        village_id: m.village_id,
        phone: `09120000${i}${i}`,
        email: null,
        answer_preference: 'letter',
        created_at: at,
        updated_at: at,
      })
      .execute();
    await k
      .insertInto('raising')
      .values({
        id: newId(),
        matter_id: i === 0 ? matterId : absorbedId,
        petitioner_id: pid,
        source: 'village',
        source_organisation_id: null,
        received_on: m.received_on,
        created_by: null,
        created_at: at,
      })
      .execute();
  }
}

describe.each(dialectCases)('follow-up on $dialect', ({ dialect, skip }) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it.skipIf(skip)(
    'worklist by urgency; draft → returned → approved → one letter per petitioner → sent → closed; a merged matter answered once to five',
    async () => {
      t = await startTestApp(dialect);
      const office = await t.login('vanphong');
      const chair = await t.login('chutich');
      const { body } = await worklist(t, office);
      expect(body.items.length).toBeGreaterThan(0);
      for (const i of body.items) {
        expect(['very-overdue', 'overdue', 'due-soon', 'on-track']).toContain(i.urgency);
        expect(i.due.text.vi.length).toBeGreaterThan(10);
      }
      // Round 1's leftover is overdue; round 2's items fall due within days.
      expect(body.items.some((i) => i.urgency === 'overdue' || i.urgency === 'very-overdue')).toBe(
        true,
      );
      expect(body.items.some((i) => i.urgency === 'due-soon')).toBe(true);

      const target = body.items.find(
        (i) => i.state === 'in-follow-up' && i.urgency === 'due-soon',
      )!;
      await withPetitioners(t, target.matterId, 5);
      const url = `/api/follow-up/${target.matterId}`;
      expect(
        (
          await put(t, office, `${url}/answer`, {
            text: 'UBND xã đã kiểm tra.\nSẽ sửa trong quý tới.',
          })
        ).statusCode,
      ).toBe(200);
      // Nothing to approve before it is submitted; the office cannot approve at all.
      expect((await post(t, chair, `${url}/answer/approve`)).statusCode).toBe(422);
      expect((await post(t, office, `${url}/answer/submit`)).statusCode).toBe(200);
      expect((await post(t, office, `${url}/answer/approve`)).statusCode).toBe(404);
      expect((await post(t, chair, `${url}/answer/return`, {})).statusCode).toBe(400);
      const returned = await post(t, chair, `${url}/answer/return`, {
        comment: 'Nêu rõ thời gian sửa chữa',
      });
      expect(returned.json().state).toBe('returned');
      const redrafted = await put(t, office, `${url}/answer`, {
        text: 'UBND xã đã kiểm tra thực tế.\nSẽ sửa chữa xong trước ngày 31/3 năm sau.',
      });
      expect(redrafted.json().state).toBe('returned');
      expect((await post(t, office, `${url}/answer/submit`)).json().state).toBe('submitted');
      // While awaiting approval, each petitioner's letter is a draft in the documents list.
      const drafts = (
        await t.app.inject({
          url: '/api/documents?kind=van-ban-tra-loi',
          headers: { cookie: office },
        })
      ).json();
      const draftItems = drafts.documents.filter(
        (d: { numberText: string | null; id: string }) => d.numberText === null,
      );
      expect(draftItems.length).toBeGreaterThanOrEqual(5);
      const preview = await t.app.inject({
        url: `/api/documents/van-ban-tra-loi/${draftItems[0].id}/preview`,
        headers: { cookie: office },
      });
      expect(preview.statusCode, preview.body.slice(0, 300)).toBe(200);
      expect(preview.body).toContain('trả lời kiến nghị');

      const approved = await post(t, chair, `${url}/answer/approve`, { comment: 'Đồng ý' });
      expect(approved.statusCode, approved.body).toBe(200);
      const a = approved.json();
      expect(a.letters).toHaveLength(5);
      expect(new Set(a.letters.map((l: { numberText: string }) => l.numberText)).size).toBe(5);
      for (const l of a.letters) expect(l.numberText).toMatch(/UBND/);
      // Issued and published, not yet in the petitioners' hands: still on the worklist, letters to send.
      expect(a.matterState).toBe('responded');
      expect(a.answer.state).toBe('approved');
      expect(a.answer.publishedAt).toBeTruthy();
      expect(a.answer.approvedOn).toBe(body.today);
      expect(a.answer.officialName).toBeTruthy();

      const k = t.deps.db.kysely;
      // Every letter on one page to print, each on its own sheet; each view logged; not for an official.
      const views = async () =>
        (
          await k
            .selectFrom('audit_event')
            .select('id')
            .where('action', '=', 'document.personal-view')
            .execute()
        ).length;
      const viewsBefore = await views();
      const print = await t.app.inject({ url: `${url}/letters.html`, headers: { cookie: office } });
      expect(print.statusCode).toBe(200);
      expect(print.body.match(/class="sheet"/g)).toHaveLength(5);
      for (const n of [
        'Nguyễn Văn An',
        'Trần Thị Bình',
        'Lê Văn Cường',
        'Phạm Thị Dung',
        'Hoàng Văn Em',
      ].slice(1))
        expect(print.body).toContain(n);
      expect(await views()).toBe(viewsBefore + 5);
      expect(
        (
          await t.app.inject({
            url: `${url}/letters.html`,
            headers: { cookie: await t.login('congchuc') },
          })
        ).statusCode,
      ).toBe(404);
      const waiting = (await worklist(t, office)).body.items.find(
        (i) => i.matterId === target.matterId,
      ) as Item & { lettersToSend: number };
      expect(waiting).toMatchObject({
        state: 'responded',
        answerState: 'approved',
        lettersToSend: 5,
      });
      // Sending: the chair may not record it; a date after today or an unknown petitioner is refused.
      const sentUrl = `${url}/letters/sent`;
      const before = (await t.app.inject({ url, headers: { cookie: office } })).json();
      const twoIds = before.petitioners.slice(0, 2).map((p: { id: string }) => p.id);
      expect((await post(t, chair, sentUrl, { channel: 'post' })).statusCode).toBe(404);
      const future = await post(t, office, sentUrl, { channel: 'post', sentOn: '2999-01-01' });
      expect(future.statusCode).toBe(400);
      expect(future.json().message ?? future.body).toMatch(/sentOn|ngày gửi/);
      expect((await post(t, office, sentUrl, { channel: 'pigeon' })).statusCode).toBe(400);
      expect(
        (await post(t, office, sentUrl, { channel: 'post', petitionerIds: ['nobody'] })).statusCode,
      ).toBe(400);
      const firstTwo = await post(t, office, sentUrl, { channel: 'post', petitionerIds: twoIds });
      expect(firstTwo.statusCode, firstTwo.body).toBe(200);
      expect(firstTwo.json()).toMatchObject({ sent: 2, allSent: false, matterState: 'responded' });
      const half = (await t.app.inject({ url, headers: { cookie: office } })).json();
      expect(half.petitioners.filter((p: { answered: boolean }) => p.answered)).toHaveLength(2);
      const rest = await post(t, office, sentUrl, { channel: 'village' });
      expect(rest.json()).toMatchObject({ sent: 3, allSent: true, matterState: 'closed' });
      expect((await post(t, office, sentUrl, { channel: 'village' })).statusCode).toBe(422);
      const history = await k
        .selectFrom('matter_state_change')
        .select(['from_state', 'to_state'])
        .where('matter_id', '=', target.matterId)
        .orderBy('at')
        .execute();
      expect(history.slice(-2).map((h) => h.to_state)).toEqual(['responded', 'closed']);
      const kept = await k
        .selectFrom('answer_letter')
        .select(['sent_channel', 'sent_on'])
        .where('matter_id', '=', target.matterId)
        .execute();
      expect(kept.map((l) => l.sent_channel).sort()).toEqual([
        'post',
        'post',
        'village',
        'village',
        'village',
      ]);
      expect(kept.every((l) => l.sent_on === body.today)).toBe(true);
      const letters = await k
        .selectFrom('outgoing_document')
        .select(['kind', 'subject_id', 'model'])
        .where('subject_id', '=', target.matterId)
        .execute();
      expect(letters.filter((l) => l.kind === 'van-ban-tra-loi')).toHaveLength(5);
      expect(String(letters[0]!.model)).toContain('Sẽ sửa chữa xong trước ngày 31/3 năm sau.');
      // The register serves them like any issued document.
      const listed = (
        await t.app.inject({
          url: '/api/documents?kind=van-ban-tra-loi',
          headers: { cookie: office },
        })
      ).json();
      expect(
        listed.documents.filter((d: { numberText: string | null }) => d.numberText !== null).length,
      ).toBeGreaterThanOrEqual(5);
      // Closed: off the worklist; the review history stays.
      expect(
        (await worklist(t, office)).body.items.some((i) => i.matterId === target.matterId),
      ).toBe(false);
      const detail = (await t.app.inject({ url, headers: { cookie: office } })).json();
      expect(detail.answers[0].state).toBe('sent');
      expect(detail.answers[0].events.map((e: { action: string }) => e.action)).toEqual([
        'save',
        'submit',
        'return',
        'save',
        'submit',
        'approve',
      ]);
      expect(detail.answers[0].events[2].comment).toBe('Nêu rõ thời gian sửa chữa');
      expect(detail.petitioners.every((p: { answered: boolean }) => p.answered)).toBe(true);
      // Approved once: a second approval is refused.
      expect((await post(t, chair, `${url}/answer/approve`)).statusCode).toBe(422);
    },
  );

  it.skipIf(skip)(
    'escalation round trip: sent with a de-nghi-cap-tren letter and its own clock, acknowledged, answered, passed on as letters',
    async () => {
      t = await startTestApp(dialect);
      const office = await t.login('vanphong');
      const chair = await t.login('chutich');
      const { body } = await worklist(t, office);
      const target = body.items.find((i) => i.state === 'in-follow-up' && !i.answerState)!; // not the demo's draft
      await withPetitioners(t, target.matterId, 2);
      const url = `/api/follow-up/${target.matterId}`;
      expect(
        (
          await post(t, chair, `${url}/escalate`, {
            competentBody: 'Sở Nông nghiệp và Môi trường',
            proposal: 'x',
          })
        ).statusCode,
      ).toBe(404);
      const sent = await post(t, office, `${url}/escalate`, {
        competentBody: 'Sở Nông nghiệp và Môi trường',
        proposal: 'Đề nghị Sở kiểm tra xử lý trại lợn gây ô nhiễm',
      });
      expect(sent.statusCode, sent.body).toBe(201);
      const e = sent.json();
      expect(e.numberText).toMatch(/UBND/);
      expect(e.due.text.vi).toMatch(/30 ngày làm việc/);
      const items = (await worklist(t, office)).body.items;
      const onList = items.find((i) => i.matterId === target.matterId)!;
      expect(onList.state).toBe('escalated');
      expect(onList.due).toMatchObject({ basis: 'escalation', date: e.due.date });
      expect(onList.urgency).toBe('on-track');
      const doc = await t.deps.db.kysely
        .selectFrom('outgoing_document')
        .select(['kind'])
        .where('id', '=', e.documentId)
        .executeTakeFirstOrThrow();
      expect(doc.kind).toBe('de-nghi-cap-tren');

      expect((await post(t, office, `${url}/escalation/acknowledge`, {})).json().state).toBe(
        'acknowledged',
      );
      expect((await post(t, office, `${url}/escalation/acknowledge`, {})).statusCode).toBe(422);
      expect(
        (
          await post(t, office, `${url}/escalation/answer`, {
            text: 'Sở đã kiểm tra, yêu cầu chủ trại xử lý nước thải trong 30 ngày.',
          })
        ).statusCode,
      ).toBe(200);
      const approved = await post(t, chair, `${url}/answer/approve`);
      expect(approved.statusCode, approved.body).toBe(200);
      expect(approved.json().letters).toHaveLength(2);
      expect(approved.json().matterState).toBe('responded');
      expect(approved.json().answer).toMatchObject({
        origin: 'higher-level',
        officialName: 'Sở Nông nghiệp và Môi trường',
      });
      expect(
        (await post(t, office, `${url}/letters/sent`, { channel: 'in-person' })).json(),
      ).toMatchObject({ sent: 2, matterState: 'closed' });
      const detail = (await t.app.inject({ url, headers: { cookie: office } })).json();
      expect(detail.escalations[0]).toMatchObject({
        state: 'answered',
        competentBody: 'Sở Nông nghiệp và Môi trường',
      });
    },
  );

  it.skipIf(skip)(
    "the higher level's answer waits while the commune's own draft is in progress, and says so",
    async () => {
      t = await startTestApp(dialect);
      const office = await t.login('vanphong');
      const { body } = await worklist(t, office);
      const target = body.items.find((i) => i.state === 'in-follow-up' && !i.answerState)!;
      const url = `/api/follow-up/${target.matterId}`;
      expect(
        (await put(t, office, `${url}/answer`, { text: 'Dự thảo của xã' })).statusCode,
      ).toBeLessThan(300);
      expect(
        (
          await post(t, office, `${url}/escalate`, {
            competentBody: 'UBND huyện Hương Sơn',
            proposal: 'Vượt thẩm quyền cấp xã',
          })
        ).statusCode,
      ).toBe(201);
      const refused = await post(t, office, `${url}/escalation/answer`, {
        text: 'Huyện đã trả lời.',
      });
      expect(refused.statusCode).toBe(422);
      expect(refused.json().error.message).toMatch(/dự thảo trả lời đang xử lý/);
      expect(
        (await t.app.inject({ url, headers: { cookie: office } })).json().escalations[0].state,
      ).toBe('sent');
    },
  );

  it.skipIf(skip)("an escalation's acknowledgement keeps the date given", async () => {
    t = await startTestApp(dialect);
    const office = await t.login('vanphong');
    const { body } = await worklist(t, office);
    const url = `/api/follow-up/${body.items.find((i) => i.state === 'in-follow-up')!.matterId}`;
    expect(
      (
        await post(t, office, `${url}/escalate`, {
          competentBody: 'UBND tỉnh Hà Tĩnh',
          proposal: 'Vượt thẩm quyền cấp xã',
        })
      ).statusCode,
    ).toBe(201);
    const ack = await post(t, office, `${url}/escalation/acknowledge`, { on: body.today });
    expect(ack.json()).toMatchObject({ state: 'acknowledged', acknowledgedOn: body.today });
    expect(
      (await t.app.inject({ url, headers: { cookie: office } })).json().escalations[0].state,
    ).toBe('acknowledged');
  });

  it.skipIf(skip)(
    'a complex matter gets an extended due date with its reason and a timeline notice to its petitioners; every extension is kept',
    async () => {
      t = await startTestApp(dialect);
      const office = await t.login('vanphong');
      const { body } = await worklist(t, office);
      const target = body.items.find(
        (i) => i.state === 'in-follow-up' && i.urgency === 'due-soon',
      )!;
      const url = `/api/follow-up/${target.matterId}`;
      const later = (d: string, days: number) =>
        new Date(Date.parse(`${d}T00:00:00Z`) + days * 86400_000).toISOString().slice(0, 10);
      expect(
        (
          await post(t, office, `${url}/extend`, {
            dueDate: target.due.date,
            reason: 'Cần đo đạc lại',
          })
        ).statusCode,
      ).toBe(400);
      await withPetitioners(t, target.matterId, 2);
      const first = await post(t, office, `${url}/extend`, {
        dueDate: later(target.due.date, 30),
        reason: 'Cần đo đạc lại, nhiều hộ liên quan',
        responsible: 'Bà Phan Thị Hương, công chức Địa chính',
      });
      expect(first.statusCode, first.body).toBe(200);
      // The notice: a numbered Thông báo of the UBND to both petitioners, who is responsible and by when.
      expect(first.json().notice.numberText).toMatch(/TB-UBND/);
      const notice = await t.app.inject({
        url: `/api/documents/thong-bao/${first.json().notice.documentId}/preview`,
        headers: { cookie: office },
      });
      expect(notice.statusCode, notice.body.slice(0, 300)).toBe(200);
      expect(notice.body).toContain('Bà Phan Thị Hương, công chức Địa chính');
      expect(notice.body).toContain(
        `chậm nhất ngày ${later(target.due.date, 30).split('-').reverse().join('/')}`,
      );
      expect(notice.body).toContain('Cần đo đạc lại, nhiều hộ liên quan');
      expect(notice.body).toContain('Trần Thị Bình');
      const second = await post(t, office, `${url}/extend`, {
        dueDate: later(target.due.date, 60),
        reason: 'Chờ ý kiến của huyện',
      });
      expect(second.json().previousDue).toBe(later(target.due.date, 30));
      const item = (await worklist(t, office)).body.items.find(
        (i) => i.matterId === target.matterId,
      )!;
      expect(item).toMatchObject({
        state: 'complex',
        urgency: 'on-track',
        due: { basis: 'extension', date: later(target.due.date, 60) },
      });
      expect(item.due.text.vi).toContain('Chờ ý kiến của huyện');
      const detail = (await t.app.inject({ url, headers: { cookie: office } })).json();
      expect(detail.extensions.map((e: { reason: string }) => e.reason)).toEqual([
        'Cần đo đạc lại, nhiều hộ liên quan',
        'Chờ ý kiến của huyện',
      ]);
      expect(
        detail.extensions.every((e: { noticeNumber: string | null }) =>
          /TB-UBND/.test(e.noticeNumber ?? ''),
        ),
      ).toBe(true);
      // Without a name given, the notice names the responsible one from the conclusion item.
      expect(second.json().responsible.length).toBeGreaterThan(3);
    },
  );

  it.skipIf(skip)(
    "another unit's office gets 404; an official sees only their own items, and contacts only on those",
    async () => {
      t = await startTestApp(dialect);
      const office = await t.login('vanphong');
      const other = await t.login('vanphong.sontay');
      const official = await t.login('congchuc');
      const { sg, body } = await worklist(t, office);
      const k = t.deps.db.kysely;
      const hers = await k
        .selectFrom('person')
        .select('id')
        .where('full_name', '=', 'Phan Thị Hương')
        .executeTakeFirstOrThrow();
      const someoneElse = await k
        .selectFrom('person')
        .select('id')
        .where('full_name', '=', 'Lê Văn Đức')
        .executeTakeFirstOrThrow();
      const [mine, notMine] = body.items.filter((i) => i.state === 'in-follow-up');
      await k
        .updateTable('matter')
        .set({ assignee_person_id: hers.id })
        .where('id', '=', mine!.matterId)
        .execute();
      await k
        .updateTable('matter')
        .set({ assignee_person_id: someoneElse.id })
        .where('id', '=', notMine!.matterId)
        .execute();
      await withPetitioners(t, notMine!.matterId, 2);
      await withPetitioners(t, mine!.matterId, 2);

      expect(
        (await t.app.inject({ url: `/api/units/${sg.id}/follow-up`, headers: { cookie: other } }))
          .statusCode,
      ).toBe(404);
      expect(
        (
          await t.app.inject({
            url: `/api/follow-up/${mine!.matterId}`,
            headers: { cookie: other },
          })
        ).statusCode,
      ).toBe(404);
      expect(
        (await put(t, other, `/api/follow-up/${mine!.matterId}/answer`, { text: 'x' })).statusCode,
      ).toBe(404);

      const own = (
        await t.app.inject({ url: `/api/units/${sg.id}/follow-up`, headers: { cookie: official } })
      ).json();
      expect(own.items.map((i: Item) => i.matterId)).toContain(mine!.matterId);
      expect(own.items.every((i: Item) => i.official.personId === hers.id)).toBe(true);
      expect(JSON.stringify(own)).not.toMatch(/09120000/);
      // Another official's item: not found, contacts included.
      const theirs = await t.app.inject({
        url: `/api/follow-up/${notMine!.matterId}`,
        headers: { cookie: official },
      });
      expect(theirs.statusCode).toBe(404);
      expect(theirs.body).not.toMatch(/09120000/);
      expect(
        (await put(t, official, `/api/follow-up/${notMine!.matterId}/answer`, { text: 'x' }))
          .statusCode,
      ).toBe(404);
      // Her own: readable and answerable, with its petitioners' contacts (core's petitionerView: full
      // for the official on a matter assigned to her), and that view is logged.
      const detail = await t.app.inject({
        url: `/api/follow-up/${mine!.matterId}`,
        headers: { cookie: official },
      });
      expect(detail.statusCode).toBe(200);
      expect(detail.json().petitioners.length).toBe(2);
      expect(
        detail
          .json()
          .petitioners.some((p: { phone: string | null }) => p.phone?.startsWith('09120000')),
      ).toBe(true);
      expect(detail.json().can).toContain('answer.write');
      expect(
        (
          await put(t, official, `/api/follow-up/${mine!.matterId}/answer`, {
            text: 'Trả lời của công chức',
          })
        ).json().officialName,
      ).toBe('Phan Thị Hương');
      // The office sees the contacts, and that view is logged.
      const seen = (
        await t.app.inject({ url: `/api/follow-up/${mine!.matterId}`, headers: { cookie: office } })
      ).json();
      expect(
        seen.petitioners.some((p: { phone: string | null }) => p.phone?.startsWith('09120000')),
      ).toBe(true);
      const logged = await k
        .selectFrom('audit_event')
        .select('action')
        .where('action', '=', 'petitioner.view')
        .where('entity_id', '=', mine!.matterId)
        .execute();
      expect(logged.length).toBe(2); // hers and the office's
      // The chairs see everyone's items.
      const chairs = (await worklist(t, await t.login('bithu'))).body.items.map((i) => i.matterId);
      expect(chairs).toEqual(expect.arrayContaining([mine!.matterId, notMine!.matterId]));
      // Filters: by official.
      const byOfficial = (await worklist(t, office, `?official=${someoneElse.id}`)).body.items;
      expect(byOfficial.map((i) => i.matterId)).toContain(notMine!.matterId);
      expect(byOfficial.every((i) => i.official.personId === someoneElse.id)).toBe(true);
    },
  );
});
