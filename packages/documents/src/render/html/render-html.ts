// renderHtml: an OfficialDocument as one standalone HTML page with inline CSS, for an iframe preview
// and for printing to PDF through Chromium (pdf.ts). Same layout as the DOCX renderer; all text escaped.

import type { OfficialDocument, Signature } from '../../model.js';
import { normalizeText } from '../../normalize.js';
import type { FormatRules } from '../../format/rules.js';
import { PARTY_TITLE_DASHES, isLetter, letterSubjectLine, rulesFor } from '../../format/rules.js';
import { formatDocumentNumber } from '../../format/document-number.js';
import { formatPlaceDate } from '../../format/place-date.js';
import { signatureTitleLines } from '../../format/signature.js';
import { documentCss } from './css.js';
import { escapeHtml, textHtml } from './escape.js';
import { blockHtml } from './blocks.js';

function upperLines(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .split('\n')
    .map((l) => l.trim().toLocaleUpperCase('vi'))
    .filter((l) => l.length > 0);
}

function headerHtml(doc: OfficialDocument, rules: FormatRules): string {
  const parent = upperLines(doc.header.parentBody).map(
    (l) => `<div class="parent-body">${escapeHtml(l)}</div>`,
  );
  const issuer = upperLines(doc.header.issuingBody).map(
    (l) => `<div class="issuing-body">${escapeHtml(l)}</div>`,
  );
  const bodies =
    rules.bodyMark === 'asterisk'
      ? `${parent.join('')}${issuer.join('')}<div class="asterisk">*</div>`
      : `${parent.join('')}<span class="fit">${issuer.join('')}<span class="short-rule body-rule"></span></span>`;
  const topRight = rules.slogan
    ? `<div class="top-right">${escapeHtml(rules.topRight.text)}</div><span class="slogan">${escapeHtml(rules.slogan.text)}</span>`
    : `<div class="top-right">${escapeHtml(rules.topRight.text)}</div>`;
  const subject = isLetter(doc.kind)
    ? `<div class="letter-subject">${textHtml(letterSubjectLine(doc.title))}</div>`
    : '';
  const placeDate =
    doc.placeDateLine === false
      ? ''
      : `<div class="place-date">${escapeHtml(formatPlaceDate(doc.place, doc.date))}</div>`;
  return `<table class="layout doc-header"><colgroup><col class="left"><col></colgroup>
<tr><td>${bodies}</td><td>${topRight}</td></tr>
<tr><td><div class="number">${escapeHtml(formatDocumentNumber(doc.number, doc.format))}</div>${subject}</td>
<td>${placeDate}</td></tr>
</table>`;
}

function titleHtml(doc: OfficialDocument, rules: FormatRules): string {
  if (isLetter(doc.kind)) return '';
  const title = doc.title ? textHtml(doc.title) : '';
  const mark =
    rules.titleMark === 'dashes' ? `<div class="title-dashes">${PARTY_TITLE_DASHES}</div>` : '';
  const rule = rules.titleMark === 'rule' ? '<span class="short-rule title-rule"></span>' : '';
  return `<div class="kind">${escapeHtml(doc.kind.toLocaleUpperCase('vi'))}</div>
<div class="title"><span class="fit">${title}${rule}</span></div>${mark}`;
}

function addresseesHtml(doc: OfficialDocument): string {
  const list = doc.addressees ?? [];
  if (list.length === 0) return '';
  if (list.length === 1)
    return `<div class="addressees">Kính gửi: ${escapeHtml(list[0] ?? '')}</div>`;
  return `<div class="addressees many">Kính gửi:${list.map((a) => `<div>- ${escapeHtml(a)}</div>`).join('')}</div>`;
}

function signatureHtml(signature: Signature, format: OfficialDocument['format']): string {
  const titles = signatureTitleLines(signature, format)
    .map((t) => `<div class="signature-title">${escapeHtml(t)}</div>`)
    .join('');
  return `${titles}<div class="signature-name">${escapeHtml(signature.name)}</div>`;
}

function closingHtml(doc: OfficialDocument): string {
  const recipients =
    doc.recipients.lines.length === 0
      ? ''
      : [
          `<div class="recipients-label">${escapeHtml(doc.recipients.label)}</div>`,
          ...doc.recipients.lines.map(
            (l) => `<div class="recipients-line">- ${escapeHtml(l)}</div>`,
          ),
        ].join('');
  const signature = signatureHtml(doc.signature, doc.format);
  if (doc.countersignature) {
    const below = recipients ? `\n<tr><td class="recipients">${recipients}</td><td></td></tr>` : '';
    return `<table class="layout closing two-signers"><colgroup><col class="half"><col class="half"></colgroup>
<tr><td class="signature">${signatureHtml(doc.countersignature, doc.format)}</td><td class="signature">${signature}</td></tr>${below}
</table>`;
  }
  return `<table class="layout closing"><colgroup><col class="left"><col></colgroup>
<tr><td class="recipients">${recipients}</td><td class="signature">${signature}</td></tr>
</table>`;
}

/** The document as a standalone HTML page (UTF-8, inline CSS). Text is normalised to NFC and escaped. */
export function renderHtml(input: OfficialDocument): string {
  const doc = normalizeText(input);
  const rules = rulesFor(doc.format);
  const pageTitle = `${doc.kind} ${doc.title}`.replace(/\s+/g, ' ').trim();
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(pageTitle)}</title>
<style>${documentCss(rules)}</style>
</head>
<body>
<div class="sheet">
${headerHtml(doc, rules)}
${titleHtml(doc, rules)}
${addresseesHtml(doc)}
${doc.blocks.map(blockHtml).join('\n')}
${closingHtml(doc)}
</div>
</body>
</html>
`;
}
