// The format tables: what each part of a document looks like, per format. State documents follow
// Nghị định 30/2020/NĐ-CP Phụ lục I; Party documents follow Hướng dẫn 36-HD/VPTW (2018). Where a rule
// gives a range we choose one value and say so here; both renderers read only these tables.

import type { DocumentFormat, HeadingLevel } from '../model.js';

export interface TextStyle {
  sizePt: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

/** How the issuing body is closed off: a short rule (state) or a centred asterisk (party). */
export type BodyMark = 'rule' | 'asterisk';

/** What stands under the title: a short rule (state) or five hyphens (party). */
export type TitleMark = 'rule' | 'dashes';

export interface FormatRules {
  format: DocumentFormat;
  fontFamily: 'Times New Roman';
  /** Share of the text width taken by the left header column (issuing body, number). */
  headerLeftShare: number;
  /** Top right: the national motto, or 'ĐẢNG CỘNG SẢN VIỆT NAM'. */
  topRight: { text: string; style: TextStyle };
  /** State only: the slogan, with a rule under it as long as the slogan. */
  slogan: { text: string; style: TextStyle } | null;
  parentBody: TextStyle;
  issuingBody: TextStyle;
  bodyMark: BodyMark;
  /** Rule under the issuing body, as a share of the body's widest line (NĐ 30: 1/3 to 1/2). */
  bodyRuleShare: number;
  number: TextStyle;
  placeDate: TextStyle;
  kind: TextStyle;
  title: TextStyle;
  titleMark: TitleMark;
  /** Rule under the title, as a share of its widest line. */
  titleRuleShare: number;
  /** The 'V/v …' excerpt of a công văn, under the number. */
  letterSubject: TextStyle;
  addressees: TextStyle;
  body: TextStyle;
  headings: Record<HeadingLevel, TextStyle>;
  tableHeader: TextStyle;
  tableBody: TextStyle;
  recipientsLabel: TextStyle;
  recipientsList: TextStyle;
  /** 'T/M BAN THƯỜNG VỤ', 'BÍ THƯ': uppercase. */
  signatureTitle: TextStyle;
  signatureName: TextStyle;
  pageNumber: TextStyle;
  /** Space left for the handwritten signature and the seal, in points. */
  signatureSpacePt: number;
  paragraph: {
    firstLineIndentCm: number;
    spaceBeforePt: number;
    /** Multiple of single line spacing (1 = single). */
    lineSpacing: number;
  };
}

// Paragraphs: first-line indent 1.27 cm (NĐ 30: 1–1.27 cm), 6 pt between paragraphs, single spacing.
const PARAGRAPH = { firstLineIndentCm: 1.27, spaceBeforePt: 6, lineSpacing: 1 } as const;

/** NĐ 30/2020 Phụ lục I. Body 14 pt (13–14); motto 12 pt (12–13) so it fits on one line beside the body. */
export const STATE_RULES: FormatRules = {
  format: 'state',
  fontFamily: 'Times New Roman',
  headerLeftShare: 0.4,
  topRight: { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', style: { sizePt: 12, bold: true } },
  slogan: { text: 'Độc lập - Tự do - Hạnh phúc', style: { sizePt: 13, bold: true } },
  parentBody: { sizePt: 13 },
  issuingBody: { sizePt: 13, bold: true },
  bodyMark: 'rule',
  bodyRuleShare: 0.4,
  number: { sizePt: 13 },
  placeDate: { sizePt: 14, italic: true },
  kind: { sizePt: 14, bold: true },
  title: { sizePt: 14, bold: true },
  titleMark: 'rule',
  titleRuleShare: 0.4,
  letterSubject: { sizePt: 12 },
  addressees: { sizePt: 14 },
  body: { sizePt: 14 },
  headings: {
    1: { sizePt: 14, bold: true },
    2: { sizePt: 14, bold: true },
    3: { sizePt: 14, bold: true, italic: true },
  },
  tableHeader: { sizePt: 12, bold: true },
  tableBody: { sizePt: 12 },
  recipientsLabel: { sizePt: 12, bold: true, italic: true },
  recipientsList: { sizePt: 11 },
  signatureTitle: { sizePt: 14, bold: true },
  signatureName: { sizePt: 14, bold: true },
  pageNumber: { sizePt: 14 },
  signatureSpacePt: 72,
  paragraph: PARAGRAPH,
};

/** HD 36-HD/VPTW. Title 15 pt bold underlined; bodies 14 pt; kind 16 pt; "Nơi nhận:" 14 pt underlined, list 12 pt. */
export const PARTY_RULES: FormatRules = {
  format: 'party',
  fontFamily: 'Times New Roman',
  headerLeftShare: 0.5,
  topRight: { text: 'ĐẢNG CỘNG SẢN VIỆT NAM', style: { sizePt: 15, bold: true, underline: true } },
  slogan: null,
  parentBody: { sizePt: 14 },
  issuingBody: { sizePt: 14, bold: true },
  bodyMark: 'asterisk',
  bodyRuleShare: 0,
  number: { sizePt: 14 },
  placeDate: { sizePt: 14, italic: true },
  kind: { sizePt: 16, bold: true },
  title: { sizePt: 14, bold: true },
  titleMark: 'dashes',
  titleRuleShare: 0,
  letterSubject: { sizePt: 12, italic: true },
  addressees: { sizePt: 14 },
  body: { sizePt: 14 },
  headings: {
    1: { sizePt: 14, bold: true },
    2: { sizePt: 14, bold: true },
    3: { sizePt: 14, bold: true, italic: true },
  },
  tableHeader: { sizePt: 12, bold: true },
  tableBody: { sizePt: 12 },
  recipientsLabel: { sizePt: 14, underline: true },
  recipientsList: { sizePt: 12 },
  signatureTitle: { sizePt: 14, bold: true },
  signatureName: { sizePt: 14, bold: true },
  pageNumber: { sizePt: 14 },
  signatureSpacePt: 72,
  paragraph: PARAGRAPH,
};

export function rulesFor(format: DocumentFormat): FormatRules {
  return format === 'party' ? PARTY_RULES : STATE_RULES;
}

/** A công văn has no kind line: its title is printed as 'V/v …' under the number (NĐ 30 Mẫu 1.4). */
export const LETTER_KIND = 'CÔNG VĂN';

export function isLetter(kind: string): boolean {
  return kind.normalize('NFC').toUpperCase() === LETTER_KIND;
}

/** 'V/v trả lời kiến nghị của công dân'. */
export function letterSubjectLine(title: string): string {
  return `V/v ${title}`;
}

/** The dashes under a Party document's title. */
export const PARTY_TITLE_DASHES = '-----';
