// Page geometry shared by both formats (NĐ 30/2020 Phụ lục I and HD 36-HD/VPTW agree on it):
// A4, margins top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm. We choose 20/20/30/15,
// the widest text area the rules allow, which keeps long tables on fewer pages.

export const A4 = { widthMm: 210, heightMm: 297, widthTwips: 11906, heightTwips: 16838 } as const;

export const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;

/** Page numbers sit in the top margin, this far from the edge. */
export const HEADER_DISTANCE_MM = 10;

/** Twentieths of a point: 1 inch = 1440 twips = 25.4 mm. */
export function mmToTwips(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

export function ptToTwips(pt: number): number {
  return Math.round(pt * 20);
}

/** Width of the text area between the margins. */
export const TEXT_WIDTH_MM = A4.widthMm - MARGINS_MM.left - MARGINS_MM.right;
export const TEXT_WIDTH_TWIPS =
  A4.widthTwips - mmToTwips(MARGINS_MM.left) - mmToTwips(MARGINS_MM.right);
