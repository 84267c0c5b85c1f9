import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from './csv.js';
import {
  checkRows,
  exportRow,
  importColumns,
  mapHeader,
  parseVnDate,
  toRawRows,
} from './import-rows.js';

const villages = [
  { id: 'v1', name: 'Thôn Giang Hà' },
  { id: 'v4', name: 'Thôn Đồng Lạc' },
];

describe('csv', () => {
  it('reads quotes, doubled quotes, CRLF, a BOM and NFD', () => {
    const text = '\ufeffa,b\r\n"x, ""y""","dòng\nhai"\r\n' + 'Đồng'.normalize('NFD') + ',z\n\n';
    expect(parseCsv(text)).toEqual([
      ['a', 'b'],
      ['x, "y"', 'dòng\nhai'],
      ['Đồng', 'z'],
    ]);
  });
  it('reads semicolons (Vietnamese-locale Excel)', () => {
    expect(parseCsv('a;b;c\n1;2;3')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
  });
  it('writes what it reads back', () => {
    const rows = [
      ['STT', 'Nội dung'],
      ['1', 'có "ngoặc", dấu phẩy\nvà dòng mới'],
    ];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });
});

describe('import rows', () => {
  it('maps headers without accents and says when content is missing', () => {
    expect(mapHeader(['stt', 'NOI DUNG Y KIEN, KIEN NGHI', 'thon']).columns).toEqual([
      'stt',
      'content',
      'village',
    ]);
    expect(mapHeader(['Thôn']).missing).toEqual(['content']);
  });
  it('lists every bad row and why', () => {
    const { columns } = mapHeader(importColumns.map((c) => c.header));
    const raw = toRawRows(columns, [
      [
        '1',
        'Đường hỏng',
        'dong lac',
        'Lê Văn A',
        '912345678',
        '',
        '',
        'Nông nghiệp, nông thôn, nông thôn mới',
        '',
        '05/03/2026',
      ],
      ['2', '', 'Thôn Không Có', '', '123', '', '', '', '', ''],
      [
        '3',
        'x'.repeat(4001),
        '',
        '',
        '',
        'not-an-email',
        '',
        'lĩnh vực lạ',
        'nguồn lạ',
        '31/02/2026',
      ],
    ]);
    const { good, bad } = checkRows(raw, villages, 'mttq');
    expect(good).toHaveLength(1);
    expect(good[0]!.value).toMatchObject({
      villageId: 'v4',
      phone: '0912345678',
      field: 'nong-nghiep',
      source: 'mttq',
      receivedOn: '2026-03-05',
    });
    expect(bad.map((b) => b.row)).toEqual([3, 4]);
    expect(bad[0]!.issues.map((i) => i.field)).toEqual(['content', 'village', 'phone']);
    expect(bad[0]!.issues[0]!.message.vi).toBe('Cột «Nội dung ý kiến, kiến nghị»: thiếu nội dung');
    expect(bad[1]!.issues.map((i) => i.field)).toEqual([
      'content',
      'email',
      'field',
      'source',
      'receivedOn',
    ]);
    // A field the list does not know says which it knows, and that empty is allowed.
    const unknownField = bad[1]!.issues.find((i) => i.field === 'field')!.message.vi;
    expect(unknownField).toMatch(
      /^Cột «Lĩnh vực»: không có lĩnh vực «lĩnh vực lạ»; ghi một trong: /,
    );
    expect(unknownField).toContain('Văn hóa – xã hội');
    expect(unknownField).toContain('hoặc để trống để văn phòng phân loại');
  });
  it('exports in the same columns, so an export imports unchanged', () => {
    const line = exportRow(1, {
      content: 'Đường hỏng',
      villageName: 'Thôn Đồng Lạc',
      fullName: 'Lê Văn A',
      phone: '0912345678',
      email: null,
      answerPreference: 'letter',
      field: 'nong-nghiep',
      source: 'village',
      receivedOn: '2026-03-05',
    });
    const { columns } = mapHeader(importColumns.map((c) => c.header));
    const { good } = checkRows(toRawRows(columns, [line]), villages, 'mttq');
    expect(good[0]!.value).toEqual({
      content: 'Đường hỏng',
      villageId: 'v4',
      fullName: 'Lê Văn A',
      phone: '0912345678',
      email: null,
      answerPreference: 'letter',
      field: 'nong-nghiep',
      source: 'village',
      receivedOn: '2026-03-05',
    });
  });
  it('reads Vietnamese and ISO dates, refuses impossible ones', () => {
    expect(parseVnDate('1/2/2026')).toBe('2026-02-01');
    expect(parseVnDate('2026-02-01')).toBe('2026-02-01');
    expect(parseVnDate('29/02/2025')).toBeNull();
  });
});
