// How a rendered document is named when downloaded: the kind and the number, as an office files it
// ('Kế-hoạch-01-KH-ĐU.docx'), with an ASCII-folded twin for clients that ignore `filename*`
// ('Ke-hoach-01-KH-DU.docx'). A draft has no number yet: 'Ke-hoach-du-thao.docx'.
import { documentKindInfo, type DocumentKind } from '@doithoai/core';

export type DocumentFileFormat = 'docx' | 'pdf' | 'html';

export const documentFileFormats = [
  'docx',
  'pdf',
  'html',
] as const satisfies readonly DocumentFileFormat[];

export const contentTypes: Record<DocumentFileFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
};

/** '01-KH/ĐU' from the register's 'Số 01-KH/ĐU' or 'Số: 12/TB-UBND'. */
export function bareNumber(numberText: string): string {
  return numberText
    .normalize('NFC')
    .replace(/^Số:?\s*/u, '')
    .trim();
}

/** Letters and digits kept (Vietnamese included), everything else one hyphen. */
function slug(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** Vietnamese letters to ASCII, case kept: 'Kế-hoạch-ĐU' → 'Ke-hoach-DU'. */
export function asciiFold(text: string): string {
  return text
    .normalize('NFC')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9.-]+/g, '-');
}

export function documentFileName(
  kind: DocumentKind,
  numberText: string | null,
  format: DocumentFileFormat,
): { utf8: string; ascii: string } {
  const name = slug(
    `${documentKindInfo[kind].vi} ${numberText ? bareNumber(numberText) : 'dự thảo'}`,
  );
  const utf8 = `${name}.${format}`;
  return { utf8, ascii: asciiFold(utf8) };
}

/** RFC 6266: an ASCII `filename` and the UTF-8 `filename*` (RFC 5987). */
export function contentDisposition(
  name: { utf8: string; ascii: string },
  disposition: 'attachment' | 'inline' = 'attachment',
): string {
  const encoded = encodeURIComponent(name.utf8).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${disposition}; filename="${name.ascii}"; filename*=UTF-8''${encoded}`;
}
