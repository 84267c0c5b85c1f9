// Triage on SQLite and PostgreSQL: a suggested duplicate pair marked "not a duplicate" is no
// longer suggested, is listed apart, and comes back when the decision is undone; another
// commune's clerk can do neither. The routing table: a line removed by an administrator only.
import { afterEach, describe, expect, it } from 'vitest';
import { dialectCases } from './support/databases.js';
import { sonGiang } from './support/opinion-fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

type Pair = { a: { id: string }; b: { id: string } };

describe.each(dialectCases)('not a duplicate, on $dialect', ({ dialect, skip }) => {
  let t: TestApp | undefined;
  afterEach(async () => { await t?.close(); t = undefined; });

  it.skipIf(skip)('a dismissed pair leaves the suggestions, is listed apart, and returns on undo', async () => {
    t = await startTestApp(dialect);
    const cookie = await t.login('vanphong');
    const other = await t.login('vanphong.sontay');
    const { sg, village } = await sonGiang(t, cookie);
    const enter = async (content: string) => (await t!.app.inject({ method: 'POST', url: `/api/units/${sg.id}/opinions`, headers: { cookie }, payload: { content, villageId: village('Thôn Khe Bá'), source: 'village' } })).json();
    const a = await enter('Đề nghị sửa chữa cầu tràn khe Cò thôn Khe Bá bị lũ làm hư hỏng nặng');
    const b = await enter('Đề nghị sửa chữa cầu tràn khe Cò thôn Khe Bá bị hư hỏng nặng sau lũ');
    const triage = async () => (await t!.app.inject({ url: `/api/units/${sg.id}/opinions/triage`, headers: { cookie } })).json();
    const has = (pairs: Pair[]) => pairs.some((p) => [p.a.id, p.b.id].sort().join() === [a.id, b.id].sort().join());
    expect(has((await triage()).duplicates)).toBe(true);

    const url = `/api/units/${sg.id}/opinions/not-duplicates`;
    expect((await t.app.inject({ method: 'POST', url, headers: { cookie }, payload: { a: a.id, b: a.id } })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'POST', url, headers: { cookie: other }, payload: { a: a.id, b: b.id } })).statusCode).toBe(404);
    const made = await t.app.inject({ method: 'POST', url, headers: { cookie }, payload: { a: b.id, b: a.id } });
    expect(made.statusCode, made.body).toBe(201);
    // Twice is once.
    expect((await t.app.inject({ method: 'POST', url, headers: { cookie }, payload: { a: a.id, b: b.id } })).json().id).toBe(made.json().id);
    const after = await triage();
    expect(has(after.duplicates)).toBe(false);
    expect(after.notDuplicates[0]).toMatchObject({ id: made.json().id });
    expect([after.notDuplicates[0].a, after.notDuplicates[0].b].sort()).toEqual([a.content, b.content].sort());

    expect((await t.app.inject({ method: 'DELETE', url: `/api/opinions/not-duplicates/${made.json().id}`, headers: { cookie: other } })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/opinions/not-duplicates/${made.json().id}`, headers: { cookie } })).statusCode).toBe(200);
    const back = await triage();
    expect(has(back.duplicates)).toBe(true);
    expect(back.notDuplicates).toEqual([]);
    const audit = await t.deps.db.kysely.selectFrom('audit_event').select('action').where('action', 'like', 'opinion.not-duplicate%').execute();
    expect(audit.map((e) => e.action).sort()).toEqual(['opinion.not-duplicate', 'opinion.not-duplicate.undo']);
  });

  it.skipIf(skip)('a routing line is removed by an administrator only', async () => {
    t = await startTestApp(dialect);
    const cookie = await t.login('vanphong');
    const admin = await t.login('admin');
    const { sg } = await sonGiang(t, cookie);
    const routes = (await t.app.inject({ url: `/api/units/${sg.id}/opinion-routes`, headers: { cookie } })).json().routes as { id: string; field: string }[];
    expect(routes.length).toBeGreaterThan(0);
    expect((await t.app.inject({ url: `/api/units/${sg.id}/opinion-routes`, headers: { cookie } })).json().canEdit).toBe(false);
    expect((await t.app.inject({ url: `/api/units/${sg.id}/opinion-routes`, headers: { cookie: admin } })).json().canEdit).toBe(true);
    const line = routes[0]!;
    expect((await t.app.inject({ method: 'DELETE', url: `/api/opinion-routes/${line.id}`, headers: { cookie } })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/opinion-routes/${line.id}`, headers: { cookie: admin } })).statusCode).toBe(200);
    const left = (await t.app.inject({ url: `/api/units/${sg.id}/opinion-routes`, headers: { cookie } })).json().routes as { id: string }[];
    expect(left.map((r) => r.id)).not.toContain(line.id);
    expect(left).toHaveLength(routes.length - 1);
  });
});
