// The closing of a DOCX document: recipients on the left and the signature on the right, side by
// side in a borderless table whose one row may not split, every paragraph kept with the next, so the
// signature never lands on a page of its own or apart from the recipients.

import {
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
import { signatureTitleLines } from '../../format/signature.js';
import { TEXT_WIDTH_TWIPS } from '../../format/page.js';
import { line } from './runs.js';

const KEEP = { keepNext: true, keepLines: true } as const;

function recipientsColumn(doc: OfficialDocument, rules: FormatRules): Paragraph[] {
  return [
    line(doc.recipients.label, rules.recipientsLabel, {
      align: 'left',
      spaceBeforePt: 12,
      ...KEEP,
    }),
    ...doc.recipients.lines.map((l) =>
      line(`- ${l}`, rules.recipientsList, { align: 'left', ...KEEP }),
    ),
  ];
}

function signatureColumn(doc: OfficialDocument, rules: FormatRules): Paragraph[] {
  const titles = signatureTitleLines(doc.signature, doc.format);
  return [
    ...titles.map((t, i) =>
      line(t, rules.signatureTitle, { spaceBeforePt: i === 0 ? 12 : 0, ...KEEP }),
    ),
    line(doc.signature.name, rules.signatureName, {
      spaceBeforePt: rules.signatureSpacePt,
      keepLines: true,
    }),
  ];
}

export function closingTable(doc: OfficialDocument, rules: FormatRules): Table {
  const left = Math.round(TEXT_WIDTH_TWIPS * 0.45);
  const right = TEXT_WIDTH_TWIPS - left;
  const margins = { top: 0, bottom: 0, left: 0, right: 0 };
  return new Table({
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            width: { size: left, type: WidthType.DXA },
            margins,
            verticalAlign: VerticalAlign.TOP,
            children: recipientsColumn(doc, rules),
          }),
          new TableCell({
            width: { size: right, type: WidthType.DXA },
            margins,
            verticalAlign: VerticalAlign.TOP,
            children: signatureColumn(doc, rules),
          }),
        ],
      }),
    ],
  });
}
