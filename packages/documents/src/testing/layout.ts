// Test helpers: the layout of a rendered document, read back from the DOCX (page, margins, fonts,
// each line with the style of its runs) and from the PDF (page sizes, embedded fonts, each text
// line with its size and emphasis, through poppler's pdftohtml -xml and pdffonts), and the ranges
// the regulations allow, to check a rendered document against them rather than against our choices.

import { execFileSync } from 'node:child_process';
import { attr, openDocx, paragraphs, textOf } from './docx-xml.js';
import { withPdfFile } from './tools.js';
import type { DocumentFormat } from '../model.js';

/** What a line looks like: size in points and emphasis. */
export interface LineStyle {
  sizePt: number;
  bold: boolean;
  italic: boolean;
  underline: boolean;
}

export interface DocxLine {
  text: string;
  /** The style of each run that carries text. */
  runs: LineStyle[];
  /** w:jc: 'center', 'both', 'left'… (undefined: left). */
  align: string | undefined;
  /** First-line indent in twips (w:ind w:firstLine), 0 without one. */
  firstLineTwips: number;
  /** The paragraph has a border (the rules under the issuing body, the slogan and the title). */
  border: 'top' | 'bottom' | null;
}

export interface DocxLayout {
  page: { widthMm: number; heightMm: number };
  marginsMm: { top: number; bottom: number; left: number; right: number };
  /** The first page shows no number: w:titlePg with an empty first-page header. */
  firstPageUnnumbered: boolean;
  /** Every font named anywhere in the document, styles and headers. */
  fonts: string[];
  /** The default run font and size (w:docDefaults). */
  defaultFont: string | undefined;
  defaultSizePt: number | undefined;
  /** The page number field's style in the running header. */
  pageNumber: LineStyle | undefined;
  lines: DocxLine[];
}

const twipsToMm = (twips: number) => Math.round(((twips * 25.4) / 1440) * 10) / 10;

function flag(rPr: string, tag: string): boolean {
  const m = new RegExp(`<w:${tag}(?: w:val="([^"]*)")?\\s*/>`).exec(rPr);
  if (!m) return false;
  return m[1] === undefined || !['false', '0', 'none'].includes(m[1]);
}

function styleOf(rPr: string, defaultSizePt: number): LineStyle {
  const sz = attr(rPr, 'w:sz', 'w:val');
  return {
    sizePt: sz ? Number(sz) / 2 : defaultSizePt,
    bold: flag(rPr, 'b'),
    italic: flag(rPr, 'i'),
    underline: flag(rPr, 'u'),
  };
}

function runsOf(p: string): { text: string; rPr: string }[] {
  return [...p.matchAll(/<w:r(?: [^>]*)?>((?:(?!<\/w:r>)[\s\S])*)<\/w:r>/g)].map((m) => {
    const run = m[1] ?? '';
    return { text: textOf(run), rPr: /<w:rPr>[\s\S]*?<\/w:rPr>/.exec(run)?.[0] ?? '' };
  });
}

export async function readDocxLayout(buffer: Buffer): Promise<DocxLayout> {
  const parts = await openDocx(buffer);
  const xml = parts.document;
  const sectPr = /<w:sectPr[\s\S]*?<\/w:sectPr>/.exec(xml)?.[0] ?? '';
  const num = (el: string, name: string) => Number(attr(sectPr, el, name) ?? NaN);
  const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(parts.styles)?.[0] ?? '';
  const defaultSz = attr(defaults, 'w:sz', 'w:val');
  const defaultSizePt = defaultSz ? Number(defaultSz) / 2 : 11;
  const fonts = new Set<string>();
  for (const source of [xml, parts.styles, ...parts.headers]) {
    for (const m of source.matchAll(/<w:rFonts ([^>]*)\/>/g)) {
      for (const f of (m[1] ?? '').matchAll(/w:(?:ascii|hAnsi|cs|eastAsia)="([^"]*)"/g))
        fonts.add(f[1] ?? '');
    }
  }
  const numbered = parts.headers.find((h) => h.includes('PAGE'));
  const pageRun = numbered ? runsOf(numbered).find((r) => r.rPr.includes('w:sz')) : undefined;
  const emptyHeaders = parts.headers.filter((h) => textOf(h).trim() === '' && !h.includes('PAGE'));
  return {
    page: { widthMm: twipsToMm(num('w:pgSz', 'w:w')), heightMm: twipsToMm(num('w:pgSz', 'w:h')) },
    marginsMm: {
      top: twipsToMm(num('w:pgMar', 'w:top')),
      bottom: twipsToMm(num('w:pgMar', 'w:bottom')),
      left: twipsToMm(num('w:pgMar', 'w:left')),
      right: twipsToMm(num('w:pgMar', 'w:right')),
    },
    firstPageUnnumbered:
      /<w:titlePg(?: w:val="(?:true|1)")?\s*\/>/.test(sectPr) && emptyHeaders.length > 0,
    fonts: [...fonts],
    defaultFont: attr(defaults, 'w:rFonts', 'w:ascii'),
    defaultSizePt,
    pageNumber: pageRun ? styleOf(pageRun.rPr, defaultSizePt) : undefined,
    lines: paragraphs(xml).map((p) => {
      const pPr = /<w:pPr>[\s\S]*?<\/w:pPr>/.exec(p)?.[0] ?? '';
      const border = /<w:pBdr>[\s\S]*?<\/w:pBdr>/.exec(pPr)?.[0] ?? '';
      return {
        text: textOf(p),
        runs: runsOf(p)
          .filter((r) => r.text.trim() !== '')
          .map((r) => styleOf(r.rPr, defaultSizePt)),
        align: attr(pPr, 'w:jc', 'w:val'),
        firstLineTwips: Number(attr(pPr, 'w:ind', 'w:firstLine') ?? 0),
        border: border.includes('<w:top') ? 'top' : border.includes('<w:bottom') ? 'bottom' : null,
      };
    }),
  };
}

export interface PdfLine {
  page: number;
  /** Points from the top and left edges of the page (pdftohtml rounds them). */
  top: number;
  left: number;
  width: number;
  height: number;
  text: string;
  sizePt: number;
  family: string;
  bold: boolean;
  italic: boolean;
}

export interface PdfFont {
  name: string;
  embedded: boolean;
}

export interface PdfLayout {
  pages: { widthPt: number; heightPt: number }[];
  lines: PdfLine[];
  fonts: PdfFont[];
}

function unescapeXml(text: string): string {
  return text
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
}

/** Text lines of a PDF with their fonts and positions, and the fonts it embeds. */
export function readPdfLayout(pdf: Buffer): PdfLayout {
  return withPdfFile(pdf, (path) => {
    const xml = execFileSync('pdftohtml', ['-xml', '-i', '-stdout', '-zoom', '1', '-q', path], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' });
    const specs = new Map<string, { size: number; family: string }>();
    for (const m of xml.matchAll(/<fontspec id="(\d+)" size="([\d.-]+)" family="([^"]*)"/g)) {
      specs.set(m[1] ?? '', { size: Number(m[2]), family: m[3] ?? '' });
    }
    const pages: PdfLayout['pages'] = [];
    const lines: PdfLine[] = [];
    for (const pm of xml.matchAll(
      /<page number="(\d+)"[^>]*height="([\d.]+)" width="([\d.]+)">([\s\S]*?)<\/page>/g,
    )) {
      const page = Number(pm[1]);
      pages.push({ widthPt: Number(pm[3]), heightPt: Number(pm[2]) });
      for (const tm of (pm[4] ?? '').matchAll(
        /<text top="(-?\d+)" left="(-?\d+)" width="(\d+)" height="(\d+)" font="(\d+)">([\s\S]*?)<\/text>/g,
      )) {
        const inner = tm[6] ?? '';
        const spec = specs.get(tm[5] ?? '') ?? { size: 0, family: '' };
        lines.push({
          page,
          top: Number(tm[1]),
          left: Number(tm[2]),
          width: Number(tm[3]),
          height: Number(tm[4]),
          text: unescapeXml(inner).normalize('NFC'),
          sizePt: spec.size,
          family: spec.family,
          bold: /^\s*(<i>)?<b>/.test(inner),
          italic: /^\s*(<b>)?<i>/.test(inner),
        });
      }
    }
    const fontRows = fonts
      .split('\n')
      .slice(2)
      .filter((l) => l.trim() !== '');
    return {
      pages,
      lines,
      fonts: fontRows.map((row) => {
        const cols = row.trim().split(/\s+/);
        // name type [encoding…] emb sub uni object ID: emb is the fifth field from the end.
        return { name: cols[0] ?? '', embedded: cols.at(-5) === 'yes' };
      }),
    };
  });
}

/** A size range in points, and the emphasis a part must (true) or must not (false) have. */
export interface PartRule {
  sizePt: readonly [number, number];
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

export type Part =
  | 'topRight'
  | 'slogan'
  | 'parentBody'
  | 'issuingBody'
  | 'number'
  | 'letterSubject'
  | 'placeDate'
  | 'kind'
  | 'title'
  | 'body'
  | 'recipientsLabel'
  | 'recipientsList'
  | 'signatureTitle'
  | 'signatureName'
  | 'pageNumber';

/**
 * The regulations' own ranges, written from the texts (not from format/rules.ts, which chooses
 * within them). State: Nghị định 30/2020/NĐ-CP, Phụ lục I (sections II.1–II.12 and III). Party:
 * Hướng dẫn 36-HD/VPTW (2018), Part Two. Both: A4, Times New Roman, margins top and bottom
 * 20–25 mm, left 30–35 mm, right 15–20 mm; page numbers centred at the top, none on page 1 (state).
 */
export const REGULATION: Record<DocumentFormat, Record<Part, PartRule | null>> = {
  state: {
    topRight: { sizePt: [12, 13], bold: true, italic: false },
    slogan: { sizePt: [13, 14], bold: true, italic: false },
    parentBody: { sizePt: [12, 13], bold: false, italic: false },
    issuingBody: { sizePt: [12, 13], bold: true, italic: false },
    number: { sizePt: [13, 13], bold: false, italic: false },
    letterSubject: { sizePt: [12, 13], bold: false, italic: false },
    placeDate: { sizePt: [13, 14], bold: false, italic: true },
    kind: { sizePt: [13, 14], bold: true, italic: false },
    title: { sizePt: [13, 14], bold: true, italic: false },
    body: { sizePt: [13, 14] },
    recipientsLabel: { sizePt: [12, 12], bold: true, italic: true },
    recipientsList: { sizePt: [11, 11], bold: false, italic: false },
    signatureTitle: { sizePt: [13, 14], bold: true, italic: false },
    signatureName: { sizePt: [13, 14], bold: true, italic: false },
    pageNumber: { sizePt: [13, 14], bold: false, italic: false },
  },
  party: {
    topRight: { sizePt: [15, 15], bold: true, underline: true, italic: false },
    slogan: null,
    parentBody: { sizePt: [14, 14], bold: false, italic: false },
    issuingBody: { sizePt: [14, 14], bold: true, italic: false },
    number: { sizePt: [14, 14], bold: false, italic: false },
    letterSubject: { sizePt: [12, 12], italic: true },
    placeDate: { sizePt: [14, 14], bold: false, italic: true },
    kind: { sizePt: [15, 16], bold: true, italic: false },
    title: { sizePt: [14, 15], bold: true, italic: false },
    body: { sizePt: [14, 15] },
    recipientsLabel: { sizePt: [14, 14], bold: false, underline: true },
    recipientsList: { sizePt: [12, 12], bold: false, italic: false },
    signatureTitle: { sizePt: [14, 14], bold: true, italic: false },
    signatureName: { sizePt: [14, 14], bold: true, italic: false },
    pageNumber: { sizePt: [14, 14], bold: false, italic: false },
  },
};

export const PAGE_RULE = {
  a4Mm: { width: 210, height: 297 },
  marginsMm: { top: [20, 25], bottom: [20, 25], left: [30, 35], right: [15, 20] },
  /** Times New Roman, or in a PDF printed where it is not installed, a metric-compatible twin. */
  fonts: ['Times New Roman', 'TimesNewRoman', 'Tinos', 'Liberation Serif', 'LiberationSerif'],
} as const;

/** Where a style breaks a part's rule: an empty list when it keeps it. */
export function ruleBreaches(
  style: Omit<LineStyle, 'underline'> & { underline?: boolean },
  rule: PartRule,
): string[] {
  const out: string[] = [];
  const [min, max] = rule.sizePt;
  if (style.sizePt < min || style.sizePt > max)
    out.push(`size ${style.sizePt} pt not in ${min}–${max}`);
  for (const key of ['bold', 'italic', 'underline'] as const) {
    const want = rule[key];
    const got = style[key];
    if (want !== undefined && got !== undefined && want !== got)
      out.push(`${key} ${got}, should be ${want}`);
  }
  return out;
}

/** Whether a PDF font name ('AAAAAA+Tinos-Bold') is Times New Roman or a metric twin of it. */
export function isTimesFamily(fontName: string): boolean {
  const base = fontName
    .replace(/^[A-Z]{6}\+/, '')
    .replace(/[-,](Bold|Italic|BoldItalic|Regular|Roman)+$/i, '');
  return PAGE_RULE.fonts.some((f) => base.replace(/\s/g, '') === f.replace(/\s/g, ''));
}
