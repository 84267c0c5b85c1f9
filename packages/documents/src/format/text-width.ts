// Width of a line of Times New Roman text, for the DOCX renderer's rules (the line under the slogan
// is as long as the slogan; the one under the issuing body is 1/3–1/2 of it). Word cannot size a
// border to its text, so we measure. Advance widths (1/1000 em) of Times New Roman, read from Tinos,
// which is metric-compatible; a Vietnamese letter is as wide as its base letter, except ơ/ư (horn).

const ASCII =
  ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~';
const EXTRA = 'ĐđƠơƯư…–';

// prettier-ignore
const REGULAR = [250,333,408,500,500,833,778,180,333,333,500,564,250,333,250,278,500,500,500,500,500,500,500,500,500,500,278,278,564,564,564,444,921,722,667,667,722,611,556,722,722,333,389,722,611,889,722,722,556,722,667,556,611,722,722,944,722,722,611,333,278,333,469,500,333,444,500,444,500,444,333,500,500,278,278,500,278,778,500,500,500,500,333,389,278,500,500,722,500,500,444,480,200,480,541,722,500,722,529,776,542,1000,500];
// prettier-ignore
const BOLD = [250,333,555,500,500,1000,833,278,333,333,500,570,250,333,250,278,500,500,500,500,500,500,500,500,500,500,333,333,570,570,570,500,930,722,667,722,722,667,611,778,778,389,500,778,667,944,722,778,611,778,722,556,667,722,722,1000,722,722,667,333,278,333,581,500,333,500,556,444,556,444,333,500,556,278,333,556,278,833,556,500,556,556,444,389,333,556,500,722,500,500,444,394,220,394,520,722,556,778,554,796,600,1000,500];

function table(widths: readonly number[]): Map<string, number> {
  const map = new Map<string, number>();
  [...(ASCII + EXTRA)].forEach((ch, i) => map.set(ch, widths[i] ?? 500));
  return map;
}

const TABLES = { regular: table(REGULAR), bold: table(BOLD) };
const HORN = '\u031B';
const WITH_HORN: Record<string, string> = { O: 'Ơ', o: 'ơ', U: 'Ư', u: 'ư' };

/** Width in points of one line of text set in Times New Roman at sizePt. */
export function textWidthPt(text: string, sizePt: number, bold = false): number {
  const widths = bold ? TABLES.bold : TABLES.regular;
  let units = 0;
  // Decomposed, each letter is a base character followed by its marks (zero width, but the horn).
  for (const ch of text.normalize('NFC')) {
    const parts = [...ch.normalize('NFD')];
    const base = parts[0] ?? ' ';
    const key = parts.includes(HORN) ? (WITH_HORN[base] ?? base) : base;
    units += widths.get(key) ?? 500;
  }
  return (units * sizePt) / 1000;
}
