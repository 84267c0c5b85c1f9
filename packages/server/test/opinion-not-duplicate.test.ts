// Triage on SQLite and PostgreSQL: a pair marked "not a duplicate" no longer shares a cluster, is
// listed apart, and comes back when the decision is undone; "not the same" from a cluster keeps a
// matter out of it; another commune's clerk can do none of it. The normalisation table per unit.
// The routing table: a line removed by an administrator only.
import { afterEach, describe, expect, it } from 'vitest';
import { dialectCases } from './support/databases.js';
import { sonGiang } from './support/opinion-fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

type Cluster = { targetId: string; members: { id: string }[] };

describe.each(dialectCases)('not a duplicate, on $dialect', ({ dialect, skip }) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it.skipIf(skip)(
    'a dismissed pair leaves the suggestions, is listed apart, and returns on undo',
    async () => {
      t = await startTestApp(dialect);
      const cookie = await t.login('vanphong');
      const other = await t.login('vanphong.sontay');
      const { sg, village } = await sonGiang(t, cookie);
      const enter = async (content: string) =>
        (
          await t!.app.inject({
            method: 'POST',
            url: `/api/units/${sg.id}/opinions`,
            headers: { cookie },
            payload: { content, villageId: village('Thôn Khe Bá'), source: 'village' },
          })
        ).json();
      const a = await enter('Đề nghị sửa chữa cầu tràn khe Cò thôn Khe Bá bị lũ làm hư hỏng nặng');
      const b = await enter('Đề nghị sửa chữa cầu tràn khe Cò thôn Khe Bá bị hư hỏng nặng sau lũ');
      const triage = async () =>
        (
          await t!.app.inject({ url: `/api/units/${sg.id}/opinions/triage`, headers: { cookie } })
        ).json();
      const has = (clusters: Cluster[]) =>
        clusters.some((c) => [a.id, b.id].every((id) => c.members.some((m) => m.id === id)));
      expect(has((await triage()).clusters)).toBe(true);

      const url = `/api/units/${sg.id}/opinions/not-duplicates`;
      expect(
        (
          await t.app.inject({
            method: 'POST',
            url,
            headers: { cookie },
            payload: { a: a.id, b: a.id },
          })
        ).statusCode,
      ).toBe(400);
      expect(
        (
          await t.app.inject({
            method: 'POST',
            url,
            headers: { cookie: other },
            payload: { a: a.id, b: b.id },
          })
        ).statusCode,
      ).toBe(404);
      const made = await t.app.inject({
        method: 'POST',
        url,
        headers: { cookie },
        payload: { a: b.id, b: a.id },
      });
      expect(made.statusCode, made.body).toBe(201);
      // Twice is once.
      expect(
        (
          await t.app.inject({
            method: 'POST',
            url,
            headers: { cookie },
            payload: { a: a.id, b: b.id },
          })
        ).json().id,
      ).toBe(made.json().id);
      const after = await triage();
      expect(has(after.clusters)).toBe(false);
      expect(after.notDuplicates[0]).toMatchObject({ id: made.json().id });
      expect([after.notDuplicates[0].a, after.notDuplicates[0].b].sort()).toEqual(
        [a.content, b.content].sort(),
      );

      expect(
        (
          await t.app.inject({
            method: 'DELETE',
            url: `/api/opinions/not-duplicates/${made.json().id}`,
            headers: { cookie: other },
          })
        ).statusCode,
      ).toBe(404);
      expect(
        (
          await t.app.inject({
            method: 'DELETE',
            url: `/api/opinions/not-duplicates/${made.json().id}`,
            headers: { cookie },
          })
        ).statusCode,
      ).toBe(200);
      const back = await triage();
      expect(has(back.clusters)).toBe(true);
      expect(back.notDuplicates).toEqual([]);
      const audit = await t.deps.db.kysely
        .selectFrom('audit_event')
        .select('action')
        .where('action', 'like', 'opinion.not-duplicate%')
        .execute();
      expect(audit.map((e) => e.action).sort()).toEqual([
        'opinion.not-duplicate',
        'opinion.not-duplicate.undo',
      ]);
    },
  );

  it.skipIf(skip)(
    '"not the same" keeps one matter out of its cluster, for good; the rest stay grouped',
    async () => {
      t = await startTestApp(dialect);
      const cookie = await t.login('vanphong');
      const other = await t.login('vanphong.sontay');
      const { sg, village } = await sonGiang(t, cookie);
      const enter = async (content: string) =>
        (
          await t!.app.inject({
            method: 'POST',
            url: `/api/units/${sg.id}/opinions`,
            headers: { cookie },
            payload: { content, villageId: village('Thôn Đồng Lạc'), source: 'village' },
          })
        ).json();
      const a = await enter(
        'Đập Khe Lau bị rò rỉ nước ở thân đập, đề nghị xã sửa chữa trước mùa mưa',
      );
      const b = await enter('dap Khe Lau bi ri nuoc o than dap, so mua mua vo dap');
      const c = await enter('Con đập ở Khe Lau thấm nước ra chân đập, bà con lo vỡ đập');
      const triage = async () =>
        (
          await t!.app.inject({ url: `/api/units/${sg.id}/opinions/triage`, headers: { cookie } })
        ).json() as { clusters: Cluster[] };
      const clusterOf = (clusters: Cluster[], id: string) =>
        clusters.find((k) => k.members.some((m) => m.id === id));
      expect(
        clusterOf((await triage()).clusters, a.id)
          ?.members.map((m) => m.id)
          .sort(),
      ).toEqual([a.id, b.id, c.id].sort());

      const url = `/api/units/${sg.id}/opinions/not-same`;
      expect(
        (
          await t.app.inject({
            method: 'POST',
            url,
            headers: { cookie: other },
            payload: { matterId: c.id, otherIds: [a.id, b.id] },
          })
        ).statusCode,
      ).toBe(404);
      const bad = await t.app.inject({
        method: 'POST',
        url,
        headers: { cookie },
        payload: { matterId: c.id, otherIds: [c.id] },
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.fields[0].field).toBe('otherIds');
      const made = await t.app.inject({
        method: 'POST',
        url,
        headers: { cookie },
        payload: { matterId: c.id, otherIds: [a.id, b.id] },
      });
      expect(made.statusCode, made.body).toBe(201);
      expect(made.json().dismissed).toBe(2);
      const after = await triage();
      expect(
        clusterOf(after.clusters, a.id)
          ?.members.map((m) => m.id)
          .sort(),
      ).toEqual([a.id, b.id].sort());
      expect(clusterOf(after.clusters, c.id)).toBeUndefined();
      // Twice is once.
      expect(
        (
          await t.app.inject({
            method: 'POST',
            url,
            headers: { cookie },
            payload: { matterId: c.id, otherIds: [a.id] },
          })
        ).json().dismissed,
      ).toBe(0);
    },
  );

  it.skipIf(skip)(
    'the normalisation table: a place the office adds joins its petitions; a stale version is refused and loses nothing',
    async () => {
      t = await startTestApp(dialect);
      const cookie = await t.login('vanphong');
      const { sg } = await sonGiang(t, cookie);
      const url = `/api/units/${sg.id}/lexicon`;
      const first = (await t.app.inject({ url, headers: { cookie } })).json();
      expect(first.own).toEqual([]);
      expect(first.places).toContain('Thôn Khe Bá');
      expect(first.builtIn.length).toBeGreaterThan(50);
      const entries = [
        { kind: 'abbreviation', canonical: 'đập Khe Lau', variants: ['đập KL', 'hồ KL'] },
      ];
      const saved = await t.app.inject({
        method: 'PUT',
        url,
        headers: { cookie },
        payload: { entries, version: 0 },
      });
      expect(saved.statusCode, saved.body).toBe(200);
      expect(saved.json()).toMatchObject({ own: entries, version: 1 });
      const stale = await t.app.inject({
        method: 'PUT',
        url,
        headers: { cookie },
        payload: { entries: [], version: 0 },
      });
      expect(stale.statusCode).toBe(409);
      expect((await t.app.inject({ url, headers: { cookie } })).json().own).toEqual(entries);
      const bad = await t.app.inject({
        method: 'PUT',
        url,
        headers: { cookie },
        payload: { entries: [{ kind: 'place', canonical: '', variants: [] }], version: 1 },
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.fields[0].field).toBe('entries.0.canonical');
      // The commune's own abbreviation reads as the words it stands for.
      const enter = async (content: string) =>
        (
          await t!.app.inject({
            method: 'POST',
            url: `/api/units/${sg.id}/opinions`,
            headers: { cookie },
            payload: { content, source: 'village' },
          })
        ).json();
      const a = await enter('Đập Khe Lau bị rò rỉ nước ở thân đập, xin sửa chữa');
      const similar = (
        await t.app.inject({
          method: 'POST',
          url: `/api/units/${sg.id}/opinions/similar`,
          headers: { cookie },
          payload: { content: 'dap KL ri nuoc than dap' },
        })
      ).json();
      expect(similar.duplicates.map((d: { id: string }) => d.id)).toContain(a.id);
    },
  );

  it.skipIf(skip)('a routing line is removed by an administrator only', async () => {
    t = await startTestApp(dialect);
    const cookie = await t.login('vanphong');
    const admin = await t.login('admin');
    const { sg } = await sonGiang(t, cookie);
    const routes = (
      await t.app.inject({ url: `/api/units/${sg.id}/opinion-routes`, headers: { cookie } })
    ).json().routes as { id: string; field: string }[];
    expect(routes.length).toBeGreaterThan(0);
    expect(
      (
        await t.app.inject({ url: `/api/units/${sg.id}/opinion-routes`, headers: { cookie } })
      ).json().canEdit,
    ).toBe(false);
    expect(
      (
        await t.app.inject({
          url: `/api/units/${sg.id}/opinion-routes`,
          headers: { cookie: admin },
        })
      ).json().canEdit,
    ).toBe(true);
    const line = routes[0]!;
    expect(
      (
        await t.app.inject({
          method: 'DELETE',
          url: `/api/opinion-routes/${line.id}`,
          headers: { cookie },
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await t.app.inject({
          method: 'DELETE',
          url: `/api/opinion-routes/${line.id}`,
          headers: { cookie: admin },
        })
      ).statusCode,
    ).toBe(200);
    const left = (
      await t.app.inject({ url: `/api/units/${sg.id}/opinion-routes`, headers: { cookie } })
    ).json().routes as { id: string }[];
    expect(left.map((r) => r.id)).not.toContain(line.id);
    expect(left).toHaveLength(routes.length - 1);
  });
});
