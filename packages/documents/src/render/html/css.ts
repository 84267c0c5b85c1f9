// The stylesheet of a rendered document, built from the format tables so that the HTML preview, the
// PDF printed from it and the DOCX share one set of sizes. Print: @page gives A4 and the margins, and
// page numbers from page 2 on sit centred in the top margin. Screen: the page is drawn as a sheet.

import type { FormatRules, TextStyle } from '../../format/rules.js';
import { HEADER_DISTANCE_MM, MARGINS_MM } from '../../format/page.js';

function font(style: TextStyle): string {
  return [
    `font-size: ${style.sizePt}pt`,
    `font-weight: ${style.bold ? 'bold' : 'normal'}`,
    `font-style: ${style.italic ? 'italic' : 'normal'}`,
    `text-decoration: ${style.underline ? 'underline' : 'none'}`,
  ].join('; ');
}

// Word's single line spacing for Times New Roman is the font's own line height, 1.15 em.
const SINGLE_LINE = 1.15;

export function documentCss(rules: FormatRules): string {
  const m = MARGINS_MM;
  const p = rules.paragraph;
  const left = Math.round(rules.headerLeftShare * 1000) / 10;
  return `
@page { size: A4; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;
  @top-center { content: counter(page); ${font(rules.pageNumber)}; font-family: "Times New Roman", Tinos, "Liberation Serif", serif; vertical-align: top; padding-top: ${HEADER_DISTANCE_MM}mm; } }
@page :first { @top-center { content: none; } }
html { font-family: "Times New Roman", Tinos, "Liberation Serif", serif; font-size: ${rules.body.sizePt}pt; color: #000; }
body { margin: 0; line-height: ${SINGLE_LINE}; -webkit-print-color-adjust: exact; }
@media screen {
  body { background: #e5e5e5; padding: 12px 0; }
  .sheet { width: 210mm; min-height: 297mm; box-sizing: border-box; margin: 0 auto; background: #fff;
    padding: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; box-shadow: 0 1px 4px rgba(0,0,0,.3); }
}
table.layout { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.layout td { padding: 0; vertical-align: top; text-align: center; }
table.doc-header col.left { width: ${left}%; }
.top-right { ${font(rules.topRight.style)}; white-space: nowrap; }
.slogan { ${rules.slogan ? font(rules.slogan.style) : ''}; display: inline-block; border-bottom: 1px solid #000; padding-bottom: 1px; white-space: nowrap; }
.parent-body { ${font(rules.parentBody)}; }
.issuing-body { ${font(rules.issuingBody)}; }
.fit { display: inline-block; }
.short-rule { display: block; height: 0; border-top: 1px solid #000; margin: 2pt auto 0; }
.body-rule { width: ${rules.bodyRuleShare * 100}%; }
.title-rule { width: ${rules.titleRuleShare * 100}%; margin-top: 3pt; }
.asterisk { ${font(rules.issuingBody)}; }
.number { ${font(rules.number)}; margin-top: 6pt; }
.letter-subject { ${font(rules.letterSubject)}; margin-top: 2pt; }
.place-date { ${font(rules.placeDate)}; margin-top: 6pt; white-space: nowrap; }
.kind { ${font(rules.kind)}; text-align: center; margin-top: 18pt; break-after: avoid; }
.title { ${font(rules.title)}; text-align: center; break-after: avoid; }
.title-dashes { ${font(rules.title)}; text-align: center; break-after: avoid; }
.addressees { ${font(rules.addressees)}; margin: 12pt 0 6pt; text-align: center; }
.addressees.many { text-align: left; padding-left: 20mm; }
.addressees.many div { padding-left: 20mm; }
p, .heading { margin: ${p.spaceBeforePt}pt 0 0; text-align: justify; text-indent: ${p.firstLineIndentCm}cm; line-height: ${SINGLE_LINE * p.lineSpacing}; orphans: 2; widows: 2; }
p { ${font(rules.body)}; }
p.no-indent { text-indent: 0; }
p.center { text-align: center; } p.left { text-align: left; } p.right { text-align: right; }
.heading { break-after: avoid; break-inside: avoid; }
.h1 { ${font(rules.headings[1])}; } .h2 { ${font(rules.headings[2])}; } .h3 { ${font(rules.headings[3])}; }
.keep { break-inside: avoid; }
table.data { width: 100%; border-collapse: collapse; table-layout: fixed; margin-top: ${p.spaceBeforePt}pt; }
table.data thead { display: table-header-group; }
table.data tr { break-inside: avoid; }
table.data th, table.data td { border: 0.5pt solid #000; padding: 2pt 4pt; vertical-align: top; line-height: ${SINGLE_LINE}; }
table.data th { ${font(rules.tableHeader)}; text-align: center; vertical-align: middle; }
table.data td { ${font(rules.tableBody)}; text-align: left; }
table.data td.center { text-align: center; } table.data td.right { text-align: right; } table.data td.justify { text-align: justify; }
table.closing { margin-top: 12pt; break-inside: avoid; }
table.closing tr { break-inside: avoid; }
table.closing col.left { width: 45%; }
table.closing col.half { width: 50%; }
table.closing.two-signers td.recipients { padding-top: 12pt; }
table.closing td.recipients { text-align: left; }
.recipients-label { ${font(rules.recipientsLabel)}; }
.recipients-line { ${font(rules.recipientsList)}; }
.signature-title { ${font(rules.signatureTitle)}; }
.signature-name { ${font(rules.signatureName)}; margin-top: ${rules.signatureSpacePt}pt; }
`;
}
