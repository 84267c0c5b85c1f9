// The follow-up detail, the printed letters and the opinions export show petitioners as core's
// petitionerView says, like the matter page: the official sees name and phone on the matter
// assigned to them, oversight masked names, and a person the matter names (a conflict of
// interest) no petitioner at all — whatever their roles. Through the real API on both databases.
import { afterEach, describe, expect, it } from 'vitest';
import { dialectCases } from './support/databases.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface FollowUp {
  petitionerView: string;
  can: string[];
  petitioners: { fullName: string | null; phone: string | null }[];
}
interface Exported {
  content: string;
  fullName: string | null;
  phone: string | null;
}

const phone = '0912 345 678';

describe.each(dialectCases)(
  'petitioners in follow-up and export on $dialect',
  ({ dialect, skip }) => {
    let t: TestApp | undefined;
    afterEach(async () => {
      await t?.close();
      t = undefined;
    });

    /** A matter in follow-up with a named petitioner (given a phone), assigned to congchuc by the office. */
    async function officialsMatter(app: TestApp) {
      const k = app.deps.db.kysely;
      const m = await k
        .selectFrom('matter')
        .innerJoin('raising', 'raising.matter_id', 'matter.id')
        .innerJoin('petitioner as p', 'p.id', 'raising.petitioner_id')
        .select([
          'matter.id',
          'matter.content',
          'matter.unit_id',
          'p.id as petitionerId',
          'p.full_name',
        ])
        .where('matter.state', '=', 'in-follow-up')
        .where('p.full_name', 'is not', null)
        .orderBy('matter.created_at')
        .executeTakeFirstOrThrow();
      await k.updateTable('petitioner').set({ phone }).where('id', '=', m.petitionerId).execute();
      const person = async (username: string) => {
        const user = (await k
          .selectFrom('user' as never)
          .select('id' as never)
          .where('username' as never, '=', username as never)
          .executeTakeFirstOrThrow()) as { id: string };
        return (
          await k
            .selectFrom('person')
            .select('id')
            .where('user_id', '=', user.id)
            .executeTakeFirstOrThrow()
        ).id;
      };
      const official = await person('congchuc');
      const office = await app.login('vanphong');
      const assigned = await app.app.inject({
        method: 'PUT',
        url: `/api/follow-up/${m.id}/responsible`,
        headers: { cookie: office },
        payload: { personId: official, field: 'tai-nguyen' },
      });
      expect(assigned.statusCode, assigned.body).toBe(200);
      return { ...m, fullName: m.full_name!, official, office, person };
    }

    const followUp = async (app: TestApp, cookie: string, id: string) => {
      const res = await app.app.inject({ url: `/api/follow-up/${id}`, headers: { cookie } });
      expect(res.statusCode, res.body).toBe(200);
      return { body: res.json() as FollowUp, raw: res.body };
    };

    it.skipIf(skip)(
      'follow-up: the official sees the phone of their own matter (logged); oversight masked; a conflict hides every petitioner',
      async () => {
        t = await startTestApp(dialect);
        const m = await officialsMatter(t);
        const officialCookie = await t.login('congchuc');

        const own = await followUp(t, officialCookie, m.id);
        expect(own.body.petitionerView).toBe('full');
        expect(own.body.petitioners.find((p) => p.fullName === m.fullName)?.phone).toBe(phone);
        const logged = await t.deps.db.kysely
          .selectFrom('audit_event')
          .select('actor_user_id')
          .where('entity_id', '=', m.id)
          .where('action', '=', 'petitioner.view')
          .execute();
        expect(logged.length).toBeGreaterThanOrEqual(1);

        const district = await followUp(t, await t.login('tinh'), m.id);
        expect(district.body.petitionerView).toBe('masked');
        expect(district.raw).not.toContain(m.fullName);
        expect(district.raw).not.toContain(phone);
        expect(district.body.petitioners.length).toBeGreaterThan(0);

        const mark = await t.app.inject({
          method: 'POST',
          url: `/api/opinions/${m.id}/conflicts`,
          headers: { cookie: m.office },
          payload: { personId: m.official, reason: 'Đơn phản ánh công chức địa chính' },
        });
        expect(mark.statusCode, mark.body).toBe(200);
        const hidden = await followUp(t, officialCookie, m.id);
        expect(hidden.body.petitionerView).toBe('hidden');
        expect(hidden.body.petitioners).toEqual([]);
        expect(hidden.raw).not.toContain(m.fullName);
        expect(hidden.raw).not.toContain(phone);
        // The office still sees them.
        expect(
          (await followUp(t, m.office, m.id)).body.petitioners.map((p) => p.fullName),
        ).toContain(m.fullName);
      },
    );

    it.skipIf(skip)(
      'export and printed letters: a person the matter names gets no petitioner of it; other matters unchanged',
      async () => {
        t = await startTestApp(dialect);
        const m = await officialsMatter(t);
        const exportAs = async (cookie: string) => {
          const res = await t!.app.inject({
            url: `/api/units/${m.unit_id}/opinions/export?format=json`,
            headers: { cookie },
          });
          expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
          return { rows: res.json() as Exported[], raw: res.body };
        };
        const before = await exportAs(m.office);
        const mine = before.rows.filter((r) => r.content === m.content);
        expect(mine.map((r) => r.fullName)).toContain(m.fullName);
        expect(mine.map((r) => r.phone)).toContain(phone);

        // The office clerk is named by the matter (marked by the administrator).
        const clerk = await m.person('vanphong');
        const admin = await t.login('admin');
        expect(
          (
            await t.app.inject({
              method: 'POST',
              url: `/api/opinions/${m.id}/conflicts`,
              headers: { cookie: admin },
              payload: { personId: clerk, reason: 'Đơn phản ánh cán bộ văn phòng' },
            })
          ).statusCode,
        ).toBe(200);
        const after = await exportAs(m.office);
        expect(after.rows).toHaveLength(before.rows.length);
        for (const r of after.rows.filter((x) => x.content === m.content))
          expect([r.fullName, r.phone]).toEqual([null, null]);
        expect(after.raw).not.toContain(phone);
        const others = (rows: Exported[]) =>
          rows.filter((r) => r.content !== m.content).map((r) => r.fullName);
        expect(others(after.rows)).toEqual(others(before.rows));
        // The administrator, not named, still exports everyone.
        expect(
          (await exportAs(admin)).rows
            .filter((r) => r.content === m.content)
            .map((r) => r.fullName),
        ).toContain(m.fullName);

        // The answer approved: letters issued. The named clerk cannot print them; the chair can.
        const officialCookie = await t.login('congchuc');
        expect(
          (
            await t.app.inject({
              method: 'PUT',
              url: `/api/follow-up/${m.id}/answer`,
              headers: { cookie: officialCookie },
              payload: { text: 'UBND xã đã rà soát và trả lời.' },
            })
          ).statusCode,
        ).toBe(200);
        expect(
          (
            await t.app.inject({
              method: 'POST',
              url: `/api/follow-up/${m.id}/answer/submit`,
              headers: { cookie: officialCookie },
            })
          ).statusCode,
        ).toBe(200);
        const approved = await t.app.inject({
          method: 'POST',
          url: `/api/follow-up/${m.id}/answer/approve`,
          headers: { cookie: await t.login('chutich') },
          payload: {},
        });
        expect(approved.statusCode, approved.body).toBe(200);
        const print = (cookie: string) =>
          t!.app.inject({ url: `/api/follow-up/${m.id}/letters.html`, headers: { cookie } });
        const byChair = await print(await t.login('chutich'));
        expect(byChair.statusCode).toBe(200);
        expect(byChair.body).toContain(m.fullName);
        expect((await print(m.office)).statusCode).toBe(404);
        expect((await followUp(t, m.office, m.id)).body.can).not.toContain('opinion.personal');
      },
    );
  },
);
