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
import type { OfficialDocument, Signature } from '../../model.js';
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

function signatureColumn(
  signature: Signature,
  doc: OfficialDocument,
  rules: FormatRules,
): Paragraph[] {
  const titles = signatureTitleLines(signature, doc.format);
  return [
    ...titles.map((t, i) =>
      line(t, rules.signatureTitle, { spaceBeforePt: i === 0 ? 12 : 0, ...KEEP }),
    ),
    line(signature.name, rules.signatureName, {
      spaceBeforePt: rules.signatureSpacePt,
      keepLines: true,
    }),
  ];
}

const MARGINS = { top: 0, bottom: 0, left: 0, right: 0 };

function cell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: MARGINS,
    verticalAlign: VerticalAlign.TOP,
    // A cell must hold a paragraph, even an empty one.
    children: children.length > 0 ? children : [new Paragraph({})],
  });
}

export function closingTable(doc: OfficialDocument, rules: FormatRules): Table {
  const recipients = doc.recipients.lines.length > 0 ? recipientsColumn(doc, rules) : [];
  const signature = signatureColumn(doc.signature, doc, rules);
  if (doc.countersignature) {
    // Minutes: two signers side by side on one unsplittable row, the recipients (if any) below.
    const half = Math.round(TEXT_WIDTH_TWIPS / 2);
    const rows = [
      new TableRow({
        cantSplit: true,
        children: [
          cell(half, signatureColumn(doc.countersignature, doc, rules)),
          cell(TEXT_WIDTH_TWIPS - half, signature),
        ],
      }),
    ];
    if (recipients.length > 0) {
      rows.push(
        new TableRow({
          cantSplit: true,
          children: [cell(half, recipients), cell(TEXT_WIDTH_TWIPS - half, [])],
        }),
      );
    }
    return new Table({
      width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
      columnWidths: [half, TEXT_WIDTH_TWIPS - half],
      borders: TableBorders.NONE,
      rows,
    });
  }
  const left = Math.round(TEXT_WIDTH_TWIPS * 0.45);
  const right = TEXT_WIDTH_TWIPS - left;
  return new Table({
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [cell(left, recipients), cell(right, signature)],
      }),
    ],
  });
}
