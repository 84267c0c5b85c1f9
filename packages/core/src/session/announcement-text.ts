// The short text of a session notice for the loudspeaker (đài truyền thanh) and Zalo/fanpage: the
// same facts as the official notice, in a few sentences a clerk copies and the culture board reads.
import {
  formatViDate,
  parseIsoDate,
  weekdayOf,
  WEEKDAY_VI,
  type IsoDate,
} from '../calendar/iso-date.js';
import { ordinalRoundVi } from './session-rules.js';

export interface ShortNoticeFacts {
  /** 'Sơn Giang'. */
  place: string;
  round: number | null;
  year: number;
  date: IsoDate;
  startTime: string;
  venue: string;
  chairs: readonly string[];
  submissionDeadline: IsoDate;
  channels: readonly string[];
}

const viDate = (d: IsoDate) => formatViDate(parseIsoDate(d));

export function shortNoticeText(f: ShortNoticeFacts): string {
  const [h, m] = f.startTime.split(':');
  const time = m === '00' ? `${Number(h)} giờ` : `${Number(h)} giờ ${m}`;
  const day = WEEKDAY_VI[weekdayOf(parseIsoDate(f.date))] ?? '';
  const round = f.round ? ` lần thứ ${ordinalRoundVi(f.round)} năm ${f.year}` : ` năm ${f.year}`;
  return [
    `THÔNG BÁO: Đảng ủy, UBND xã ${f.place} tổ chức hội nghị tiếp xúc, đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với Nhân dân${round}.`,
    `Thời gian: ${time}, ${day}, ngày ${viDate(f.date)}. Địa điểm: ${f.venue}.`,
    `Chủ trì: ${f.chairs.join('; ')}.`,
    `Bà con có ý kiến, kiến nghị hoặc muốn đăng ký phát biểu xin gửi trước ngày ${viDate(f.submissionDeadline)} qua: ${f.channels.join('; ')}.`,
    'Kính mời bà con Nhân dân quan tâm đến dự đông đủ.',
  ].join('\n');
}
