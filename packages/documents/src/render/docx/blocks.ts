// Body blocks of the model as DOCX paragraphs and tables: justified paragraphs with a first-line
// indent, headings kept with what follows, numbered and bulleted items written as indented
// paragraphs (as Vietnamese documents do), tables whose header repeats and whose rows never split.

import {
  AlignmentType,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TableLayoutType,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { Block, Run, TableBlock, Text } from '../../model.js';
import type { FormatRules } from '../../format/rules.js';
import { headingPrefix } from '../../format/headings.js';
import { TEXT_WIDTH_TWIPS, ptToTwips } from '../../format/page.js';
import type { Keep } from './runs.js';
import { ALIGN, runOptions, textRuns } from './runs.js';
import { PreparedRowsTable } from './prepared-table.js';

const CM_TWIPS = 1440 / 2.54;

function prefixed(prefix: string, text: Text): Text {
  if (!prefix) return text;
  return typeof text === 'string' ? prefix + text : [{ text: prefix } as Run, ...text];
}

interface BodyParagraphOptions {
  align?: 'justify' | 'center' | 'left' | 'right';
  indent?: boolean;
  emphasis?: Partial<Run>;
  keepNext: boolean;
  keepLines: boolean;
  style: FormatRules['body'];
}

function bodyParagraph(text: Text, rules: FormatRules, o: BodyParagraphOptions): Paragraph {
  const p = rules.paragraph;
  return new Paragraph({
    alignment: ALIGN[o.align ?? 'justify'],
    indent:
      o.indent === false ? undefined : { firstLine: Math.round(p.firstLineIndentCm * CM_TWIPS) },
    spacing: {
      before: ptToTwips(p.spaceBeforePt),
      after: 0,
      line: Math.round(240 * p.lineSpacing),
    },
    keepNext: o.keepNext || undefined,
    keepLines: o.keepLines || undefined,
    children: textRuns(text, o.style, o.emphasis),
  });
}

function tableBlock(block: TableBlock, rules: FormatRules, keep: Keep): Table {
  const total = block.columns.reduce((sum, c) => sum + c.width, 0) || 1;
  const widths = block.columns.map((c) => Math.floor((TEXT_WIDTH_TWIPS * c.width) / total));
  // The cells' margins, once for the whole table (w:tblCellMar) rather than in every cell.
  const cellMargins = { top: 40, bottom: 40, left: 80, right: 80 };
  const cellOf = (text: Text, i: number, header: boolean) =>
    new TableCell({
      width: { size: widths[i] ?? 0, type: WidthType.DXA },
      // Top is Word's default: body cells leave it unwritten (one element less in each of many cells).
      verticalAlign: header ? VerticalAlign.CENTER : undefined,
      children: [
        new Paragraph({
          alignment: header ? AlignmentType.CENTER : ALIGN[block.columns[i]?.align ?? 'left'],
          spacing: { before: 0, after: 0, line: 240 },
          keepNext: keep !== 'none' || undefined,
          keepLines: true,
          children: textRuns(text, header ? rules.tableHeader : rules.tableBody),
        }),
      ],
    });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map((c, i) => cellOf(c.header, i, true)),
  });
  // The first body row as docx objects; the others as prepared XML shaped like it (prepared-table.ts),
  // which makes a table of hundreds of rows several times faster to write.
  const [first, ...rest] = block.rows;
  const rows = first
    ? [
        new TableRow({
          cantSplit: true,
          children: block.columns.map((_, i) => cellOf(first[i] ?? '', i, false)),
        }),
      ]
    : [];
  return new PreparedRowsTable(
    {
      width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      margins: cellMargins,
      rows: [header, ...rows],
    },
    rest.map((row) => block.columns.map((_, i) => runOptions(row[i] ?? '', rules.tableBody))),
  );
}

/** Paragraphs of a list of items, each its own paragraph; 'inner' keeps all but the last with the next. */
function items(
  texts: readonly Text[],
  prefixOf: (i: number) => string,
  rules: FormatRules,
  keep: Keep,
): Paragraph[] {
  return texts.map((text, i) =>
    bodyParagraph(prefixed(prefixOf(i), text), rules, {
      style: rules.body,
      keepNext: keep === 'all' || (keep === 'inner' && i < texts.length - 1),
      keepLines: keep !== 'none',
    }),
  );
}

export function renderBlock(
  block: Block,
  rules: FormatRules,
  keep: Keep = 'none',
): (Paragraph | Table)[] {
  switch (block.type) {
    case 'heading':
      return [
        bodyParagraph(headingPrefix(block.level, block.label) + block.text, rules, {
          style: rules.headings[block.level],
          keepNext: true,
          keepLines: true,
        }),
      ];
    case 'paragraph':
      return [
        bodyParagraph(block.text, rules, {
          style: rules.body,
          align: block.align,
          indent: block.indent,
          emphasis: { bold: block.bold, italic: block.italic },
          keepNext: keep === 'all',
          keepLines: keep !== 'none',
        }),
      ];
    case 'numbered':
      return items(block.items, (i) => `${(block.start ?? 1) + i}. `, rules, keep);
    case 'bulleted':
      return items(block.items, () => '- ', rules, keep);
    case 'table':
      return [tableBlock(block, rules, keep)];
    case 'keep-together':
      return block.blocks.flatMap((child, i) =>
        renderBlock(
          child,
          rules,
          i < block.blocks.length - 1 ? 'all' : keep === 'all' ? 'all' : 'inner',
        ),
      );
  }
}
