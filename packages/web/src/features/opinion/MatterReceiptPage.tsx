// The receipt for a paper opinion (/y-kien/:id/bien-nhan[?ma=CODE]): the commune, the tracking
// code in large type, the day received, the content, what happens next and where to track it,
// the clerk. Printed on A5 or A4: the app's header and menu are hidden in print, and the sheet
// keeps to black on white.
import { Alert, Anchor, Button, Group, Loader, Stack } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useI18n } from '../../i18n';
import { viDate } from '../../format/date';
import { fetchReceipt, type Receipt } from './matter-api';
import { matterText } from './matter-text';

// Only the sheet prints: the app shell's header, menu and padding are taken away on paper.
const printCss = `
@page { size: A5 portrait; margin: 12mm; }
@media print {
  .mantine-AppShell-header, .mantine-AppShell-navbar, .receipt-actions { display: none !important; }
  .mantine-AppShell-main { padding: 0 !important; min-height: 0 !important; }
  body { background: #fff !important; }
  .receipt-sheet { border: none !important; box-shadow: none !important; max-width: none !important; margin: 0 !important; padding: 0 !important; }
}
.receipt-sheet { font-family: 'Times New Roman', Times, serif; color: #000; background: #fff; max-width: 148mm; margin: 0 auto; padding: 10mm; border: 1px solid #ccc; font-size: 13pt; line-height: 1.4; }
.receipt-sheet h1 { font-size: 14pt; text-align: center; margin: 6mm 0 4mm; }
.receipt-sheet .head { display: flex; justify-content: space-between; gap: 4mm; text-align: center; font-size: 11pt; }
.receipt-sheet .head b { display: block; }
.receipt-sheet .code { font-family: 'Courier New', monospace; font-size: 30pt; font-weight: bold; letter-spacing: 3px; text-align: center; border: 2px solid #000; padding: 2mm; margin: 3mm 0; }
.receipt-sheet .content { white-space: pre-wrap; border-left: 2px solid #000; padding-left: 3mm; }
.receipt-sheet .sign { text-align: right; margin-top: 8mm; }
.receipt-sheet .url { font-family: 'Courier New', monospace; overflow-wrap: anywhere; }
`;

export function MatterReceiptPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const { lang } = useI18n();
  const x = matterText(lang);
  const [r, setR] = useState<Receipt | null>(null);
  const [error, setError] = useState<string | null>(null);
  const code = params.get('ma');
  useEffect(() => {
    fetchReceipt(id, code)
      .then(setR)
      .catch((e: Error) => setError(e.message));
  }, [id, code]);

  const back = (
    <Anchor component={Link} to={`/y-kien/${encodeURIComponent(id)}`}>
      ← {x.backToMatter}
    </Anchor>
  );
  if (error)
    return (
      <Stack>
        {back}
        <Alert color="red" role="alert">
          {error}
        </Alert>
      </Stack>
    );
  if (!r) return <Loader />;
  return (
    <Stack>
      <style>{printCss}</style>
      <Group className="receipt-actions" justify="space-between">
        {back}
        <Button onClick={() => window.print()}>{x.print}</Button>
      </Group>
      <article className="receipt-sheet" data-testid="receipt">
        <div className="head">
          <div>
            <b>{x.receiptOf(r.communeName).toUpperCase()}</b>
          </div>
          <div>
            <b>{x.nation}</b>
            <u>{x.motto}</u>
          </div>
        </div>
        <h1>{x.receiptTitle}</h1>
        <div>{x.code}:</div>
        <div className="code" data-testid="receipt-code">
          {r.trackingCode}
        </div>
        <p>
          <b>{x.receivedOn}:</b> {viDate(r.receivedOn)}
        </p>
        <p>
          <b>{x.content}:</b>
        </p>
        <p className="content">{r.content}</p>
        <p>
          <b>{x.next}:</b>
        </p>
        <ul>
          <li>{x.ackLine(viDate(r.acknowledgement.date), r.acknowledgement.n)}</li>
          <li>
            {r.nextSession
              ? x.sessionLine(viDate(r.nextSession.date), r.nextSession.venue)
              : x.noSessionLine}
          </li>
          <li>{x.writtenLine(r.writtenAnswerWorkingDays)}</li>
          <li>
            {x.trackLine}{' '}
            <span className="url" data-testid="receipt-url">
              {r.trackUrl}
            </span>
          </li>
        </ul>
        <p>
          <i>{x.keep}</i>
        </p>
        <div className="sign">
          <b>{x.clerk}</b>
          <div style={{ height: '14mm' }} />
          <div data-testid="receipt-clerk">{r.clerkName}</div>
        </div>
      </article>
    </Stack>
  );
}
