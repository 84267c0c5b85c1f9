// Body blocks of the model as HTML: the same structure as the DOCX renderer (render/docx/blocks.ts),
// with page-breaking expressed in CSS (break-inside: avoid, a repeating thead).

import type { Block, TableBlock, Text } from '../../model.js';
import { headingPrefix } from '../../format/headings.js';
import { escapeHtml, inlineHtml } from './escape.js';

function paragraph(text: Text, classes: string[] = []): string {
  const cls = classes.length > 0 ? ` class="${classes.join(' ')}"` : '';
  return `<p${cls}>${inlineHtml(text)}</p>`;
}

function table(block: TableBlock): string {
  const total = block.columns.reduce((sum, c) => sum + c.width, 0) || 1;
  const cols = block.columns
    .map((c) => `<col style="width:${((100 * c.width) / total).toFixed(2)}%">`)
    .join('');
  const head = block.columns.map((c) => `<th>${escapeHtml(c.header)}</th>`).join('');
  const body = block.rows
    .map((row) => {
      const cells = block.columns.map((c, i) => {
        const cls = c.align && c.align !== 'left' ? ` class="${c.align}"` : '';
        return `<td${cls}>${inlineHtml(row[i] ?? '')}</td>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('\n');
  return `<table class="data"><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

export function blockHtml(block: Block): string {
  switch (block.type) {
    case 'heading':
      return `<div class="heading h${block.level}">${escapeHtml(headingPrefix(block.level, block.label) + block.text)}</div>`;
    case 'paragraph': {
      const classes: string[] = [];
      if (block.indent === false) classes.push('no-indent');
      if (block.align && block.align !== 'justify') classes.push(block.align);
      const emphasised = block.bold || block.italic;
      const text: Text = emphasised
        ? (typeof block.text === 'string' ? [{ text: block.text }] : block.text).map((r) => ({
            ...r,
            bold: r.bold ?? block.bold,
            italic: r.italic ?? block.italic,
          }))
        : block.text;
      return paragraph(text, classes);
    }
    case 'numbered':
      return block.items
        .map((item, i) => paragraph(prefixed(`${(block.start ?? 1) + i}. `, item)))
        .join('\n');
    case 'bulleted':
      return block.items.map((item) => paragraph(prefixed('- ', item))).join('\n');
    case 'table':
      return table(block);
    case 'keep-together':
      return `<div class="keep">\n${block.blocks.map(blockHtml).join('\n')}\n</div>`;
  }
}

function prefixed(prefix: string, text: Text): Text {
  return typeof text === 'string' ? prefix + text : [{ text: prefix }, ...text];
}
