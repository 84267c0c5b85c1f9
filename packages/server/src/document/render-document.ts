// Finds a document the caller may read and renders it: DOCX, HTML or PDF. An issued document is
// served from the register as it was sent (its stored DOCX, its frozen model); a draft is built
// by its source. A denial reads exactly like "not found". The CLI acts as the deployment.
import { DomainError, type DocumentKind } from '@doithoai/core';
import { PdfError, renderDocx, renderHtml, type PdfRenderer } from '@doithoai/documents';
import type { Db } from '../db/open-database.js';
import { requireAccessOrDeployment, type DocumentReader } from './document-access.js';
import { contentTypes, documentFileName, type DocumentFileFormat } from './document-file.js';
import type { FoundDocument } from './document-source.js';
import { findDocument } from './sources.js';

export interface RenderedDocumentFile {
  body: Buffer | string;
  contentType: string;
  fileName: { utf8: string; ascii: string };
}

export async function findReadableDocument(
  db: Db,
  reader: DocumentReader,
  kind: DocumentKind,
  id: string,
): Promise<FoundDocument> {
  const found = await findDocument(db, kind, id);
  requireAccessOrDeployment(reader, found);
  return found;
}

export async function renderDocumentFile(
  found: FoundDocument,
  format: DocumentFileFormat,
  pdfRenderer: () => PdfRenderer,
): Promise<RenderedDocumentFile> {
  const fileName = documentFileName(found.kind, found.numberText, format);
  const contentType = contentTypes[format];
  if (format === 'html') return { body: renderHtml(found.document), contentType, fileName };
  if (format === 'docx')
    return { body: found.storedDocx ?? (await renderDocx(found.document)), contentType, fileName };
  try {
    return { body: await pdfRenderer().render(found.document), contentType, fileName };
  } catch (error) {
    throw pdfUnavailable(error);
  }
}

/** PDF needs a browser; without one (or when it cannot start) the caller is told what to install. */
export function pdfUnavailable(error: unknown): unknown {
  if (!(error instanceof PdfError)) return error;
  if (error.code === 'PDF_BROWSER_MISSING') {
    return new DomainError('UNAVAILABLE', {
      vi: 'Chưa xuất được PDF vì máy chủ chưa có trình duyệt Chromium: cài gói chromium (apt-get install chromium) hoặc đặt CHROMIUM_PATH trỏ tới Chromium, Chrome hoặc Edge. Tệp DOCX và bản xem trước vẫn dùng được.',
      en: 'PDF needs a Chromium-family browser on the server: install chromium (apt-get install chromium) or set CHROMIUM_PATH to Chromium, Chrome or Edge. DOCX and the preview still work.',
    });
  }
  return new DomainError('UNAVAILABLE', {
    vi: 'Không khởi động được trình duyệt để xuất PDF; kiểm tra CHROMIUM_PATH hoặc cài lại chromium. Tệp DOCX và bản xem trước vẫn dùng được.',
    en: 'Could not start the browser to print PDF; check CHROMIUM_PATH or reinstall chromium. DOCX and the preview still work.',
  });
}
