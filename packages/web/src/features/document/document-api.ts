// The documents API as the web app uses it: the list in scope, the preview URL for an iframe,
// download URLs, and fetching a file so that a refusal (no browser for PDF) can be shown.
import type { DocumentKind, DocumentList, DocumentListItem } from '@doithoai/core';
import { api, ApiError } from '../../api';
import { currentLang } from '../../i18n';

/** What GET /api/documents answers: core's contract, the route's response schema. */
export type { DocumentList, DocumentListItem };

export type DocumentFileFormat = 'docx' | 'pdf' | 'html';

export function fetchDocuments(
  filter: { kind?: DocumentKind; unitId?: string } = {},
): Promise<DocumentList> {
  const q = new URLSearchParams();
  if (filter.kind) q.set('kind', filter.kind);
  if (filter.unitId) q.set('unitId', filter.unitId);
  const qs = q.toString();
  return api('GET', `/api/documents${qs ? `?${qs}` : ''}`);
}

export const previewUrl = (kind: DocumentKind, id: string) =>
  `/api/documents/${encodeURIComponent(kind)}/${encodeURIComponent(id)}/preview`;

export const fileUrl = (kind: DocumentKind, id: string, format: DocumentFileFormat) =>
  `/api/documents/${encodeURIComponent(kind)}/${encodeURIComponent(id)}.${format}`;

/** The file name the server chose (the UTF-8 one when given). */
export function fileNameFrom(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (utf8) {
    try {
      return decodeURIComponent(utf8);
    } catch {
      // fall through to the ASCII name
    }
  }
  return /filename="([^"]+)"/i.exec(disposition)?.[1] ?? fallback;
}

/** Fetches a file and saves it; a refusal is thrown as ApiError with the server's message. */
export async function downloadDocument(
  kind: DocumentKind,
  id: string,
  format: DocumentFileFormat,
): Promise<void> {
  const res = await fetch(fileUrl(kind, id, format), {
    credentials: 'same-origin',
    headers: { 'accept-language': currentLang() },
  });
  if (!res.ok) {
    const data = await res.json().catch(() => null);
    const e = data?.error ?? {};
    throw new ApiError(
      res.status,
      e.code ?? 'INTERNAL',
      e.message ?? res.statusText,
      e.fields ?? [],
    );
  }
  const blob = await res.blob();
  const url = URL.createObjectURL(blob);
  try {
    const a = document.createElement('a');
    a.href = url;
    a.download = fileNameFrom(res.headers.get('content-disposition'), `${kind}.${format}`);
    document.body.appendChild(a);
    a.click();
    a.remove();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
