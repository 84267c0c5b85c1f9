// `doithoai documents list/render` in-process on a scratch database (SQLite in a temporary
// DATA_DIR, and a fresh PostgreSQL database through DATABASE_URL): the CLI acts as the deployment,
// so it lists every unit's documents; --unit narrows to a subtree; render writes DOCX, HTML and
// PDF (or says what to install); bad arguments exit 2 with one line.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildPlanDocument, findChromium, referencePlanData } from '@doithoai/documents';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrap } from '../src/bootstrap.js';
import { loadConfig } from '../src/config.js';
import { issueDocument } from '../src/document/issue-document.js';
import { createTestDatabase, dialectCases, type TestDatabase } from './support/databases.js';
import { runCli } from './support/run-cli.js';

describe.each(dialectCases)('doithoai documents on $dialect', ({ dialect, skip }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'doithoai-doc-cli-'));
  const saved = {
    DATA_DIR: process.env.DATA_DIR,
    DATABASE_URL: process.env.DATABASE_URL,
    BASE_URL: process.env.BASE_URL,
  };
  let pg: TestDatabase | undefined;
  const issued = { sg: '', st: '', sgNumber: '' };

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
      const k = deps.db.kysely;
      const issue = async (code: string, orgKind: string, title: string) => {
        const unit = await k
          .selectFrom('unit')
          .select('id')
          .where('code', '=', code)
          .executeTakeFirstOrThrow();
        const org = await k
          .selectFrom('organisation')
          .select('id')
          .where('unit_id', '=', unit.id)
          .where('kind', '=', orgKind)
          .executeTakeFirstOrThrow();
        const draft = {
          ...buildPlanDocument(referencePlanData()),
          number: null,
          date: '2027-02-15',
          title,
        };
        return k.transaction().execute((trx) =>
          issueDocument(trx, {
            actorUserId: 'cli-test',
            unitId: unit.id,
            organisationId: org.id,
            kind: 'ke-hoach',
            draft,
          }),
        );
      };
      const sg = await issue('demo-son-giang', 'dang-uy', 'Kế hoạch\tthử nghiệm CLI');
      const st = await issue('demo-son-tay', 'ubnd', 'Kế hoạch xã Sơn Tây');
      Object.assign(issued, { sg: sg.id, st: st.id, sgNumber: sg.numberText.replace('Số ', '') });
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
    'list prints kind, id, number, title for every unit; --unit narrows to a subtree',
    async () => {
      const all = await runCli(['documents', 'list']);
      expect(all.code).toBe(0);
      const lines = all.out.trim().split('\n');
      expect(lines.every((l) => l.split('\t').length === 4)).toBe(true);
      expect(lines).toContain(
        `ke-hoach\t${issued.sg}\t${issued.sgNumber}\tKế hoạch thử nghiệm CLI`,
      );
      expect(lines.some((l) => l.startsWith(`ke-hoach\t${issued.st}\t`))).toBe(true);

      const sonTay = await runCli(['documents', 'list', '--unit', 'demo-son-tay']);
      expect(sonTay.out.trim().split('\n')).toEqual([
        `ke-hoach\t${issued.st}\t01-KH/UBND\tKế hoạch xã Sơn Tây`,
      ]);
      const province = await runCli(['documents', 'list', '--unit', '42']);
      expect(province.out).toContain(issued.sg);
      expect(province.out).toContain(issued.st);
    },
  );

  it.skipIf(skip)(
    'render writes DOCX, HTML and PDF (or says what to install)',
    async () => {
      const docx = path.join(dir, 'plan.docx');
      const r = await runCli([
        'documents',
        'render',
        'ke-hoach',
        '--id',
        issued.sg,
        '--format',
        'docx',
        '--out',
        docx,
      ]);
      expect(r.code).toBe(0);
      expect(r.out).toContain('Kế-hoạch-');
      const xml = await (
        await JSZip.loadAsync(fs.readFileSync(docx))
      )
        .file('word/document.xml')!
        .async('string');
      expect(xml).toContain(issued.sgNumber);

      const html = path.join(dir, 'plan.html');
      expect(
        (
          await runCli([
            'documents',
            'render',
            'ke-hoach',
            '--id',
            issued.sg,
            '--format',
            'html',
            '--out',
            html,
          ])
        ).code,
      ).toBe(0);
      expect(fs.readFileSync(html, 'utf8')).toContain('thử nghiệm CLI');

      const pdf = path.join(dir, 'plan.pdf');
      const p = await runCli([
        'documents',
        'render',
        'ke-hoach',
        '--id',
        issued.sg,
        '--format',
        'pdf',
        '--out',
        pdf,
      ]);
      if (findChromium()) {
        expect(p.code).toBe(0);
        expect(fs.readFileSync(pdf).subarray(0, 4).toString()).toBe('%PDF');
      } else {
        expect(p.code).toBe(1);
        expect(p.err).toContain('apt-get install chromium');
      }
    },
    60_000,
  );

  it
    .skipIf(skip)
    .each([
      [['documents', 'list', '--unit', 'nope']],
      [['documents', 'render', 'sach', '--id', 'x', '--format', 'docx', '--out', 'x']],
      [['documents', 'render', 'ke-hoach', '--id', 'x', '--format', 'odt', '--out', 'x']],
      [['documents', 'render', 'ke-hoach', '--id', 'no-such-id', '--format', 'docx', '--out', 'x']],
      [['documents', 'render', 'thong-bao', '--format', 'docx', '--out', 'x']],
      [['documents', 'render', 'ke-hoach', '--id', 'x', '--format', 'docx']],
      [['documents', 'frobnicate']],
    ])('%j exits 2 with one line', async (args) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it.each([
    [['documents', '--help']],
    [['documents', 'list', '--help']],
    [['documents', 'render', '--help']],
  ])('%j prints help and exits 0', async (args) => {
    const r = await runCli(args);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Usage:');
    expect(r.out).toMatch(/acts\s+as\s+the\s+deployment/);
  });
});
