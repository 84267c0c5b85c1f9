// Who is told what as an answer moves, written to the outbox in the same transaction (SQLite and
// PostgreSQL): the chairs when it is submitted, its author when returned (with the comment),
// petitioners with a contact AND a consent not withdrawn when approved (with their tracking code)
// and when a complex matter's due date moves; nobody else.
import { afterEach, describe, expect, it } from 'vitest';
import { newId, nowIso } from '../src/db/ids.js';
import { dialectCases } from './support/databases.js';
import { sonGiang } from './support/opinion-fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** Three petitioners with phones on the matter: one consented, one withdrew, one never asked. */
async function petitioners(t: TestApp, matterId: string, code: string) {
  const k = t.deps.db.kysely;
  const m = await k
    .selectFrom('matter')
    .selectAll()
    .where('id', '=', matterId)
    .executeTakeFirstOrThrow();
  const at = nowIso();
  const ids: string[] = [];
  for (const [i, name] of ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường'].entries()) {
    const pid = newId();
    ids.push(pid);
    await k
      .insertInto('petitioner')
      .values({
        id: pid,
        unit_id: m.unit_id,
        full_name: name,
        village_id: m.village_id,
        phone: `091300000${i}`,
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
        matter_id: matterId,
        petitioner_id: pid,
        source: 'village',
        source_organisation_id: null,
        received_on: m.received_on,
        created_by: null,
        created_at: at,
      })
      .execute();
  }
  await k
    .insertInto('petitioner_consent')
    .values({
      id: newId(),
      petitioner_id: ids[0]!,
      purpose: 'contact-about-answer',
      granted: 1,
      recorded_by: null,
      recorded_at: at,
    })
    .execute();
  await k
    .insertInto('petitioner_consent')
    .values({
      id: newId(),
      petitioner_id: ids[1]!,
      purpose: 'contact-about-answer',
      granted: 1,
      recorded_by: null,
      recorded_at: at,
    })
    .execute();
  await k
    .insertInto('petitioner_consent')
    .values({
      id: newId(),
      petitioner_id: ids[1]!,
      purpose: 'contact-about-answer',
      granted: 0,
      recorded_by: null,
      recorded_at: new Date(Date.now() + 1000).toISOString(),
    })
    .execute();
  await k
    .insertInto('portal_submission')
    .values({
      id: newId(),
      unit_id: m.unit_id,
      matter_id: matterId,
      tracking_code: code,
      session_id: null,
      wants_to_speak: 0,
      created_at: at,
    } as never)
    .execute();
}

describe.each(dialectCases)('follow-up notifications on $dialect', ({ dialect, skip }) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it.skipIf(skip)(
    'submitted → chairs; returned → author; approved and extended → consenting petitioners only',
    async () => {
      t = await startTestApp(dialect, { JOBS: 'off' });
      const office = await t.login('vanphong');
      const chair = await t.login('chutich');
      const { sg } = await sonGiang(t, office);
      const items = (
        await t.app.inject({ url: `/api/units/${sg.id}/follow-up`, headers: { cookie: office } })
      ).json().items as {
        matterId: string;
        state: string;
        answerState: string | null;
        due: { date: string };
      }[];
      // Matters with no answer started (the demo's official has a draft on one); the third is the demo's complex one.
      const [target, other, third] = items.filter(
        (i) => ['in-follow-up', 'complex'].includes(i.state) && !i.answerState,
      );
      await petitioners(t, target!.matterId, 'ABCD2345');
      await petitioners(t, other!.matterId, 'ABCD2346');
      await petitioners(t, third!.matterId, 'ABCD2347');
      const k = t.deps.db.kysely;
      const sent = (kind: string) =>
        k
          .selectFrom('notification')
          .select(['to_user_id', 'to_phone', 'text', 'link'])
          .where('kind', '=', kind)
          .execute();
      const users = async (...names: string[]) =>
        (
          (await k
            .selectFrom('user' as never)
            .select('id' as never)
            .where('username' as never, 'in', names as never)
            .execute()) as { id: string }[]
        )
          .map((u) => u.id)
          .sort();

      const url = `/api/follow-up/${target!.matterId}`;
      await t.app.inject({
        method: 'PUT',
        url: `${url}/answer`,
        headers: { cookie: office },
        payload: { text: 'Đã kiểm tra, sẽ xử lý.' },
      });
      expect(
        (
          await t.app.inject({
            method: 'POST',
            url: `${url}/answer/submit`,
            headers: { cookie: office },
          })
        ).statusCode,
      ).toBe(200);
      expect((await sent('answer.submitted')).map((n) => n.to_user_id).sort()).toEqual(
        await users('chutich', 'bithu'),
      );

      await t.app.inject({
        method: 'POST',
        url: `${url}/answer/return`,
        headers: { cookie: chair },
        payload: { comment: 'Ghi rõ thời gian' },
      });
      const returned = await sent('answer.returned');
      expect(returned.map((n) => n.to_user_id)).toEqual(await users('vanphong'));
      expect(returned[0]!.text).toContain('Ghi rõ thời gian');

      await t.app.inject({
        method: 'POST',
        url: `${url}/answer/submit`,
        headers: { cookie: office },
      });
      expect(
        (
          await t.app.inject({
            method: 'POST',
            url: `${url}/answer/approve`,
            headers: { cookie: chair },
            payload: {},
          })
        ).statusCode,
      ).toBe(200);
      const approved = await sent('answer.approved');
      expect(approved.map((n) => n.to_phone)).toEqual(['0913000000']);
      expect(approved[0]!.text).toContain('ABCD2345');
      expect(approved[0]!.link).toBe('/xa/son-giang/tra-cuu?ma=ABCD2345');
      // Approving once more is refused, and writes nothing more.
      await t.app.inject({
        method: 'POST',
        url: `${url}/answer/approve`,
        headers: { cookie: chair },
        payload: {},
      });
      expect(await sent('answer.approved')).toHaveLength(1);

      const later = new Date(Date.parse(`${other!.due.date}T00:00:00Z`) + 20 * 86400_000)
        .toISOString()
        .slice(0, 10);
      expect(
        (
          await t.app.inject({
            method: 'POST',
            url: `/api/follow-up/${other!.matterId}/extend`,
            headers: { cookie: office },
            payload: { dueDate: later, reason: 'Chờ đo đạc' },
          })
        ).statusCode,
      ).toBe(200);
      const extended = await sent('matter.extended');
      expect(extended.map((n) => n.to_phone)).toEqual(['0913000000']);
      expect(extended[0]!.text).toContain(later.split('-').reverse().join('/'));
      // Sent to a higher body: the same consenting petitioner is told to whom.
      expect(
        (
          await t.app.inject({
            method: 'POST',
            url: `/api/follow-up/${third!.matterId}/escalate`,
            headers: { cookie: office },
            payload: { competentBody: 'UBND tỉnh Hà Tĩnh', proposal: 'Vượt thẩm quyền cấp xã' },
          })
        ).statusCode,
      ).toBe(201);
      const escalated = await sent('matter.escalated');
      expect(escalated.map((n) => n.to_phone)).toEqual(['0913000000']);
      expect(escalated[0]!.text).toContain('UBND tỉnh Hà Tĩnh');
    },
  );
});
