// A table whose body rows past the first are written as docx's own prepared XML objects instead of one
// docx object per row, cell, paragraph, run and property (issue 7: a conclusion notice with 200 matters
// spent most of its DOCX time building and preparing ~20 000 docx objects for its table).
//
// Nothing is written by hand that docx would write differently: the header row and the first body row
// are real docx objects, so docx sizes and writes their row, cell and paragraph properties; the other
// rows reuse those properties column by column, and every run is docx's own TextRun for the same
// options, prepared once per distinct set of options with a placeholder for the text. The result is
// the same XML, byte for byte, as building every row with docx (prepared-table.test.ts checks it).

import { Table, TextRun } from 'docx';
import type { IContext, IRunOptions, ITableOptions, IXmlableObject, TableRow } from 'docx';

/** A cell of a prepared row: the options of its paragraph's runs. */
export type PreparedCell = readonly IRunOptions[];

// A private-use character: never in the model's text, and left alone by docx's XML escaping.
const PLACEHOLDER = '\uE000';

function fail(what: string): never {
  throw new Error(`prepared table: docx wrote ${what} in an unexpected shape`);
}

/** A copy of a prepared object with every string equal to PLACEHOLDER replaced by `text`. */
function substitute(node: unknown, text: string): unknown {
  if (node === PLACEHOLDER) return text;
  if (Array.isArray(node)) return node.map((child) => substitute(child, text));
  if (node !== null && typeof node === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) out[key] = substitute(value, text);
    return out;
  }
  return node;
}

/** The prepared `w:r` of each run options, from a TextRun prepared once per distinct options. */
class RunCache {
  private readonly templates = new Map<string, unknown>();

  constructor(private readonly context: IContext) {}

  run(options: IRunOptions): unknown {
    const text = typeof options.text === 'string' ? options.text : '';
    // An empty text is prepared directly: docx may write an empty w:t differently.
    if (text === '' || text.includes(PLACEHOLDER))
      return new TextRun(options).prepForXml(this.context);
    const key = JSON.stringify({ ...options, text: undefined });
    let template = this.templates.get(key);
    if (template === undefined) {
      template = new TextRun({ ...options, text: PLACEHOLDER }).prepForXml(this.context);
      this.templates.set(key, template);
    }
    return substitute(template, text);
  }
}

/**
 * A docx Table of `options.rows` (the header and the first body row, as docx objects) followed by
 * `rest`, rows shaped like that first body row: each cell one paragraph of the given runs.
 */
export class PreparedRowsTable extends Table {
  private readonly rest: readonly (readonly PreparedCell[])[];

  constructor(
    options: ITableOptions & { rows: readonly TableRow[] },
    rest: readonly (readonly PreparedCell[])[],
  ) {
    super(options);
    this.rest = rest;
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    const prepared = super.prepForXml(context);
    if (this.rest.length === 0) return prepared;
    const children: unknown = prepared?.['w:tbl'];
    if (!Array.isArray(children)) return fail('the table');
    const model: unknown = children[children.length - 1];
    const row: unknown = (model as Record<string, unknown> | undefined)?.['w:tr'];
    if (!Array.isArray(row) || row.length < 2) return fail('the first body row');
    const [rowProps, ...cells] = row as unknown[];
    // Each column's cell properties and paragraph properties, from the first body row.
    const columns = cells.map((cell) => {
      const tc: unknown = (cell as Record<string, unknown>)['w:tc'];
      if (!Array.isArray(tc) || tc.length !== 2) return fail('a cell');
      const [cellProps, paragraph] = tc as unknown[];
      const p: unknown = (paragraph as Record<string, unknown>)['w:p'];
      if (!Array.isArray(p) || !(p[0] as Record<string, unknown> | undefined)?.['w:pPr'])
        return fail('a cell paragraph');
      return { cellProps, paragraphProps: p[0] as unknown };
    });
    const runs = new RunCache(context);
    for (const r of this.rest) {
      if (r.length !== columns.length)
        throw new Error('prepared table: a row has the wrong number of cells');
      children.push({
        'w:tr': [
          rowProps,
          ...columns.map(({ cellProps, paragraphProps }, i) => ({
            'w:tc': [
              cellProps,
              { 'w:p': [paragraphProps, ...(r[i] ?? []).map((o) => runs.run(o))] },
            ],
          })),
        ],
      });
    }
    return prepared;
  }
}
