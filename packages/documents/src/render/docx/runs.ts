// Text runs and paragraph helpers for the DOCX renderer: a TextStyle from the format tables becomes
// run properties (size in half-points), and a model Text becomes TextRuns, keeping its emphasis.

import { AlignmentType, BorderStyle, Paragraph, TextRun, UnderlineType } from 'docx';
import type { IRunOptions } from 'docx';
import type { Run, Text } from '../../model.js';
import type { TextStyle } from '../../format/rules.js';
import { ptToTwips } from '../../format/page.js';

export type Align = 'justify' | 'center' | 'left' | 'right';

export const ALIGN = {
  justify: AlignmentType.JUSTIFIED,
  center: AlignmentType.CENTER,
  left: AlignmentType.LEFT,
  right: AlignmentType.RIGHT,
} as const;

/** Keeping: 'none'; 'inner' keeps a block's paragraphs together; 'all' also keeps its last with the next block. */
export type Keep = 'none' | 'inner' | 'all';

function toRuns(text: Text): readonly Run[] {
  return typeof text === 'string' ? [{ text }] : text;
}

/** The options of each TextRun for a Text in a style; '\n' inside a run becomes a line break. */
export function runOptions(
  text: Text,
  style: TextStyle,
  emphasis: Partial<Run> = {},
): IRunOptions[] {
  const out: IRunOptions[] = [];
  for (const run of toRuns(text)) {
    run.text.split('\n').forEach((line, i) => {
      out.push({
        text: line,
        break: i > 0 ? 1 : undefined,
        size: style.sizePt * 2,
        // Only 'on' is written: nothing in these documents inherits emphasis that a run must turn off.
        bold: (run.bold ?? emphasis.bold ?? style.bold) || undefined,
        italics: (run.italic ?? emphasis.italic ?? style.italic) || undefined,
        underline:
          run.underline || emphasis.underline || style.underline
            ? { type: UnderlineType.SINGLE }
            : undefined,
      });
    });
  }
  return out;
}

/** TextRuns for a Text in a style; '\n' inside a run becomes a line break. */
export function textRuns(text: Text, style: TextStyle, emphasis: Partial<Run> = {}): TextRun[] {
  return runOptions(text, style, emphasis).map((o) => new TextRun(o));
}

export interface LineOptions {
  align?: Align;
  spaceBeforePt?: number;
  spaceAfterPt?: number;
  keepNext?: boolean;
  keepLines?: boolean;
  indent?: { left?: number; right?: number; firstLine?: number };
}

/** A single-spaced paragraph of one style, for the header, closing and table cells. */
export function line(text: Text, style: TextStyle, options: LineOptions = {}): Paragraph {
  return new Paragraph({
    alignment: ALIGN[options.align ?? 'center'],
    spacing: {
      before: ptToTwips(options.spaceBeforePt ?? 0),
      after: ptToTwips(options.spaceAfterPt ?? 0),
      line: 240,
    },
    keepNext: options.keepNext,
    keepLines: options.keepLines,
    indent: options.indent,
    children: textRuns(text, style),
  });
}

/**
 * A horizontal rule of a given length, centred in a column: an empty 1 pt paragraph whose top border
 * runs between its indents. Word cannot size a border to text, so the caller passes the length.
 */
export function ruleParagraph(
  lengthTwips: number,
  columnTwips: number,
  spaceAfterPt = 0,
): Paragraph {
  const side = Math.max(0, Math.round((columnTwips - lengthTwips) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    spacing: { before: ptToTwips(2), after: ptToTwips(spaceAfterPt), line: 240 },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    run: { size: 2 },
    children: [new TextRun({ text: '', size: 2 })],
  });
}
