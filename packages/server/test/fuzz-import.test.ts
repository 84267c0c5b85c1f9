// Fuzzing the import parser (issue 11): corrupt .xlsx and .csv files — truncated and bit-flipped
// zips, random bytes, wrong encodings, formulas, huge cells, a zip that inflates to far more than
// it weighs, 5 MB of junk — must end in rows or in one clear error (a DomainError, Vietnamese
// first), within a bounded time, never a crash or a hang. And what the export writes, the import
// reads back unchanged (fast-check over odd text).
import { randomBytes } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import JSZip from 'jszip';
import { checkRows, DomainError, importColumns, toCsv } from '@doithoai/core';
import { describe, expect, it } from 'vitest';
import { readSheet, writeSheet } from '../src/opinion/opinion-file.js';
import { sheetToRows } from '../src/opinion/import-opinions.js';
import { checkZipSize, MAX_INFLATED_BYTES } from '../src/opinion/zip-guard.js';

const header = importColumns.map((c) => c.header);
const villages = [{ id: 'v1', name: 'Thôn Giang Hà' }];

/** The whole preview pipeline without the database: bytes → cells → rows → checked rows. */
async function parse(bytes: Uint8Array): Promise<'rows' | DomainError> {
  try {
    const { rows, firstRow } = sheetToRows(await readSheet(bytes));
    checkRows(rows, villages, 'mttq', firstRow);
    return 'rows';
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
}

/** Parses within `ms`, or fails: a corrupt file must not hang the server. */
async function bounded(bytes: Uint8Array, ms = 8000): Promise<'rows' | DomainError> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer in ${ms} ms for ${bytes.length} bytes`)),
      ms,
    );
  });
  try {
    const out = await Promise.race([parse(bytes), hang]);
    if (out !== 'rows') {
      expect(out.code).toBe('VALIDATION');
      expect(out.messages.vi.length).toBeGreaterThan(5);
    }
    return out;
  } finally {
    clearTimeout(timer);
  }
}

const good = [
  header,
  [
    '1',
    'Đường liên thôn bị hỏng',
    'Thôn Giang Hà',
    'Nguyễn Văn An',
    '0912345678',
    '',
    '',
    '',
    '',
    '01/03/2026',
  ],
];
const csvOf = (rows: string[][]) => Buffer.from(toCsv(rows), 'utf8');

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (b: Buffer) => {
  let c = 0xffffffff;
  for (const x of b) c = crcTable[(c ^ x) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

/** A zip written by hand (deflate from zlib, fast), whose headers may declare a size that lies. */
function zipOf(files: { name: string; data: Buffer; declaredSize?: number }[]): Buffer {
  const locals: Buffer[] = [],
    centrals: Buffer[] = [];
  let offset = 0;
  for (const f of files) {
    const name = Buffer.from(f.name),
      packed = deflateRawSync(f.data, { level: 1 }),
      crc = crc32(f.data),
      size = f.declaredSize ?? f.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const cd = Buffer.concat(centrals),
    end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** The files of a real .xlsx, to rebuild with one of them changed. */
async function xlsxFiles() {
  const zip = await JSZip.loadAsync(await writeSheet(good.slice(1), 'xlsx'));
  return Promise.all(
    Object.values(zip.files)
      .filter((f) => !f.dir)
      .map(async (f) => ({ name: f.name, data: await f.async('nodebuffer') })),
  );
}

describe('import parser fuzzing', () => {
  it('truncated, bit-flipped and random-prefixed .xlsx files: rows or a clear error, in bounded time', async () => {
    const xlsx = await writeSheet(good.slice(1), 'xlsx');
    expect(await bounded(xlsx)).toBe('rows');
    const cuts = fc.sample(fc.integer({ min: 1, max: xlsx.length - 1 }), { numRuns: 40, seed: 1 });
    for (const n of cuts) await bounded(xlsx.subarray(0, n));
    const flips = fc.sample(
      fc.array(
        fc.tuple(fc.integer({ min: 0, max: xlsx.length - 1 }), fc.integer({ min: 1, max: 255 })),
        { minLength: 1, maxLength: 20 },
      ),
      { numRuns: 60, seed: 2 },
    );
    for (const changes of flips) {
      const copy = Buffer.from(xlsx);
      for (const [at, x] of changes) copy[at]! ^= x;
      await bounded(copy);
    }
    for (const n of [5, 100, 4096, 100_000])
      await bounded(Buffer.concat([Buffer.from('PK\u0003\u0004'), randomBytes(n)]));
  }, 120_000);

  it('a zip that inflates far beyond its size is refused before it is opened, even when its headers lie', async () => {
    const files = await xlsxFiles();
    // The rebuilt workbook, unchanged, still reads.
    expect(await bounded(zipOf(files))).toBe('rows');
    const sheet = files.find((f) => f.name.startsWith('xl/worksheets/sheet'))!;
    const xml = sheet.data.toString('utf8');
    const bloated = Buffer.from(
      xml.replace('<sheetData>', `<sheetData>${' '.repeat(MAX_INFLATED_BYTES + 1024)}`),
    );
    for (const declaredSize of [undefined, 1000]) {
      const bomb = zipOf(
        files.map((f) => (f === sheet ? { name: f.name, data: bloated, declaredSize } : f)),
      );
      expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
      expect(checkZipSize(bomb)).toBe('too-big');
      const started = performance.now();
      const out = await bounded(bomb);
      expect(out).toBeInstanceOf(DomainError);
      expect((out as DomainError).messages.vi).toContain('quá lớn');
      expect(performance.now() - started).toBeLessThan(5000);
    }
    // Many small entries: refused by count.
    expect(
      checkZipSize(
        zipOf(Array.from({ length: 1500 }, (_, i) => ({ name: `f${i}`, data: Buffer.from('x') }))),
      ),
    ).toBe('too-big');
  }, 60_000);

  it('random bytes, wrong encodings and 5 MB of junk are refused with one clear message', async () => {
    // Not bytes: what a JSON body gives the upload route.
    for (const notBytes of [true, null, 1, 'a,b', { a: 1 }, []])
      expect(await bounded(notBytes as unknown as Uint8Array)).toBeInstanceOf(DomainError);
    for (const n of [1, 3, 1000, 5 * 1024 * 1024]) {
      const out = await bounded(randomBytes(n));
      expect(out).not.toBe('rows');
    }
    const csv = toCsv(good);
    // UTF-16 (NUL bytes) and a legacy 8-bit encoding (invalid UTF-8): refused, not read as mojibake.
    expect(await bounded(Buffer.from(csv, 'utf16le'))).toBeInstanceOf(DomainError);
    expect(await bounded(Buffer.from(csv, 'latin1'))).toBeInstanceOf(DomainError);
    // With a byte-order mark, with semicolons (Vietnamese-locale Excel), in NFD: read.
    expect(await bounded(Buffer.from(`\ufeff${csv}`, 'utf8'))).toBe('rows');
    expect(
      await bounded(
        Buffer.from(good.map((r) => r.map((c) => `"${c}"`).join(';')).join('\n'), 'utf8'),
      ),
    ).toBe('rows');
    expect(await bounded(Buffer.from(csv.normalize('NFD'), 'utf8'))).toBe('rows');
    // 5 MB of text junk: one unterminated quote, commas only, one endless line, a header then noise.
    for (const junk of [
      '"'.repeat(5 * 1024 * 1024),
      ','.repeat(5 * 1024 * 1024),
      'a'.repeat(5 * 1024 * 1024),
      `${toCsv([header])}\n${'x,"y""z",\n'.repeat(500_000)}`,
    ]) {
      await bounded(Buffer.from(junk, 'utf8'), 20_000);
    }
  }, 120_000);

  it('formulas and huge cells are read as text, and bad rows are named, not crashed on', async () => {
    const formulas = [
      '=1+1',
      '=HYPERLINK("http://x","bấm")',
      "+cmd|' /C calc'!A0",
      '-2+3',
      '@SUM(A1)',
      '=' + 'A1+'.repeat(5000) + '1',
    ];
    for (const f of formulas) {
      expect(await bounded(csvOf([header, ['1', f, 'Thôn Giang Hà']]))).toBe('rows');
    }
    const huge = 'Đường '.repeat(200_000);
    expect(await bounded(csvOf([header, ['1', huge, 'Thôn Giang Hà']]))).toBe('rows');
    expect(await bounded(await writeSheet([['1', huge, 'Thôn Giang Hà']], 'xlsx'), 20_000)).toBe(
      'rows',
    );
    // An .xlsx whose cells hold real formulas with cached results.
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('x');
    ws.addRow(header);
    ws.addRow([
      1,
      { formula: 'CONCAT("Đường ","hỏng")', result: 'Đường hỏng' },
      { formula: 'NOW()' },
      { error: '#REF!' },
      { text: 'liên kết', hyperlink: 'javascript:alert(1)' },
    ]);
    ws.addRow([
      2,
      new Date('2026-03-01T00:00:00Z'),
      { richText: [{ text: 'chữ ' }, { text: 'đậm', font: { bold: true } }] },
    ]);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const { rows } = sheetToRows(await readSheet(bytes));
    expect(rows[0]!.content).toBe('Đường hỏng');
    expect(rows[1]!.content).toBe('01/03/2026');
    expect(rows[1]!.village).toBe('chữ đậm');
  }, 120_000);

  it('what the export writes, the import reads back unchanged (CSV and .xlsx, odd text)', async () => {
    // Text a person could type: any Unicode but control characters; the import keeps it in NFC
    // with runs of white space made one space (so does this generator).
    const cell = fc.string({ unit: 'grapheme', maxLength: 30 }).map((s) =>
      s
        // eslint-disable-next-line no-control-regex -- removing control characters is the point
        .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
        .normalize('NFC')
        .replace(/\s+/g, ' ')
        .trim(),
    );
    const row = fc.tuple(
      cell.filter((s) => s.length > 0),
      cell,
      cell,
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 1, maxLength: 5 }),
        fc.constantFrom('csv' as const, 'xlsx' as const),
        async (rows, format) => {
          const cells = rows.map(([content, village, name], i) => [
            String(i + 1),
            content,
            village,
            name,
          ]);
          const back = sheetToRows(await readSheet(await writeSheet(cells, format))).rows;
          expect(back.map((r) => [r.content, r.village, r.fullName])).toEqual(rows);
        },
      ),
      { numRuns: 60, seed: 3 },
    );
  }, 120_000);
});
