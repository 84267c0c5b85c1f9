// renderDocx: an OfficialDocument as a .docx file (Word 2007+), with the `docx` package. A4 portrait,
// margins from format/page.ts, Times New Roman as the document default, page numbers centred at the
// top from page 2 on (the first page has a header of its own, left empty).

import { AlignmentType, Document, Header, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { FileChild } from 'docx';
import type { OfficialDocument } from '../../model.js';
import { normalizeText } from '../../normalize.js';
import { PARTY_TITLE_DASHES, isLetter, rulesFor } from '../../format/rules.js';
import type { FormatRules } from '../../format/rules.js';
import {
  A4,
  HEADER_DISTANCE_MM,
  MARGINS_MM,
  TEXT_WIDTH_TWIPS,
  mmToTwips,
  ptToTwips,
} from '../../format/page.js';
import { textWidthPt } from '../../format/text-width.js';
import { headerTable } from './header.js';
import { renderBlock } from './blocks.js';
import { closingTable } from './closing.js';
import { line, ruleParagraph } from './runs.js';

function titleParagraphs(doc: OfficialDocument, rules: FormatRules): Paragraph[] {
  if (isLetter(doc.kind)) return [];
  const out = [
    line(doc.kind.toLocaleUpperCase('vi'), rules.kind, { spaceBeforePt: 18, keepNext: true }),
  ];
  if (doc.title) out.push(line(doc.title, rules.title, { keepNext: true }));
  if (rules.titleMark === 'dashes') {
    out.push(line(PARTY_TITLE_DASHES, rules.title, { keepNext: true }));
  } else {
    const lines = (doc.title || doc.kind).split('\n');
    const widest = Math.max(
      ...lines.map((l) => ptToTwips(textWidthPt(l, rules.title.sizePt, true))),
    );
    const titleTwips = Math.min(TEXT_WIDTH_TWIPS, widest);
    out.push(ruleParagraph(titleTwips * rules.titleRuleShare, TEXT_WIDTH_TWIPS, 6));
  }
  return out;
}

function addresseeParagraphs(doc: OfficialDocument, rules: FormatRules): Paragraph[] {
  const list = doc.addressees ?? [];
  const first = list[0];
  if (first === undefined) return [];
  if (list.length === 1)
    return [line(`Kính gửi: ${first}`, rules.addressees, { spaceBeforePt: 12, spaceAfterPt: 6 })];
  const indent = mmToTwips(40);
  return [
    line('Kính gửi:', rules.addressees, {
      align: 'left',
      spaceBeforePt: 12,
      indent: { left: indent - mmToTwips(20) },
    }),
    ...list.map((a) =>
      line(`- ${a}`, rules.addressees, { align: 'left', indent: { left: indent } }),
    ),
  ];
}

function pageNumberHeader(rules: FormatRules): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ children: [PageNumber.CURRENT], size: rules.pageNumber.sizePt * 2 }),
        ],
      }),
    ],
  });
}

/** The document as DOCX bytes. Text is normalised to NFC first. */
export async function renderDocx(input: OfficialDocument): Promise<Buffer> {
  const doc = normalizeText(input);
  const rules = rulesFor(doc.format);
  const children: FileChild[] = [
    headerTable(doc, rules),
    ...titleParagraphs(doc, rules),
    ...addresseeParagraphs(doc, rules),
    ...doc.blocks.flatMap((b) => renderBlock(b, rules)),
    closingTable(doc, rules),
  ];
  const file = new Document({
    creator: doc.header.issuingBody.replace(/\n/g, ' '),
    title: `${doc.kind} ${doc.title}`.trim(),
    styles: {
      default: {
        document: {
          run: {
            font: rules.fontFamily,
            size: rules.body.sizePt * 2,
            language: { value: 'vi-VN' },
          },
          paragraph: { spacing: { line: 240 } },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: A4.widthTwips, height: A4.heightTwips },
            margin: {
              top: mmToTwips(MARGINS_MM.top),
              bottom: mmToTwips(MARGINS_MM.bottom),
              left: mmToTwips(MARGINS_MM.left),
              right: mmToTwips(MARGINS_MM.right),
              header: mmToTwips(HEADER_DISTANCE_MM),
              footer: mmToTwips(HEADER_DISTANCE_MM),
            },
          },
        },
        headers: {
          default: pageNumberHeader(rules),
          first: new Header({ children: [new Paragraph({})] }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(file);
}
