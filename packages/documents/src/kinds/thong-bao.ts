// Thông báo (public announcement) of a dialogue session: published at least 7 days before it (Hà Tĩnh
// 657) and read out on the loudspeakers; time, place, chairs, who takes part, the content, and how a
// citizen sends a question or asks to speak.

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
import { formatLongDate, parseIsoDate } from '../format/place-date.js';
import { ordinalVi } from './ke-hoach.js';

export interface SessionAnnouncementData {
  format?: DocumentFormat;
  header: DocumentHeader;
  number: DocumentNumber | null;
  place: string;
  date: IsoDate;
  /** The issuer in a sentence: 'Ủy ban nhân dân xã Sơn Giang'. */
  issuerName: string;
  /** 'Kế hoạch số 25-KH/ĐU ngày 15/02/2026 của Ban Thường vụ Đảng ủy xã'. */
  basis?: string;
  session: {
    round: number;
    year: number;
    date: IsoDate;
    /** 'HH:MM', 24-hour. */
    startTime: string;
    venue: string;
    chairs: readonly string[];
    participants: readonly string[];
    topics: readonly string[];
  };
  /** Ways to send a question or register to speak, and the last day for it. */
  submissions: { channels: readonly string[]; deadline: IsoDate };
  recipients: readonly string[];
  signature: Signature;
}

const WEEKDAYS = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];

/** 'thứ Sáu' for a Friday. */
export function weekdayVi(date: IsoDate): string {
  const { year, month, day } = parseIsoDate(date);
  return WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] ?? '';
}

/** '07:30' → '7 giờ 30 phút'; '14:00' → '14 giờ 00'. */
export function timeVi(time: string): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!match) throw new RangeError(`Giờ không hợp lệ (cần HH:MM): ${time}`);
  const [hours, minutes] = [Number(match[1]), match[2] ?? '00'];
  return minutes === '00' ? `${hours} giờ 00` : `${hours} giờ ${minutes} phút`;
}

export function buildSessionAnnouncement(input: SessionAnnouncementData): OfficialDocument {
  const data = normalizeText(input);
  const s = data.session;
  const round = `lần ${ordinalVi(s.round)} năm ${s.year}`;
  const opening = data.basis
    ? `Thực hiện ${data.basis}, ${data.issuerName} thông báo tổ chức hội nghị tiếp xúc, đối thoại trực tiếp giữa người ` +
      `đứng đầu cấp ủy, chính quyền với Nhân dân ${round} như sau:`
    : `${data.issuerName} thông báo tổ chức hội nghị tiếp xúc, đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính ` +
      `quyền với Nhân dân ${round} như sau:`;
  const labelled = (label: string, text: string): Block => ({
    type: 'paragraph',
    text: [{ text: `${label}: `, bold: true }, { text }],
  });
  const blocks: Block[] = [
    { type: 'paragraph', text: opening },
    labelled(
      '1. Thời gian',
      `Từ ${timeVi(s.startTime)}, ${weekdayVi(s.date)}, ${formatLongDate(s.date)}.`,
    ),
    labelled('2. Địa điểm', `${s.venue}.`),
    labelled('3. Chủ trì hội nghị', s.chairs.join('; ') + '.'),
    labelled('4. Thành phần', 'gồm:'),
    { type: 'bulleted', items: s.participants },
    labelled('5. Nội dung', 'Nhân dân nêu ý kiến, kiến nghị, phản ánh về:'),
    { type: 'bulleted', items: s.topics },
    labelled(
      '6. Gửi ý kiến, đăng ký phát biểu',
      `Công dân có ý kiến, kiến nghị gửi trước ${formatLongDate(data.submissions.deadline)} qua một trong các cách sau:`,
    ),
    { type: 'bulleted', items: data.submissions.channels },
    {
      type: 'paragraph',
      text: `${data.issuerName} thông báo để Nhân dân trên địa bàn biết, tham gia đông đủ./.`,
    },
  ];
  return {
    format: data.format ?? 'state',
    header: data.header,
    number: data.number,
    place: data.place,
    date: data.date,
    kind: 'THÔNG BÁO',
    title: `Tổ chức hội nghị tiếp xúc, đối thoại trực tiếp giữa người đứng đầu\ncấp ủy, chính quyền với Nhân dân ${round}`,
    blocks,
    recipients: { label: 'Nơi nhận:', lines: data.recipients },
    signature: data.signature,
  };
}
