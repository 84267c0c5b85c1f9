// The first-page header of a DOCX document: a borderless two-column table. Left: the parent body, the
// issuing body closed by a short rule (state) or an asterisk (party), the number and, for a công văn,
// the 'V/v' excerpt. Right: the national motto and slogan (state) or 'ĐẢNG CỘNG SẢN VIỆT NAM' (party),
// and the place-and-date line level with the number.

import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { OfficialDocument } from '../../model.js';
import type { FormatRules } from '../../format/rules.js';
import { isLetter, letterSubjectLine } from '../../format/rules.js';
import { formatDocumentNumber } from '../../format/document-number.js';
import { formatPlaceDate } from '../../format/place-date.js';
import { TEXT_WIDTH_TWIPS, ptToTwips } from '../../format/page.js';
import { textWidthPt } from '../../format/text-width.js';
import { line, ruleParagraph, textRuns } from './runs.js';

const NO_MARGINS = { top: 0, bottom: 0, left: 0, right: 0 };

function upperLines(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .split('\n')
    .map((l) => l.trim().toLocaleUpperCase('vi'))
    .filter((l) => l.length > 0);
}

function widestTwips(lines: readonly string[], sizePt: number, bold: boolean): number {
  return Math.max(0, ...lines.map((l) => ptToTwips(textWidthPt(l, sizePt, bold))));
}

function bodyColumn(doc: OfficialDocument, rules: FormatRules, width: number): Paragraph[] {
  const parent = upperLines(doc.header.parentBody);
  const issuer = upperLines(doc.header.issuingBody);
  const out = [
    ...parent.map((l) => line(l, rules.parentBody)),
    ...issuer.map((l) => line(l, rules.issuingBody)),
  ];
  if (rules.bodyMark === 'asterisk') {
    out.push(line('*', rules.issuingBody));
  } else {
    const issuerWidth = widestTwips(issuer, rules.issuingBody.sizePt, true);
    out.push(ruleParagraph(issuerWidth * rules.bodyRuleShare, width));
  }
  return out;
}

function topRightColumn(rules: FormatRules, width: number): Paragraph[] {
  const out = [line(rules.topRight.text, rules.topRight.style)];
  if (rules.slogan) {
    // The rule under the slogan is as long as the slogan: the paragraph's bottom border between indents
    // that leave just the slogan's width (plus a little, so real Times New Roman never wraps it).
    const { text, style } = rules.slogan;
    const textTwips = ptToTwips(textWidthPt(text, style.sizePt, style.bold ?? false));
    const side = Math.max(0, Math.round((width - textTwips * 1.02 - 40) / 2));
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        indent: { left: side, right: side },
        spacing: { before: 0, after: 0, line: 240 },
        border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
        children: textRuns(text, style),
      }),
    );
  }
  return out;
}

function cell(children: Paragraph[], width: number): TableCell {
  return new TableCell({
    children: children.length > 0 ? children : [new Paragraph({})],
    width: { size: width, type: WidthType.DXA },
    margins: NO_MARGINS,
    verticalAlign: VerticalAlign.TOP,
  });
}

export function headerTable(doc: OfficialDocument, rules: FormatRules): Table {
  const left = Math.round(TEXT_WIDTH_TWIPS * rules.headerLeftShare);
  const right = TEXT_WIDTH_TWIPS - left;
  const numberRow: Paragraph[] = [
    line(formatDocumentNumber(doc.number, doc.format), rules.number, { spaceBeforePt: 6 }),
  ];
  if (isLetter(doc.kind)) {
    numberRow.push(line(letterSubjectLine(doc.title), rules.letterSubject, { spaceBeforePt: 2 }));
  }
  const placeDate =
    doc.placeDateLine === false
      ? []
      : [line(formatPlaceDate(doc.place, doc.date), rules.placeDate, { spaceBeforePt: 6 })];
  return new Table({
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: [
          cell(bodyColumn(doc, rules, left), left),
          cell(topRightColumn(rules, right), right),
        ],
      }),
      new TableRow({ children: [cell(numberRow, left), cell(placeDate, right)] }),
    ],
  });
}
