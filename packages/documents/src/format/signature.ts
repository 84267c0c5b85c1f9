// The lines above the signer's name. State (NĐ 30): a deputy signs 'KT. CHỦ TỊCH' over 'PHÓ CHỦ TỊCH',
// under the collective's 'TM. ỦY BAN NHÂN DÂN' when there is one. Party (HD 36): a deputy signs as
// 'PHÓ BÍ THƯ' directly under 'T/M BAN THƯỜNG VỤ'; Party documents do not use 'KT.'.

import type { DocumentFormat, Signature } from '../model.js';

export function signatureTitleLines(signature: Signature, format: DocumentFormat): string[] {
  const lines: string[] = [];
  if (signature.authority) lines.push(signature.authority);
  if (signature.deputyPosition) {
    if (format === 'state') lines.push(`KT. ${signature.position}`);
    lines.push(signature.deputyPosition);
  } else {
    lines.push(signature.position);
  }
  return lines.map((line) => line.normalize('NFC').toLocaleUpperCase('vi'));
}
