// The official document's data table on a phone: five columns on 375 px squeeze each to a word a
// line, so under 600 px a row reads as a block (portal.routes.ts, documentOnPhone) and each cell
// names its column. The document itself is rendered elsewhere (@doithoai/documents), unchanged.
import { escapeHtml } from './html.js';

/** A cell's header as plain text (tags dropped, the few entities the renderer writes read back). */
const headerText = (cell: string) =>
  cell
    .replace(/<br\s*\/?>/g, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) =>
      e === 'amp' ? '&' : e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : "'",
    )
    .replace(/\s+/g, ' ')
    .trim();

/**
 * A data table of the document, for a phone: each cell names its column (`data-label`, from the
 * header row) so that under 600 px a row reads as a block, one cell under another. Only a table of
 * one plain header row and no merged cells; any other is left to scroll inside itself.
 */
export function stackDataTables(doc: string): string {
  return doc.replace(/<table class="data">([\s\S]*?)<\/table>/g, (table, inner: string) => {
    if (/\b(colspan|rowspan)=/.test(inner)) return table;
    const head = /<thead>\s*<tr>([\s\S]*?)<\/tr>\s*<\/thead>/.exec(inner);
    if (!head || /<tr>/.test(head[1]!)) return table;
    const labels = [...head[1]!.matchAll(/<th>([\s\S]*?)<\/th>/g)].map((m) =>
      escapeHtml(headerText(m[1]!)),
    );
    if (!labels.length) return table;
    const body = inner
      .slice(head.index + head[0].length)
      .replace(/<tr>([\s\S]*?)<\/tr>/g, (_row, cells: string) => {
        let i = 0;
        return `<tr>${cells.replace(/<td\b/g, () => `<td data-label="${labels[i++] ?? ''}"`)}</tr>`;
      });
    return `<table class="data stacked">${inner.slice(0, head.index + head[0].length)}${body}</table>`;
  });
}
