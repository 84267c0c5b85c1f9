// The opinion commands on a scratch SQLite data folder with the demo commune: classify prints
// `field<TAB>confidence` lines, import checks and imports a CSV (or only checks with --dry-run),
// export writes the same columns; bad arguments exit 2 with one line.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './support/run-cli.js';

describe('doithoai opinion commands', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'doithoai-cli-'));
  const saved = {
    DATA_DIR: process.env.DATA_DIR,
    DATABASE_URL: process.env.DATABASE_URL,
    BASE_URL: process.env.BASE_URL,
  };
  beforeAll(async () => {
    process.env.DATA_DIR = dir;
    process.env.DATABASE_URL = '';
    process.env.BASE_URL = 'http://localhost:3999'; // Vitest sets it to '/'
    const demo = await runCli(['demo']);
    expect(demo.err).toBe('');
    expect(demo.code).toBe(0);
  });
  afterAll(() => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('classify prints the fields, best first, with confidences', async () => {
    const r = await runCli(['classify', 'Đề nghị sửa chữa đường liên thôn bị sạt lở']);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^nong-nghiep\t0\.\d\d$/);
    expect((await runCli(['classify', 'trộm cắp', '--unit', 'demo-son-giang'])).out).toMatch(
      /^an-ninh-trat-tu\t/,
    );
  });

  it('import checks with --dry-run, then imports the good rows; export writes the same columns', async () => {
    const file = path.join(dir, 'mttq.csv');
    fs.writeFileSync(
      file,
      '\ufeffSTT,"Nội dung ý kiến, kiến nghị",Thôn,Điện thoại\n1,Đề nghị sửa cầu tràn khe Cò,Thôn Khe Bá,0912345678\n2,,Thôn Khe Bá,\n',
    );
    const dry = await runCli([
      'import',
      file,
      '--unit',
      'demo-son-giang',
      '--source',
      'mttq',
      '--dry-run',
    ]);
    expect(dry.code).toBe(0);
    expect(dry.out).toBe('good\t1\tbad\t1\n');
    expect(dry.err).toContain('row 3');
    const real = await runCli(['import', file, '--unit', 'demo-son-giang', '--source', 'mttq']);
    expect(real.out).toBe('imported\t1\tskipped\t1\n');
    const csv = await runCli(['export', 'opinions', '--unit', 'demo-son-giang', '--format', 'csv']);
    expect(csv.code).toBe(0);
    expect(csv.out.split('\r\n')[0]).toContain('Nội dung ý kiến, kiến nghị');
    expect(csv.out).toContain('Đề nghị sửa cầu tràn khe Cò');
    const json = JSON.parse(
      (await runCli(['export', 'opinions', '--unit', 'demo-son-giang', '--format', 'json'])).out,
    );
    expect(json.length).toBeGreaterThan(40);
  });

  it.each([
    [['classify']],
    [['import', 'nothing.csv', '--unit', 'demo-son-giang', '--source', 'mttq']],
    [['import', 'x.csv', '--unit', 'demo-son-giang', '--source', 'radio']],
    [['import', 'x.csv', '--source', 'mttq']],
    [['export', 'opinions', '--unit', 'nope', '--format', 'csv']],
    [['export', 'opinions', '--unit', 'demo-son-giang', '--format', 'pdf']],
  ])('%j exits 2 with one line', async (args) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });
});
