// The document feature: the register page, and the preview other pages put beside their forms.
export { DocumentsPage } from './DocumentsPage';
export { DocumentPreview, type DocumentPreviewProps } from './DocumentPreview';
export {
  downloadDocument,
  fetchDocuments,
  fileUrl,
  previewUrl,
  type DocumentListItem,
} from './document-api';
