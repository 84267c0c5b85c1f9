// A document as it will print, with its DOCX and PDF downloads: for the documents page and for
// any form that edits what a document is built from (plans, sessions) — put it beside the form
// and bump `reloadKey` after a save to refresh the preview. When the server has no browser for
// PDF, the message under the button says what to install.
import { Alert, Button, Group, Stack } from '@mantine/core';
import type { DocumentKind } from '@doithoai/core';
import { useElementSize } from '@mantine/hooks';
import { useState } from 'react';
import { ApiError } from '../../api';
import { useI18n } from '../../i18n';
import { downloadDocument, previewUrl, type DocumentFileFormat } from './document-api';
import { documentText } from './document-text';

export interface DocumentPreviewProps {
  kind: DocumentKind;
  id: string;
  /** Change it to reload the preview (after the data behind the document was saved). */
  reloadKey?: string | number;
  /** CSS height of the preview; 80vh by default. */
  height?: number | string;
}

/** The preview's page as the server draws it: an A4 sheet (210 mm ≈ 794 px) and the page's margin. */
const SHEET_PX = 812;

export function DocumentPreview({ kind, id, reloadKey, height = '80vh' }: DocumentPreviewProps) {
  const { lang } = useI18n();
  const td = documentText(lang);
  const [busy, setBusy] = useState<DocumentFileFormat | null>(null);
  const [error, setError] = useState<string | null>(null);
  // A column narrower than the sheet (a laptop's half, a phone) shows the whole sheet scaled
  // down, as a print preview does, not its left part cut off.
  const { ref, width } = useElementSize();
  const scale = width > 0 ? Math.min(1, width / SHEET_PX) : 1;

  const download = async (format: DocumentFileFormat) => {
    setBusy(format);
    setError(null);
    try {
      await downloadDocument(kind, id, format);
    } catch (e) {
      const message = e instanceof ApiError ? e.message : String(e);
      setError(format === 'pdf' ? `${td.pdfUnavailable}: ${message}` : message);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Button
          size="xs"
          variant="light"
          loading={busy === 'docx'}
          onClick={() => download('docx')}
        >
          {td.downloadDocx}
        </Button>
        <Button size="xs" variant="light" loading={busy === 'pdf'} onClick={() => download('pdf')}>
          {td.downloadPdf}
        </Button>
      </Group>
      {error && (
        <Alert color="orange" role="alert" withCloseButton onClose={() => setError(null)}>
          {error}
        </Alert>
      )}
      <div
        ref={ref}
        style={{ width: '100%', height, overflow: 'hidden', border: '1px solid #ddd' }}
      >
        <iframe
          key={`${kind}:${id}:${reloadKey ?? ''}`}
          title={td.preview}
          src={previewUrl(kind, id)}
          style={{
            width: scale < 1 ? SHEET_PX : '100%',
            height: `calc(${typeof height === 'number' ? `${height}px` : height} / ${scale})`,
            border: 0,
            background: 'white',
            transform: scale < 1 ? `scale(${scale})` : undefined,
            transformOrigin: 'top left',
          }}
        />
      </div>
    </Stack>
  );
}
