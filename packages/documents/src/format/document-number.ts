// The number line. State (NĐ 30): 'Số: 12/TB-UBND' — "Số" with a colon, the sequence, a slash, the
// kind, a hyphen, the body. Party (HD 36): 'Số 25-KH/ĐU' — no colon, the kind after a hyphen and the
// body after a slash. Numbers under 10 take a leading zero in both ('Số: 05/TB-UBND'). A state công văn
// has no kind abbreviation: its symbol is the body and the drafting unit ('Số: 245/UBND-ĐC'), so an
// empty kindAbbr prints the bodyAbbr alone.

import type { DocumentFormat, DocumentNumber } from '../model.js';

// A draft has no number yet: the line keeps room for the clerk to write it in.
const BLANK = '\u00A0'.repeat(6);

export function formatDocumentNumber(
  num: DocumentNumber | null | undefined,
  format: DocumentFormat,
): string {
  if (!num) return format === 'party' ? `Số${BLANK}-` : `Số:${BLANK}/`;
  if (!Number.isInteger(num.seq) || num.seq < 1)
    throw new RangeError(`Số văn bản không hợp lệ: ${num.seq}`);
  const seq = String(num.seq).padStart(2, '0');
  const kind = num.kindAbbr.normalize('NFC').trim();
  const body = num.bodyAbbr.normalize('NFC').trim();
  if (!kind) return format === 'party' ? `Số ${seq}/${body}` : `Số: ${seq}/${body}`;
  return format === 'party' ? `Số ${seq}-${kind}/${body}` : `Số: ${seq}/${kind}-${body}`;
}
