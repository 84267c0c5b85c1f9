// Giấy mời (invitation) to a dialogue session: sent to one addressee (an official who will answer,
// a delegate of the higher level, a village head) with the time, the venue and what the session is
// about, and what the invitee is asked to prepare. Same session facts as the announcement (thong-bao.ts).

import type {
  Block,
  DocumentFormat,
  DocumentHeader,
  DocumentNumber,
  IsoDate,
  OfficialDocument,
  Signature,
} from '../model.js';
import { normalizeText } from '../normalize.js';
import { formatLongDate } from '../format/place-date.js';
import { ordinalVi } from './ke-hoach.js';
import { timeVi, weekdayVi } from './thong-bao.js';

export interface InvitationData {
  format?: DocumentFormat;
  header: DocumentHeader;
  number: DocumentNumber | null;
  place: string;
  date: IsoDate;
  /** The issuer in a sentence: 'Ủy ban nhân dân xã Sơn Giang'. */
  issuerName: string;
  /** 'Đồng chí Nguyễn Văn Bình, công chức Địa chính - Xây dựng'. */
  addressee: string;
  /** 'Kế hoạch số 25-KH/ĐU ngày 15/02/2026 của Ban Thường vụ Đảng ủy xã'. */
  basis?: string;
  session: {
    round: number;
    year: number;
    date: IsoDate;
    /** 'HH:MM', 24-hour. */
    startTime: string;
    venue: string;
    chairs?: readonly string[];
    /** What the session is about, one item a line. */
    content: readonly string[];
  };
  /** What the invitee is asked to prepare or bring. */
  requests?: readonly string[];
  /** 'Văn phòng UBND xã, số điện thoại 0239 3875 xxx'. */
  contact?: string;
  recipients?: readonly string[];
  signature: Signature;
}

export function buildInvitation(input: InvitationData): OfficialDocument {
  const data = normalizeText(input);
  const s = data.session;
  const round = `lần ${ordinalVi(s.round)} năm ${s.year}`;
  const opening =
    (data.basis ? `Thực hiện ${data.basis}, ` : '') +
    `${data.issuerName} trân trọng kính mời ${data.addressee} đến dự hội nghị tiếp xúc, đối thoại trực tiếp giữa ` +
    `người đứng đầu cấp ủy, chính quyền với Nhân dân ${round}.`;
  const labelled = (label: string, text: string): Block => ({
    type: 'paragraph',
    text: [{ text: `${label}: `, bold: true }, { text }],
  });
  const blocks: Block[] = [
    { type: 'paragraph', text: opening },
    labelled(
      'Thời gian',
      `${timeVi(s.startTime)}, ${weekdayVi(s.date)}, ${formatLongDate(s.date)}.`,
    ),
    labelled('Địa điểm', `${s.venue}.`),
  ];
  if (s.chairs && s.chairs.length > 0) blocks.push(labelled('Chủ trì', `${s.chairs.join('; ')}.`));
  blocks.push(labelled('Nội dung', ''), { type: 'bulleted', items: s.content });
  if (data.requests && data.requests.length > 0) {
    blocks.push(labelled('Đề nghị', ''), { type: 'bulleted', items: data.requests });
  }
  if (data.contact)
    blocks.push({ type: 'paragraph', text: `Mọi chi tiết xin liên hệ: ${data.contact}.` });
  blocks.push({
    type: 'paragraph',
    text: 'Rất mong được đón tiếp đúng thời gian, địa điểm nêu trên./.',
  });
  return {
    format: data.format ?? 'state',
    header: data.header,
    number: data.number,
    place: data.place,
    date: data.date,
    kind: 'GIẤY MỜI',
    title: `Dự hội nghị tiếp xúc, đối thoại trực tiếp giữa người đứng đầu\ncấp ủy, chính quyền với Nhân dân ${round}`,
    addressees: [data.addressee],
    blocks,
    recipients: { label: 'Nơi nhận:', lines: ['Như trên;', ...(data.recipients ?? ['Lưu: VT.'])] },
    signature: data.signature,
  };
}
