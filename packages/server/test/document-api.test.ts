// The documents API on SQLite and PostgreSQL: the list is limited to the caller's units, a document
// of another commune is 404 (never 403), downloads carry a Vietnamese file name, the issued DOCX is
// served as stored, the preview escapes text, and PDF is either an A4 PDF or a 503 saying what to
// install. Real app, real database, demo commune; a test draft source is registered for drafts.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  buildPlanDocument,
  buildSessionAnnouncement,
  findChromium,
  referencePlanData,
  type OfficialDocument,
} from '@doithoai/documents';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { issueDocument } from '../src/document/issue-document.js';
import type { DocumentSource } from '../src/document/document-source.js';
import { documentSources } from '../src/document/sources/index.js';
import { dialectCases } from './support/databases.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const hasPdfinfo = (() => {
  try {
    execFileSync('sh', ['-c', 'command -v pdfinfo']);
    return true;
  } catch {
    return false;
  }
})();
const canPrint = findChromium() !== null && hasPdfinfo;

function announcement(title: string): OfficialDocument {
  const doc = buildPlanDocument(referencePlanData());
  return {
    ...doc,
    number: null,
    date: '2026-05-25',
    kind: 'THÔNG BÁO',
    title,
    format: 'state',
    header: { issuingBody: 'ỦY BAN NHÂN DÂN\nXÃ SƠN TÂY' },
  };
}

/** A draft source as a feature registers one: drafts of Sơn Giang and Sơn Tây, one each. */
function testDraftSource(units: {
  sg: { id: string; path: string };
  st: { id: string; path: string };
}): DocumentSource {
  const drafts = [
    { id: 'draft-sg', unit: units.sg, title: 'Dự thảo <thông báo> & lịch' },
    { id: 'draft-st', unit: units.st, title: 'Dự thảo Sơn Tây' },
  ];
  return {
    kind: 'thong-bao',
    async list(_db, prefixes, unitId) {
      return drafts
        .filter(
          (d) =>
            prefixes.some((p) => d.unit.path.startsWith(p)) && (!unitId || unitId === d.unit.id),
        )
        .map((d) => ({
          kind: 'thong-bao',
          id: d.id,
          unitId: d.unit.id,
          title: d.title,
          numberText: null,
          issuedOn: null,
        }));
    },
    async build(_db, id) {
      const d = drafts.find((x) => x.id === id);
      if (!d) return undefined;
      const data = { ...buildSessionAnnouncementData(), number: null };
      return {
        unitPath: d.unit.path,
        document: { ...buildSessionAnnouncement(data), title: d.title },
      };
    },
  };
}

function buildSessionAnnouncementData() {
  return {
    header: { issuingBody: 'ỦY BAN NHÂN DÂN\nXÃ SƠN GIANG' },
    number: null,
    place: 'Sơn Giang',
    date: '2026-05-25',
    issuerName: 'Ủy ban nhân dân xã Sơn Giang',
    session: {
      round: 1,
      year: 2026,
      date: '2026-06-05',
      startTime: '07:30',
      venue: 'Hội trường',
      chairs: ['Bí thư'],
      participants: ['Nhân dân'],
      topics: ['Đất đai'],
    },
    submissions: { channels: ['Văn phòng'], deadline: '2026-06-01' },
    recipients: ['Lưu: VT.'],
    signature: { authority: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: 'Nguyễn Văn Hòa' },
  };
}

describe.each(dialectCases)('documents API on $dialect', ({ dialect, skip }) => {
  let t: TestApp | undefined;
  let source: DocumentSource | undefined;
  const unregister = () => {
    if (source) documentSources.splice(documentSources.indexOf(source), 1);
    source = undefined;
  };
  afterEach(async () => {
    unregister();
    await t?.close();
    t = undefined;
  });

  async function setUp() {
    t = await startTestApp(dialect);
    const k = t.deps.db.kysely;
    const unit = (code: string) =>
      k
        .selectFrom('unit')
        .select(['id', 'path'])
        .where('code', '=', code)
        .executeTakeFirstOrThrow();
    const org = (unitId: string, kind: string) =>
      k
        .selectFrom('organisation')
        .select('id')
        .where('unit_id', '=', unitId)
        .where('kind', '=', kind)
        .executeTakeFirstOrThrow();
    const sg = await unit('demo-son-giang');
    const st = await unit('demo-son-tay');
    const issue = (
      unitId: string,
      organisationId: string,
      kind: 'ke-hoach' | 'thong-bao',
      draft: OfficialDocument,
    ) =>
      k
        .transaction()
        .execute((trx) =>
          issueDocument(trx, { actorUserId: 'test', unitId, organisationId, kind, draft }),
        );
    const plan = await issue(sg.id, (await org(sg.id, 'dang-uy')).id, 'ke-hoach', {
      ...buildPlanDocument(referencePlanData()),
      number: null,
      date: '2026-02-15',
    });
    const stNotice = await issue(
      st.id,
      (await org(st.id, 'ubnd')).id,
      'thong-bao',
      announcement('Hội nghị xã Sơn Tây'),
    );
    unregister();
    source = testDraftSource({ sg, st });
    documentSources.push(source);
    return { app: t.app, sg, st, plan, stNotice, login: t.login };
  }

  it.skipIf(skip)(
    'lists only the caller’s units: issued documents with their numbers, then drafts',
    async () => {
      const { app, sg, st, plan, stNotice, login } = await setUp();
      const list = async (user: string, query = '') =>
        (
          await app.inject({
            url: `/api/documents${query}`,
            headers: { cookie: await login(user) },
          })
        ).json().documents as {
          id: string;
          kind: string;
          numberText: string | null;
          unitId: string;
          issuedOn: string | null;
          title: string;
        }[];

      // The demo may issue documents of its own: look at ours, and at what must never show.
      const ids = async (user: string, query = '') => (await list(user, query)).map((d) => d.id);
      const office = await list('vanphong');
      const mine = office.map((d) => d.id);
      expect(mine).toContain(plan.id);
      expect(mine.indexOf(plan.id)).toBeLessThan(mine.indexOf('draft-sg'));
      expect(mine).not.toContain(stNotice.id);
      expect(mine).not.toContain('draft-st');
      expect(office.every((d) => d.unitId !== st.id)).toBe(true);
      expect(office.find((d) => d.id === plan.id)).toMatchObject({
        kind: 'ke-hoach',
        numberText: plan.numberText.replace('Số ', ''),
        unitId: sg.id,
        issuedOn: '2026-02-15',
      });
      expect(plan.numberText).toMatch(/^Số \d{2}-KH\/ĐU$/);
      expect(office.find((d) => d.id === 'draft-sg')).toMatchObject({
        kind: 'thong-bao',
        numberText: null,
        issuedOn: null,
        title: 'Dự thảo <thông báo> & lịch',
      });
      const notices = await list('vanphong', '?kind=thong-bao');
      expect(notices.map((d) => d.id)).toContain('draft-sg');
      expect(notices.every((d) => d.kind === 'thong-bao')).toBe(true);
      expect(await ids('vanphong', `?unitId=${st.id}`)).toEqual([]);

      expect(await ids('vanphong.sontay')).toEqual([stNotice.id, 'draft-st']);
      const district = await ids('tinh');
      for (const id of [plan.id, stNotice.id, 'draft-sg', 'draft-st'])
        expect(district).toContain(id);
      expect(await list('mttq')).toEqual([]);

      const bad = await app.inject({
        url: '/api/documents?kind=sach-trang',
        headers: { cookie: await login('vanphong') },
      });
      expect(bad.statusCode).toBe(400);
      expect((await app.inject({ url: '/api/documents' })).statusCode).toBe(401);
    },
  );

  it.skipIf(skip)(
    'another commune’s document is 404 on every route, as is a wrong kind',
    async () => {
      const { app, plan, stNotice, login } = await setUp();
      const cookie = await login('vanphong');
      for (const url of [
        `/api/documents/thong-bao/${stNotice.id}.docx`,
        `/api/documents/thong-bao/${stNotice.id}.html`,
        `/api/documents/thong-bao/${stNotice.id}.pdf`,
        `/api/documents/thong-bao/${stNotice.id}/preview`,
        '/api/documents/thong-bao/draft-st/preview',
        `/api/documents/thong-bao/${plan.id}.docx`,
        '/api/documents/ke-hoach/no-such-id.docx',
      ]) {
        const res = await app.inject({ url, headers: { cookie } });
        expect(res.statusCode, url).toBe(404);
        expect(res.json().error.code).toBe('NOT_FOUND');
      }
      const collector = await app.inject({
        url: `/api/documents/ke-hoach/${plan.id}.docx`,
        headers: { cookie: await login('mttq') },
      });
      expect(collector.statusCode).toBe(404);
      const badFile = await app.inject({
        url: `/api/documents/ke-hoach/${plan.id}.odt`,
        headers: { cookie },
      });
      expect(badFile.statusCode).toBe(400);
    },
  );

  it.skipIf(skip)(
    'downloads the issued DOCX as stored, named in Vietnamese with an ASCII twin',
    async () => {
      const { app, plan, login } = await setUp();
      const res = await app.inject({
        url: `/api/documents/ke-hoach/${plan.id}.docx`,
        headers: { cookie: await login('bithu') },
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe(
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      );
      const seq = String(plan.seq).padStart(2, '0');
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename="Ke-hoach-${seq}-KH-DU.docx"; filename*=UTF-8''${encodeURIComponent(`Kế-hoạch-${seq}-KH-ĐU.docx`)}`,
      );
      const stored = await t!.deps.db.kysely
        .selectFrom('outgoing_document')
        .select('docx')
        .where('id', '=', plan.id)
        .executeTakeFirstOrThrow();
      expect(Buffer.compare(res.rawPayload, Buffer.from(stored.docx))).toBe(0);
      const xml = await (
        await JSZip.loadAsync(res.rawPayload)
      )
        .file('word/document.xml')!
        .async('string');
      expect(xml).toContain(plan.numberText);
      expect(xml).toContain('Hồ Đình Linh');

      const draft = await app.inject({
        url: '/api/documents/thong-bao/draft-sg.docx',
        headers: { cookie: await login('vanphong') },
      });
      expect(draft.statusCode, draft.body.slice(0, 300)).toBe(200);
      expect(draft.headers['content-disposition']).toContain('filename="Thong-bao-du-thao.docx"');
    },
  );

  it.skipIf(skip)('the preview is escaped HTML that may run nothing', async () => {
    const { app, plan, login } = await setUp();
    const cookie = await login('vanphong');
    const draft = await app.inject({
      url: '/api/documents/thong-bao/draft-sg/preview',
      headers: { cookie },
    });
    expect(draft.statusCode, draft.body.slice(0, 300)).toBe(200);
    expect(draft.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(draft.headers['content-security-policy']).toContain("default-src 'none'");
    expect(draft.body).toContain('Dự thảo &lt;thông báo&gt; &amp; lịch');
    expect(draft.body).not.toContain('<thông báo>');
    const issued = await app.inject({
      url: `/api/documents/ke-hoach/${plan.id}/preview`,
      headers: { cookie },
    });
    expect(issued.body).toContain(plan.numberText);
    const html = await app.inject({
      url: `/api/documents/ke-hoach/${plan.id}.html`,
      headers: { cookie },
    });
    expect(html.headers['content-disposition']).toContain(
      `filename="Ke-hoach-${String(plan.seq).padStart(2, '0')}-KH-DU.html"`,
    );
  });

  it.skipIf(skip)(
    'PDF: an A4 PDF when a browser is installed, else 503 saying what to install',
    async () => {
      const { app, plan, login } = await setUp();
      const cookie = await login('vanphong');
      const url = `/api/documents/ke-hoach/${plan.id}.pdf`;
      if (canPrint) {
        const res = await app.inject({ url, headers: { cookie } });
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-type']).toBe('application/pdf');
        expect(res.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'doithoai-pdf-'));
        try {
          fs.writeFileSync(path.join(dir, 'doc.pdf'), res.rawPayload);
          const info = execFileSync('pdfinfo', [path.join(dir, 'doc.pdf')], { encoding: 'utf8' });
          const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
          // A4 is 595.28 × 841.89 pt; Chromium rounds to its own units.
          expect(Math.abs(Number(size?.[1]) - 595.28)).toBeLessThan(1);
          expect(Math.abs(Number(size?.[2]) - 841.89)).toBeLessThan(1);
        } finally {
          fs.rmSync(dir, { recursive: true, force: true });
        }
      }
      // No browser: a fresh app whose renderer finds none.
      await t!.close();
      t = undefined;
      const saved = process.env.CHROMIUM_PATH;
      process.env.CHROMIUM_PATH = '/nonexistent/chromium';
      try {
        const s = await setUp();
        const res = await s.app.inject({
          url: `/api/documents/ke-hoach/${s.plan.id}.pdf`,
          headers: { cookie: await s.login('vanphong') },
        });
        expect(res.statusCode).toBe(503);
        expect(res.json().error.code).toBe('UNAVAILABLE');
        expect(res.json().error.message).toContain('apt-get install chromium');
        expect(res.json().error.message).toContain('CHROMIUM_PATH');
        const en = await s.app.inject({
          url: `/api/documents/ke-hoach/${s.plan.id}.pdf`,
          headers: { cookie: await s.login('vanphong'), 'accept-language': 'en' },
        });
        expect(en.json().error.message).toMatch(/^PDF needs a Chromium-family browser/);
        const docx = await s.app.inject({
          url: `/api/documents/ke-hoach/${s.plan.id}.docx`,
          headers: { cookie: await s.login('vanphong') },
        });
        expect(docx.statusCode).toBe(200);
      } finally {
        if (saved === undefined) delete process.env.CHROMIUM_PATH;
        else process.env.CHROMIUM_PATH = saved;
      }
    },
  );
});
