// The session's minutes (bien-ban), invitation (giay-moi) and list of opinions (danh-sach-y-kien)
// as draft documents, on SQLite and PostgreSQL with the demo commune: rounds 1 and 2 of Sơn Giang
// are held, and a session of next year's plan is scheduled here through the real use cases. Each
// kind is listed for the caller's sessions only, its DOCX holds the session's facts, another
// commune gets 404, and `doithoai documents list` prints the new kinds.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isOpinionField, opinionFieldNames, type Actor, type Role } from '@doithoai/core';
import JSZip from 'jszip';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bootstrap } from '../src/bootstrap.js';
import { loadConfig } from '../src/config.js';
import type { Db } from '../src/db/open-database.js';
import { createPlan } from '../src/plan/create-plan.js';
import { issuePlan } from '../src/plan/issue-plan.js';
import { todayInVietnam } from '../src/shared/clock.js';
import { scheduleSession } from '../src/session/schedule-session.js';
import { createTestDatabase, dialectCases, type TestDatabase } from './support/databases.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { runCli } from './support/run-cli.js';

const venue = 'Nhà văn hóa thôn Khe Bá';
const participant = 'Bí thư chi bộ, thôn trưởng các thôn';

async function actorOf(db: Db, username: string): Promise<Actor> {
  const user = (await db.kysely
    .selectFrom('user' as never)
    .select('id' as never)
    .where('username' as never, '=', username as never)
    .executeTakeFirstOrThrow()) as { id: string };
  const grants = await db.kysely
    .selectFrom('role_grant')
    .innerJoin('unit', 'unit.id', 'role_grant.unit_id')
    .select(['role_grant.role', 'role_grant.unit_id', 'unit.path'])
    .where('user_id', '=', user.id)
    .execute();
  return {
    userId: user.id,
    grants: grants.map((g) => ({ role: g.role as Role, unitId: g.unit_id, unitPath: g.path })),
  };
}

/** Next year's plan for Sơn Giang, issued, its first round scheduled: the demo's own sessions are all held. */
async function scheduleNextYear(db: Db) {
  const office = await actorOf(db, 'vanphong');
  const sg = await db.kysely
    .selectFrom('unit')
    .select('id')
    .where('code', '=', 'demo-son-giang')
    .executeTakeFirstOrThrow();
  const year = Number(todayInVietnam().slice(0, 4)) + 1;
  const plan = await createPlan({ db }, office, sg.id, { year });
  await issuePlan({ db }, office, plan.id, { version: plan.version });
  const s = await db.kysely
    .selectFrom('dialogue_session')
    .select(['id', 'version'])
    .where('plan_id', '=', plan.id)
    .orderBy('round')
    .executeTakeFirstOrThrow();
  const date = `${year}-04-02`;
  await scheduleSession({ db }, office, s.id, {
    date,
    startTime: '14:00',
    venue,
    chairs: ['Đồng chí Nguyễn Văn Hòa, Chủ tịch UBND xã'],
    participants: ['Đại diện Ủy ban MTTQ xã', participant],
    topics: ['Việc thực hiện các chính sách an sinh xã hội trên địa bàn'],
    version: Number(s.version),
  });
  return { id: s.id, date };
}

/** The document's text, runs joined. */
async function docxText(body: Buffer): Promise<string> {
  const xml = await (await JSZip.loadAsync(body)).file('word/document.xml')!.async('string');
  return xml
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

describe.each(dialectCases)('session documents API on $dialect', ({ dialect, skip }) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  async function setUp() {
    t = await startTestApp(dialect);
    const k = t.deps.db.kysely;
    const sg = await k
      .selectFrom('unit')
      .select('id')
      .where('code', '=', 'demo-son-giang')
      .executeTakeFirstOrThrow();
    const held = await k
      .selectFrom('dialogue_session')
      .select(['id', 'round', 'state'])
      .where('unit_id', '=', sg.id)
      .where('state', 'in', ['held', 'concluded', 'closed'])
      .orderBy('round')
      .execute();
    expect(held.map((s) => s.state)).toEqual(['closed', 'concluded']);
    const scheduled = await scheduleNextYear(t.deps.db);
    const cookie = { sg: await t.login('vanphong'), st: await t.login('vanphong.sontay') };
    const get = (url: string, who: 'sg' | 'st' = 'sg') =>
      t!.app.inject({ url, headers: { cookie: cookie[who] } });
    return { k, held, round2: held[1]!.id, scheduled, get };
  }

  it.skipIf(skip)(
    'lists each kind for Sơn Giang’s sessions in the right states, and nothing of it to Sơn Tây',
    async () => {
      const { held, scheduled, get } = await setUp();
      const list = async (kind: string, who: 'sg' | 'st' = 'sg') => {
        const res = await get(`/api/documents?kind=${kind}`, who);
        expect(res.statusCode).toBe(200);
        return res.json().documents as {
          kind: string;
          id: string;
          numberText: string | null;
          title: string;
        }[];
      };
      const minutes = await list('bien-ban');
      expect(minutes.map((d) => d.id).sort()).toEqual(held.map((s) => s.id).sort());
      expect(minutes.every((d) => d.kind === 'bien-ban' && d.numberText === null)).toBe(true);
      expect(minutes.map((d) => d.title)).toContain('Biên bản hội nghị đối thoại lần 2 (dự thảo)');
      expect((await list('giay-moi')).map((d) => d.id)).toEqual([scheduled.id]);
      expect((await list('danh-sach-y-kien')).map((d) => d.id).sort()).toEqual(
        [...held.map((s) => s.id), scheduled.id].sort(),
      );
      for (const kind of ['bien-ban', 'giay-moi', 'danh-sach-y-kien'])
        expect(await list(kind, 'st')).toEqual([]);
    },
  );

  it.skipIf(skip)(
    'the minutes hold each question, the answer and its outcome, askers masked',
    async () => {
      const { round2, get } = await setUp();
      const res = await get(`/api/documents/bien-ban/${round2}.docx`);
      expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
      const text = await docxText(res.rawPayload);
      expect(text).toContain('BIÊN BẢN');
      expect(text).toContain('Hội trường UBND xã Sơn Giang');
      expect(text).toContain('Đồng chí Hồ Đình Linh, Bí thư Đảng ủy, Chủ tịch HĐND xã');
      expect(text).toContain('gồm 128 đại biểu');
      expect(text).toContain('Phản ánh nước thải trại lợn gây ô nhiễm khe suối thôn Quyết Tiến');
      expect(text).toContain('Đề nghị hỗ trợ giống lúa cho các hộ bị thiệt hại do mưa lũ');
      expect(text).toContain('Trả lời (Đồng chí Bí thư Đảng ủy)');
      expect(text).toContain('Đã trả lời, giải quyết tại hội nghị.');
      expect(text).toContain('Chuyển giải quyết sau hội nghị');
      expect(text).toMatch(/ý kiến chuyển giải quyết sau hội nghị/);
      // Askers are masked: the walk-in speaker and the floor speaker by initials only.
      expect(text).toContain('Ý kiến thứ');
      expect(text).toContain('L.V.S.');
      expect(text).toContain('P.V.L.');
      expect(text).not.toContain('Lê Văn Sáu');
      expect(text).not.toContain('Phan Văn Lộc');
      expect(text).toContain('THƯ KÝ');
      expect(text).toContain('CHỦ TRÌ HỘI NGHỊ');
    },
  );

  it.skipIf(skip)(
    'the invitation holds the time, the venue, the content and those invited',
    async () => {
      const { scheduled, get } = await setUp();
      const res = await get(`/api/documents/giay-moi/${scheduled.id}.docx`);
      expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
      const text = await docxText(res.rawPayload);
      const [y, m, d] = scheduled.date.split('-');
      expect(text).toContain('GIẤY MỜI');
      expect(text).toContain('14 giờ 00');
      expect(text).toContain(`ngày ${d} tháng ${Number(m)} năm ${y}`);
      expect(text).toContain(venue);
      expect(text).toContain('Việc thực hiện các chính sách an sinh xã hội trên địa bàn');
      expect(text).toContain(participant);
      expect(text).toContain('Kính gửi');
      const preview = await get(`/api/documents/giay-moi/${scheduled.id}/preview`);
      expect(preview.statusCode).toBe(200);
      expect(preview.body).toContain(venue);
    },
  );

  it.skipIf(skip)(
    'the list of opinions holds the agenda’s matters by field, with who answers',
    async () => {
      const { k, round2, get } = await setUp();
      const m = await k
        .selectFrom('agenda_item as a')
        .innerJoin('matter as m', 'm.id', 'a.matter_id')
        .innerJoin('person as p', 'p.id', 'm.assignee_person_id')
        .select(['m.content', 'm.field', 'p.full_name'])
        .where('a.session_id', '=', round2)
        .where('a.from_floor', '=', 0)
        .where('m.field', 'is not', null)
        .orderBy('a.position')
        .executeTakeFirstOrThrow();
      const res = await get(`/api/documents/danh-sach-y-kien/${round2}.docx`);
      expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
      const text = await docxText(res.rawPayload);
      expect(text).toContain('DANH SÁCH');
      expect(text).toContain(m.content);
      expect(isOpinionField(m.field!)).toBe(true);
      expect(text).toContain(
        `Lĩnh vực ${lowerFirst(opinionFieldNames[m.field as keyof typeof opinionFieldNames].vi)}`,
      );
      expect(text).toContain(`Đồng chí ${m.full_name}`);
      expect(text).toContain('Nội dung trả lời dự kiến');
      // A question from the floor was not compiled before the session.
      expect(text).not.toContain(
        'Phản ánh nước thải trại lợn gây ô nhiễm khe suối thôn Quyết Tiến',
      );
    },
  );

  it.skipIf(skip)('another commune’s user gets 404 for each kind, on every format', async () => {
    const { round2, scheduled, get } = await setUp();
    for (const url of [
      `/api/documents/bien-ban/${round2}.docx`,
      `/api/documents/bien-ban/${round2}/preview`,
      `/api/documents/giay-moi/${scheduled.id}.docx`,
      `/api/documents/giay-moi/${scheduled.id}.html`,
      `/api/documents/danh-sach-y-kien/${round2}.docx`,
      `/api/documents/danh-sach-y-kien/${scheduled.id}/preview`,
    ]) {
      const res = await get(url, 'st');
      expect(res.statusCode, url).toBe(404);
      expect(res.json().error.code).toBe('NOT_FOUND');
    }
    // A session before its date has no minutes: not found, not an empty document.
    expect((await get(`/api/documents/bien-ban/${scheduled.id}.docx`)).statusCode).toBe(404);
  });
});

describe.each(dialectCases)(
  'doithoai documents list of session documents on $dialect',
  ({ dialect, skip }) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'doithoai-session-doc-cli-'));
    const saved = {
      DATA_DIR: process.env.DATA_DIR,
      DATABASE_URL: process.env.DATABASE_URL,
      BASE_URL: process.env.BASE_URL,
    };
    let pg: TestDatabase | undefined;
    let scheduledId = '';

    beforeAll(async () => {
      if (skip) return;
      process.env.DATA_DIR = dir;
      process.env.DATABASE_URL = '';
      process.env.BASE_URL = 'http://localhost:3999';
      if (dialect === 'postgres') {
        pg = await createTestDatabase('postgres');
        process.env.DATABASE_URL = pg.db.location;
        await pg.db.close();
      }
      expect((await runCli(['demo'])).code).toBe(0);
      const deps = await bootstrap(loadConfig());
      try {
        scheduledId = (await scheduleNextYear(deps.db)).id;
      } finally {
        await deps.db.close();
      }
    }, 60_000);

    afterAll(async () => {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
      fs.rmSync(dir, { recursive: true, force: true });
      await pg?.drop();
    });

    it.skipIf(skip)(
      'prints a line for the minutes, the invitation and the list of opinions',
      async () => {
        const r = await runCli(['documents', 'list', '--unit', 'demo-son-giang']);
        expect(r.code, r.err).toBe(0);
        const lines = r.out.trim().split('\n');
        expect(lines.filter((l) => l.startsWith('bien-ban\t'))).toHaveLength(2);
        expect(lines).toContain(
          `giay-moi\t${scheduledId}\t\tGiấy mời dự hội nghị đối thoại lần 1 (dự thảo)`,
        );
        expect(lines.filter((l) => l.startsWith('danh-sach-y-kien\t'))).toHaveLength(3);
        expect(lines.every((l) => l.split('\t').length === 4)).toBe(true);
        const sonTay = await runCli(['documents', 'list', '--unit', 'demo-son-tay']);
        expect(sonTay.out).not.toMatch(/^(bien-ban|giay-moi|danh-sach-y-kien)\t/m);

        const out = path.join(dir, 'minutes.docx');
        const id = lines.find((l) => l.startsWith('bien-ban\t'))!.split('\t')[1]!;
        expect(
          (
            await runCli([
              'documents',
              'render',
              'bien-ban',
              '--id',
              id,
              '--format',
              'docx',
              '--out',
              out,
            ])
          ).code,
        ).toBe(0);
        expect(await docxText(fs.readFileSync(out))).toContain('BIÊN BẢN');
      },
    );
  },
);
