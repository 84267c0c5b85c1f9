// The document screens' words, Vietnamese first (moved from i18n.tsx's one dictionary: one file a feature).
import type { Lang } from '../../i18n';

const vi = {
  nav: 'Văn bản',
  title: 'Văn bản đi và dự thảo',
  filterKind: 'Loại văn bản',
  allKinds: 'Tất cả loại văn bản',
  number: 'Số',
  kind: 'Loại',
  docTitle: 'Trích yếu',
  date: 'Ngày ban hành',
  draft: 'Dự thảo',
  none: 'Chưa có văn bản nào.',
  choose: 'Chọn một văn bản để xem trước.',
  preview: 'Xem trước văn bản',
  downloadDocx: 'Tải DOCX',
  downloadPdf: 'Tải PDF',
  pdfUnavailable: 'Chưa tải được PDF',
};
type Text = typeof vi;
const en: Text = {
  nav: 'Documents',
  title: 'Outgoing documents and drafts',
  filterKind: 'Document kind',
  allKinds: 'All kinds',
  number: 'Number',
  kind: 'Kind',
  docTitle: 'Title',
  date: 'Issued on',
  draft: 'Draft',
  none: 'No documents yet.',
  choose: 'Choose a document to preview it.',
  preview: 'Document preview',
  downloadDocx: 'Download DOCX',
  downloadPdf: 'Download PDF',
  pdfUnavailable: 'PDF not available',
};
export const documentText = (lang: Lang): Text => (lang === 'en' ? en : vi);
