// Opinions on SQLite and PostgreSQL, through the real HTTP API with the demo commune loaded
// (real repositories, real auth; nothing faked): entry, duplicates, classify and routing,
// merge and unmerge, search without accents (incl. đ), and another commune's 404.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dialectCases } from './support/databases.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { sonGiang } from './support/opinion-fixtures.js';

describe.each(dialectCases)('opinions on $dialect', ({ dialect, skip }) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    vi.useRealTimers();
    await t?.close();
    t = undefined;
  });

  it.skipIf(skip)(
    'an opinion entered at 06:30 in Vietnam (23:30 UTC the day before) is received on the day in Vietnam',
    async () => {
      t = await startTestApp(dialect);
      const cookie = await t.login('vanphong');
      const { sg, village } = await sonGiang(t, cookie);
      vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-03-02T23:30:00.000Z') });
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/units/${sg.id}/opinions`,
        headers: { cookie },
        payload: {
          content: 'Đề nghị sửa cầu tràn thôn Giang Hà',
          source: 'village',
          villageId: village('Thôn Giang Hà'),
        },
      });
      expect(res.statusCode).toBe(201);
      expect(res.json().receivedOn).toBe('2026-03-03');
    },
  );

  it.skipIf(skip)(
    'a clerk enters an opinion: suggested field, likely duplicate, consent as ticked, then classify routes it',
    async () => {
      t = await startTestApp(dialect);
      const cookie = await t.login('vanphong');
      const { sg, village } = await sonGiang(t, cookie);
      const giangHa = village('Thôn Giang Hà');
      const content = 'Đường liên thôn Giang Hà đi Thanh Tiến nhiều ổ gà, đề nghị sớm sửa chữa';

      const similar = (
        await t.app.inject({
          method: 'POST',
          url: `/api/units/${sg.id}/opinions/similar`,
          headers: { cookie },
          payload: { content, villageId: giangHa },
        })
      ).json();
      expect(similar.suggestions[0].field).toBe('nong-nghiep');
      expect(similar.duplicates.length).toBeGreaterThan(0);
      expect(similar.duplicates[0].content).toContain('Giang Hà');
      expect(similar.duplicates[0].sameVillage).toBe(true);

      const res = await t.app.inject({
        method: 'POST',
        url: `/api/units/${sg.id}/opinions`,
        headers: { cookie },
        payload: {
          content: content.normalize('NFD'),
          villageId: giangHa,
          source: 'village',
          petitioner: {
            fullName: 'Hoàng Văn Đông',
            phone: '0912 000 111',
            consents: ['contact-about-answer'],
          },
        },
      });
      expect(res.statusCode).toBe(201);
      const created = res.json();
      expect(created).toMatchObject({
        content,
        state: 'received',
        field: null,
        petitionerCount: 1,
      });
      expect(created.suggestions[0].field).toBe('nong-nghiep');

      const detail = (
        await t.app.inject({ url: `/api/opinions/${created.id}`, headers: { cookie } })
      ).json();
      expect(detail.raisings[0]).toMatchObject({ fullName: 'Hoàng Văn Đông', phone: '0912000111' });
      expect(detail.raisings[0].consents.map((c: { purpose: string }) => c.purpose)).toEqual([
        'contact-about-answer',
      ]);
      // Recorded with the words of the box ticked and how it was given (a village's list: in writing).
      const consent = await t.deps.db.kysely
        .selectFrom('petitioner_consent')
        .innerJoin('raising', 'raising.petitioner_id', 'petitioner_consent.petitioner_id')
        .select(['petitioner_consent.wording', 'petitioner_consent.channel'])
        .where('raising.matter_id', '=', created.id)
        .executeTakeFirstOrThrow();
      expect(consent).toEqual({ wording: 'Liên hệ để trả lời ý kiến', channel: 'writing' });
      expect(detail.history.map((h: { to: string }) => h.to)).toEqual(['received']);

      const classified = (
        await t.app.inject({
          method: 'POST',
          url: `/api/opinions/${created.id}/classify`,
          headers: { cookie },
          payload: { field: 'nong-nghiep', version: created.version },
        })
      ).json();
      expect(classified).toMatchObject({
        state: 'assigned',
        field: 'nong-nghiep',
        assigneeName: 'Phan Thị Hương',
      });
      const stale = await t.app.inject({
        method: 'POST',
        url: `/api/opinions/${created.id}/classify`,
        headers: { cookie },
        payload: { field: 'kinh-te', version: created.version },
      });
      expect(stale.statusCode).toBe(409);

      // The official sees her assignment; the list of an official holds only what is assigned to her.
      const official = await t.login('congchuc');
      const herPage = (
        await t.app.inject({
          url: `/api/units/${sg.id}/opinions?limit=200`,
          headers: { cookie: official },
        })
      ).json() as { items: { assigneeName: string; state: string }[]; total: number };
      const hers = herPage.items;
      expect(hers.length).toBeGreaterThan(0);
      // Her count is counted in her scope too (the unit-id form of the scope, opinion-scope.ts), with or without a filter.
      expect(herPage.total).toBe(hers.length);
      const herAssigned = (
        await t.app.inject({
          url: `/api/units/${sg.id}/opinions?limit=200&state=assigned`,
          headers: { cookie: official },
        })
      ).json() as { items: unknown[]; total: number };
      expect(herAssigned.total).toBe(hers.filter((m) => m.state === 'assigned').length);
      expect(new Set(hers.map((m) => m.assigneeName))).toEqual(new Set(['Phan Thị Hương']));
    },
  );

  it.skipIf(skip)(
    'opinions entered at the same moment each commit, a failing one rolls back alone',
    async () => {
      t = await startTestApp(dialect);
      const cookie = await t.login('vanphong');
      const { sg, village } = await sonGiang(t, cookie);
      const results = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          t!.app.inject({
            method: 'POST',
            url: `/api/units/${sg.id}/opinions`,
            headers: { cookie },
            payload: {
              content: `Ý kiến cùng lúc số ${i}`,
              source: 'at-session',
              villageId: i === 5 ? sg.id : village('Thôn Giang Hà'),
            },
          }),
        ),
      );
      expect(results.map((r) => r.statusCode)).toEqual(
        results.map((_, i) => (i === 5 ? 400 : 201)),
      );
      const found = (
        await t.app.inject({
          url: `/api/units/${sg.id}/opinions?q=y kien cung luc&limit=50`,
          headers: { cookie },
        })
      ).json().items;
      expect(found).toHaveLength(11);
      const audit = await t.deps.db.kysely
        .selectFrom('audit_event')
        .select('entity_id')
        .where('action', '=', 'opinion.create')
        .execute();
      const audited = new Set(audit.map((a) => a.entity_id));
      expect(found.every((m: { id: string }) => audited.has(m.id))).toBe(true); // each change with its audit entry
    },
  );

  it.skipIf(skip)('bad input is refused in Vietnamese, naming the field', async () => {
    t = await startTestApp(dialect);
    const cookie = await t.login('vanphong');
    const { sg } = await sonGiang(t, cookie);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/units/${sg.id}/opinions`,
      headers: { cookie },
      payload: { content: '  ', source: 'radio', petitioner: { phone: '123' } },
    });
    expect(res.statusCode).toBe(400);
    const fields = res.json().error.fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['content', 'source', 'petitioner.phone']));
    expect(res.json().error.message).toContain('Trường «content»');
    const otherVillage = await t.app.inject({
      method: 'POST',
      url: `/api/units/${sg.id}/opinions`,
      headers: { cookie },
      payload: { content: 'x', source: 'mttq', villageId: sg.id },
    });
    expect(otherVillage.json().error.fields[0].field).toBe('villageId');
  });

  it.skipIf(skip)(
    'merges suggested duplicates into one matter with all petitioners, and undoes it',
    async () => {
      t = await startTestApp(dialect);
      const cookie = await t.login('vanphong');
      const { sg } = await sonGiang(t, cookie);
      const triage = (
        await t.app.inject({ url: `/api/units/${sg.id}/opinions/triage`, headers: { cookie } })
      ).json();
      const cluster = triage.clusters.find((c: { members: { content: string }[] }) =>
        c.members.some((m) => /Giang Hà - Thanh Tiến/.test(m.content)),
      );
      expect(cluster.members).toHaveLength(2);
      expect(cluster.title).toContain('Giang Hà');
      const pair = {
        a: cluster.members.find((m: { id: string }) => m.id === cluster.targetId),
        b: cluster.members.find((m: { id: string }) => m.id !== cluster.targetId),
      };
      const before = pair.a.petitionerCount + pair.b.petitionerCount;
      const merged = await t.app.inject({
        method: 'POST',
        url: `/api/opinions/${pair.a.id}/merge`,
        headers: { cookie },
        payload: { sourceIds: [pair.b.id], reason: 'Cùng một vấn đề' },
      });
      expect(merged.statusCode).toBe(200);
      expect(merged.json().petitionerCount).toBe(before);
      const detail = (
        await t.app.inject({ url: `/api/opinions/${pair.a.id}`, headers: { cookie } })
      ).json();
      expect(detail.absorbed.map((a: { id: string }) => a.id)).toEqual([pair.b.id]);
      const list = (
        await t.app.inject({ url: `/api/units/${sg.id}/opinions?limit=200`, headers: { cookie } })
      ).json().items as { id: string }[];
      expect(list.map((m) => m.id)).not.toContain(pair.b.id);
      // Merging into a merged matter's group is refused; unmerge restores the state it had.
      const again = await t.app.inject({
        method: 'POST',
        url: `/api/opinions/${pair.b.id}/merge`,
        headers: { cookie },
        payload: { sourceIds: [pair.a.id] },
      });
      expect(again.statusCode).toBe(422);
      const undone = (
        await t.app.inject({
          method: 'POST',
          url: `/api/opinions/${pair.b.id}/unmerge`,
          headers: { cookie },
        })
      ).json();
      expect(undone).toMatchObject({ state: pair.b.state, mergedIntoId: null });
      const after = (
        await t.app.inject({ url: `/api/opinions/${pair.a.id}`, headers: { cookie } })
      ).json();
      expect(after.petitionerCount).toBe(pair.a.petitionerCount);
      expect(
        (await t.app.inject({ url: `/api/opinions/${pair.b.id}`, headers: { cookie } }))
          .json()
          .history.map((h: { to: string }) => h.to)
          .slice(-2),
      ).toEqual(['merged', pair.b.state]);
    },
  );

  it.skipIf(skip)(
    'routes by field, a village route first; the triage lists what has no route',
    async () => {
      t = await startTestApp(dialect);
      const admin = await t.login('admin');
      const cookie = await t.login('vanphong');
      const { sg, village } = await sonGiang(t, cookie);
      const khe = village('Thôn Khe Bá');
      const lan = sg.people.find((p) => p.fullName === 'Võ Thị Lan')!;
      const byClerk = await t.app.inject({
        method: 'PUT',
        url: `/api/units/${sg.id}/opinion-routes`,
        headers: { cookie },
        payload: { field: 'moi-truong', villageId: khe, personId: lan.id },
      });
      expect(byClerk.statusCode).toBe(404); // only an administrator edits the table
      const put = await t.app.inject({
        method: 'PUT',
        url: `/api/units/${sg.id}/opinion-routes`,
        headers: { cookie: admin },
        payload: { field: 'moi-truong', villageId: khe, personId: lan.id },
      });
      expect(put.statusCode).toBe(200);
      const enter = async (villageId: string | null, field: string) =>
        (
          await t!.app.inject({
            method: 'POST',
            url: `/api/units/${sg.id}/opinions`,
            headers: { cookie },
            payload: {
              content: 'Rác thải đổ ven khe gây ô nhiễm',
              villageId,
              source: 'village',
              field,
            },
          })
        ).json();
      expect((await enter(khe, 'moi-truong')).assigneeName).toBe('Võ Thị Lan');
      expect((await enter(village('Thôn Giang Hà'), 'moi-truong')).assigneeName).toBe(
        'Phan Thị Hương',
      );
      // No route for a field: it stays classified and waits in the triage queue.
      await t.deps.db.kysely.deleteFrom('opinion_route').where('field', '=', 'khac').execute();
      const unrouted = await enter(null, 'khac');
      expect(unrouted.state).toBe('classified');
      const triage = (
        await t.app.inject({ url: `/api/units/${sg.id}/opinions/triage`, headers: { cookie } })
      ).json();
      expect(triage.unrouted.map((m: { id: string }) => m.id)).toContain(unrouted.id);
      const assigned = await t.app.inject({
        method: 'POST',
        url: `/api/opinions/${unrouted.id}/assign`,
        headers: { cookie },
        payload: { personId: lan.id, prepareBy: '2026-05-20', version: unrouted.version },
      });
      expect(assigned.json()).toMatchObject({
        state: 'assigned',
        assigneeName: 'Võ Thị Lan',
        prepareBy: '2026-05-20',
      });
    },
  );

  it.skipIf(skip)(
    'finds accented text typed without accents, including đ, and petitioners by name',
    async () => {
      t = await startTestApp(dialect);
      const cookie = await t.login('vanphong');
      const { sg } = await sonGiang(t, cookie);
      const search = async (q: string, extra = '') =>
        (
          await t!.app.inject({
            url: `/api/units/${sg.id}/opinions?q=${encodeURIComponent(q)}${extra}`,
            headers: { cookie },
          })
        ).json().items as { content: string; field: string }[];
      const plain = await search('duong lien thon');
      expect(plain.length).toBeGreaterThan(0);
      expect(plain.every((m) => /đường liên thôn/i.test(m.content))).toBe(true);
      expect((await search('ĐƯỜNG LIÊN THÔN')).length).toBe(plain.length);
      expect((await search('so do')).some((m) => m.content.includes('sổ đỏ'))).toBe(true);
      expect((await search('dinh van phuc')).some((m) => m.content.includes('sổ đỏ'))).toBe(true); // petitioner Đinh Văn Phúc
      expect((await search('khai thac ca')).some((m) => m.content.includes('khai thác cát'))).toBe(
        true,
      ); // prefix
      const filtered = await search('de nghi', '&field=moi-truong');
      expect(filtered.length).toBeGreaterThan(0);
      expect(filtered.every((m) => m.field === 'moi-truong')).toBe(true);
      expect(await search('zzzkhongco')).toEqual([]);
    },
  );

  it.skipIf(skip)(
    "another commune's matters are 404, exactly like a missing one; oversight reads, never writes",
    async () => {
      t = await startTestApp(dialect);
      const mine = await t.login('vanphong');
      const other = await t.login('vanphong.sontay');
      const { sg } = await sonGiang(t, mine);
      const one = (
        await t.app.inject({
          url: `/api/units/${sg.id}/opinions?limit=1`,
          headers: { cookie: mine },
        })
      ).json().items[0];
      const read = await t.app.inject({
        url: `/api/opinions/${one.id}`,
        headers: { cookie: other },
      });
      const missing = await t.app.inject({
        url: '/api/opinions/does-not-exist',
        headers: { cookie: other },
      });
      expect(read.statusCode).toBe(404);
      expect(read.json()).toEqual(missing.json());
      expect(
        (await t.app.inject({ url: `/api/units/${sg.id}/opinions`, headers: { cookie: other } }))
          .statusCode,
      ).toBe(404);
      expect(
        (
          await t.app.inject({
            method: 'POST',
            url: `/api/opinions/${one.id}/classify`,
            headers: { cookie: other },
            payload: { field: 'khac', version: one.version },
          })
        ).statusCode,
      ).toBe(404);
      expect(
        (
          await t.app.inject({
            method: 'POST',
            url: `/api/units/${sg.id}/opinions`,
            headers: { cookie: other },
            payload: { content: 'x', source: 'mttq' },
          })
        ).statusCode,
      ).toBe(404);
      const tinh = await t.login('tinh');
      const seen = await t.app.inject({
        url: `/api/opinions/${one.id}`,
        headers: { cookie: tinh },
      });
      expect(seen.statusCode).toBe(200);
      expect(seen.json().raisings.every((r: { phone: string | null }) => r.phone === null)).toBe(
        true,
      ); // no contacts for oversight
      expect(
        (
          await t.app.inject({
            method: 'POST',
            url: `/api/opinions/${one.id}/classify`,
            headers: { cookie: tinh },
            payload: { field: 'khac', version: one.version },
          })
        ).statusCode,
      ).toBe(404);
    },
  );
});
