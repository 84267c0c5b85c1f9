// HTML escaping for every piece of document text, and model Text (runs) as escaped inline HTML.

import type { Run, Text } from '../../model.js';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

/** Escaped text with line breaks kept. */
export function textHtml(text: string): string {
  return text.split('\n').map(escapeHtml).join('<br>');
}

function runHtml(run: Run): string {
  let html = textHtml(run.text);
  if (run.bold) html = `<b>${html}</b>`;
  if (run.italic) html = `<i>${html}</i>`;
  if (run.underline) html = `<u>${html}</u>`;
  return html;
}

export function inlineHtml(text: Text): string {
  return typeof text === 'string' ? textHtml(text) : text.map(runHtml).join('');
}
