import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { Text } from '../../model.js';
import { buildConclusionNotice } from '../../kinds/thong-bao-ket-luan.js';
import { openDocx, paragraphs, textOf } from '../../testing/docx-xml.js';
import { sampleConclusionNotice } from '../../testing/samples.js';
import { PreparedRowsTable } from './prepared-table.js';
import { renderDocx } from './render-docx.js';
import { runOptions, textRuns } from './runs.js';

const WIDTHS = [600, 3000, 1800, 2000];
const ALIGNS = [
  AlignmentType.CENTER,
  AlignmentType.JUSTIFIED,
  AlignmentType.LEFT,
  AlignmentType.RIGHT,
];
const STYLE = { sizePt: 12 };

const ROWS: Text[][] = [
  ['1', 'Nội dung một', '03 người, thôn Tân Thành', '20/07/2026\n(30 ngày làm việc)'],
  [
    '2',
    [{ text: 'Đậm', bold: true }, { text: ' và ' }, { text: 'nghiêng', italic: true }],
    '',
    'A <b> & "C"',
  ],
  ['3', [{ text: 'gạch chân\nhai dòng', underline: true }], 'Môi trường', '\n'],
  ['4', 'Rác thải sinh hoạt ở khu chợ', 'thôn Kim Lũ', '01/08/2026'],
  ['5', 'Nội dung một', 'x', 'y'],
];

function cellOf(text: Text, i: number, keepNext: boolean): TableCell {
  return new TableCell({
    width: { size: WIDTHS[i] ?? 0, type: WidthType.DXA },
    verticalAlign: i === 0 ? VerticalAlign.CENTER : undefined,
    children: [
      new Paragraph({
        alignment: ALIGNS[i],
        spacing: { before: 0, after: 0, line: 240 },
        keepNext: keepNext || undefined,
        keepLines: true,
        children: textRuns(text, STYLE),
      }),
    ],
  });
}

const rowOf = (row: Text[], keepNext: boolean, header = false) =>
  new TableRow({
    cantSplit: true,
    tableHeader: header || undefined,
    children: row.map((t, i) => cellOf(t, i, keepNext)),
  });

const tableOptions = {
  width: { size: 9400, type: WidthType.DXA },
  columnWidths: WIDTHS,
  layout: TableLayoutType.FIXED,
  margins: { top: 40, bottom: 40, left: 80, right: 80 },
};

async function documentXml(table: Table): Promise<string> {
  const buffer = await Packer.toBuffer(new Document({ sections: [{ children: [table] }] }));
  return (await openDocx(buffer)).document;
}

describe('PreparedRowsTable', () => {
  for (const keepNext of [false, true]) {
    it(`writes the same XML as docx objects for every row (keepNext ${keepNext})`, async () => {
      const header = rowOf(['TT', 'Nội dung', 'Người', 'Thời hạn'], keepNext, true);
      const [first, ...rest] = ROWS as [Text[], ...Text[][]];
      const plain = new Table({
        ...tableOptions,
        rows: [header, ...ROWS.map((r) => rowOf(r, keepNext))],
      });
      const prepared = new PreparedRowsTable(
        {
          ...tableOptions,
          rows: [
            rowOf(['TT', 'Nội dung', 'Người', 'Thời hạn'], keepNext, true),
            rowOf(first, keepNext),
          ],
        },
        rest.map((r) => r.map((t) => runOptions(t, STYLE))),
      );
      const expected = await documentXml(plain);
      expect(expected).toContain('A &lt;b&gt; &amp; &quot;C&quot;');
      expect(await documentXml(prepared)).toBe(expected);
    });
  }

  it('is a plain table when it has no rows past the first', async () => {
    const rows = [rowOf(['TT', 'a', 'b', 'c'], false, true), rowOf(ROWS[0] ?? [], false)];
    const plain = new Table({ ...tableOptions, rows });
    const prepared = new PreparedRowsTable(
      {
        ...tableOptions,
        rows: [rowOf(['TT', 'a', 'b', 'c'], false, true), rowOf(ROWS[0] ?? [], false)],
      },
      [],
    );
    expect(await documentXml(prepared)).toBe(await documentXml(plain));
  });
});

/** Element names opened and closed in order, or an error: a small well-formedness check. */
function checkWellFormed(xml: string): void {
  const stack: string[] = [];
  const body = xml.replace(/^<\?xml[^>]*\?>/, '');
  for (const m of body.matchAll(
    /<(\/?)([^\s/>]+)[^>]*?(\/?)>|&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/g,
  )) {
    if (m[0].startsWith('&')) throw new Error(`bare & at ${m.index}`);
    const [, closing, name, selfClosing] = m;
    if (selfClosing) continue;
    if (!closing) stack.push(name ?? '');
    else if (stack.pop() !== name) throw new Error(`mismatched </${name}> at ${m.index}`);
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack.join('>, <')}>`);
}

describe('renderDocx: a conclusion notice with 200 matters', () => {
  const data = sampleConclusionNotice(200);
  const matters = data.matters.map((m, i) => ({
    ...m,
    content: `${m.content} (nội dung số ${i + 1})`,
    dueDate: `${2026 + Math.floor(i / 100)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
  }));
  const notice = buildConclusionNotice({ ...data, matters });

  it('is a valid package: every part listed, every relationship resolved, every XML part well formed', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(notice));
    const names = Object.keys(zip.files).filter((n) => !zip.files[n]?.dir);
    const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
    expect(types).toContain(
      'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml" PartName="/word/document.xml"',
    );
    for (const [, part] of types.matchAll(/PartName="\/([^"]+)"/g)) expect(names).toContain(part);
    const rels = (await zip.file('_rels/.rels')?.async('string')) ?? '';
    expect(rels).toContain('Target="word/document.xml"');
    const docRels = (await zip.file('word/_rels/document.xml.rels')?.async('string')) ?? '';
    for (const [, target] of docRels.matchAll(/Target="([^"]+)"/g))
      expect(names).toContain(`word/${target ?? ''}`);
    for (const name of names.filter((n) => /\.(xml|rels)$/.test(n))) {
      const xml = (await zip.file(name)?.async('string')) ?? '';
      expect(() => checkWellFormed(xml), name).not.toThrow();
    }
  });

  it('holds every matter, in order, with its petitioners, official and due date', async () => {
    const { document } = await openDocx(await renderDocx(notice));
    const table =
      /<w:tbl>(?:(?!<\/w:tbl>)[\s\S])*Thời hạn giải quyết[\s\S]*?<\/w:tbl>/.exec(document)?.[0] ??
      '';
    const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((r) =>
      [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => textOf(c[0])),
    );
    expect(rows).toHaveLength(201);
    expect(rows[0]?.[4]).toBe('Thời hạn giải quyết');
    matters.forEach((m, i) => {
      const [y, mo, d] = m.dueDate.split('-');
      expect(rows[i + 1]).toEqual([
        String(i + 1),
        m.content,
        `${String(m.petitionerCount).padStart(2, '0')} người, ${m.villages.join(', ')}`,
        m.responsible,
        `${d}/${mo}/${y}(30 ngày làm việc sau ngày thông báo)`,
      ]);
    });
    // Every body row cannot split, the header repeats, the due date's second line is a line break.
    expect(table.match(/<w:cantSplit\/>/g)).toHaveLength(201);
    expect(table.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect(table.match(/<w:br\/>/g)).toHaveLength(200);
    const last = paragraphs(table).at(-1) ?? '';
    expect(last).toContain('<w:sz w:val="24"/>');
    expect(last).toContain('<w:jc w:val="center"/>');
  });
});
