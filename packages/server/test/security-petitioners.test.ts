// Field-level limits on petitioners' personal data, through the real API on both databases:
// the official sees name and phone only on matters assigned to them, the office and the chairs
// on every matter of the commune, oversight only masked names; a matter marked as naming an
// official shows that official no petitioner at all, and they cannot lift the mark.
import { afterEach, describe, expect, it } from 'vitest';
import { dialectCases } from './support/databases.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface Raising {
  fullName: string | null;
  phone: string | null;
  petitionerId: string | null;
}

async function assignedWithPhone(t: TestApp, username: string) {
  const row = await t.deps.db.kysely
    .selectFrom('matter')
    .innerJoin('person', 'person.id', 'matter.assignee_person_id')
    .innerJoin('user', 'user.id', 'person.user_id')
    .innerJoin('raising', 'raising.matter_id', 'matter.id')
    .innerJoin('petitioner', 'petitioner.id', 'raising.petitioner_id')
    .select(['matter.id', 'person.id as personId', 'petitioner.full_name', 'petitioner.phone'])
    .where('user.username' as never, '=', username as never)
    .where('petitioner.phone', 'is not', null)
    .where('petitioner.full_name', 'is not', null)
    .executeTakeFirstOrThrow();
  return row;
}

describe.each(dialectCases)("petitioners' personal data on $dialect", ({ dialect, skip }) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  const get = async (cookie: string, id: string) => {
    const res = await t!.app.inject({ url: `/api/opinions/${id}`, headers: { cookie } });
    return {
      status: res.statusCode,
      body: res.json() as { petitionerView: string; raisings: Raising[] },
    };
  };

  it.skipIf(skip)(
    "official: own matters in full; office and chairs in full; oversight masked; an official's view is logged",
    async () => {
      t = await startTestApp(dialect);
      const m = await assignedWithPhone(t, 'congchuc');
      const phone = m.phone!.replace(/\s/g, '');

      const official = await get(await t.login('congchuc'), m.id);
      expect(official.status).toBe(200);
      expect(official.body.petitionerView).toBe('full');
      expect(official.body.raisings.map((r) => r.fullName)).toContain(m.full_name);
      expect(official.body.raisings.map((r) => r.phone?.replace(/\s/g, ''))).toContain(phone);

      for (const who of ['vanphong', 'chutich', 'bithu']) {
        const r = await get(await t.login(who), m.id);
        expect(r.body.petitionerView, who).toBe('full');
        expect(
          r.body.raisings.map((x) => x.fullName),
          who,
        ).toContain(m.full_name);
      }

      const district = await get(await t.login('tinh'), m.id);
      expect(district.status).toBe(200);
      expect(district.body.petitionerView).toBe('masked');
      expect(JSON.stringify(district.body)).not.toContain(m.full_name!);
      expect(JSON.stringify(district.body)).not.toContain(phone);
      expect(district.body.raisings.every((r) => r.phone === null && r.petitionerId === null)).toBe(
        true,
      );
      expect(district.body.raisings.some((r) => r.fullName && /\./.test(r.fullName))).toBe(true); // "Ông N.V.A., thôn …"

      // Someone else's matter: the official does not even see it.
      const other = await t.deps.db.kysely
        .selectFrom('matter')
        .select('id')
        .where('assignee_person_id', '!=', m.personId)
        .executeTakeFirstOrThrow();
      expect((await get(await t.login('congchuc'), other.id)).status).toBe(404);

      const views = await t.deps.db.kysely
        .selectFrom('audit_event')
        .select(['actor_user_id', 'action'])
        .where('entity_id', '=', m.id)
        .where('action', '=', 'petitioner.view')
        .execute();
      expect(views.length).toBeGreaterThanOrEqual(4);
    },
  );

  it.skipIf(skip)(
    'a matter marked as naming the official hides every petitioner from them; they cannot lift the mark; the office can',
    async () => {
      t = await startTestApp(dialect);
      const m = await assignedWithPhone(t, 'congchuc');
      const office = await t.login('vanphong');
      const officialCookie = await t.login('congchuc');

      const mark = await t.app.inject({
        method: 'POST',
        url: `/api/opinions/${m.id}/conflicts`,
        headers: { cookie: office },
        payload: { personId: m.personId, reason: 'Đơn phản ánh thái độ của công chức địa chính' },
      });
      expect(mark.statusCode, mark.body).toBe(200);
      expect(mark.json().conflicts).toHaveLength(1);

      const hidden = await get(officialCookie, m.id);
      expect(hidden.status).toBe(200); // the matter itself stays readable (it is theirs to answer)…
      expect(hidden.body.petitionerView).toBe('hidden');
      expect(hidden.body.raisings).toEqual([]); // …but not who raised it
      expect(JSON.stringify(hidden.body)).not.toContain(m.full_name!);

      // The named official cannot read, nor lift, the mark.
      expect(
        (
          await t.app.inject({
            url: `/api/opinions/${m.id}/conflicts`,
            headers: { cookie: officialCookie },
          })
        ).statusCode,
      ).toBe(404);
      expect(
        (
          await t.app.inject({
            method: 'DELETE',
            url: `/api/opinions/${m.id}/conflicts/${m.personId}`,
            headers: { cookie: officialCookie },
          })
        ).statusCode,
      ).toBe(404);
      // The office still sees everyone; a bad person id is refused naming the field.
      expect((await get(office, m.id)).body.petitionerView).toBe('full');
      const bad = await t.app.inject({
        method: 'POST',
        url: `/api/opinions/${m.id}/conflicts`,
        headers: { cookie: office },
        payload: { personId: 'no-such-person' },
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.fields[0].field).toBe('personId');

      // A chair named by a matter loses the view too.
      const chair = await t.deps.db.kysely
        .selectFrom('person')
        .innerJoin('user', 'user.id', 'person.user_id')
        .select('person.id')
        .where('user.username' as never, '=', 'chutich' as never)
        .executeTakeFirstOrThrow();
      await t.app.inject({
        method: 'POST',
        url: `/api/opinions/${m.id}/conflicts`,
        headers: { cookie: office },
        payload: { personId: chair.id },
      });
      expect((await get(await t.login('chutich'), m.id)).body.raisings).toEqual([]);
      expect((await get(await t.login('bithu'), m.id)).body.petitionerView).toBe('full');

      const lifted = await t.app.inject({
        method: 'DELETE',
        url: `/api/opinions/${m.id}/conflicts/${m.personId}`,
        headers: { cookie: office },
      });
      expect(lifted.statusCode).toBe(200);
      expect((await get(officialCookie, m.id)).body.petitionerView).toBe('full');
      const audit = await t.deps.db.kysely
        .selectFrom('audit_event')
        .select('action')
        .where('entity_id', '=', m.id)
        .where('action', 'like', 'opinion.conflict%')
        .execute();
      expect(audit.map((a) => a.action).sort()).toEqual([
        'opinion.conflict-marked',
        'opinion.conflict-marked',
        'opinion.conflict-removed',
      ]);
    },
  );

  it.skipIf(skip)(
    "another commune's office cannot mark a conflict on this commune's matter",
    async () => {
      t = await startTestApp(dialect);
      const m = await assignedWithPhone(t, 'congchuc');
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/opinions/${m.id}/conflicts`,
        headers: { cookie: await t.login('vanphong.sontay') },
        payload: { personId: m.personId },
      });
      expect(res.statusCode).toBe(404);
    },
  );
});
