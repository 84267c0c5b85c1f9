// Thông báo kết luận (conclusion notice) of the Party secretary after a dialogue session: sent within
// 7 days to the bodies concerned, it lists every matter not settled at the session with who must
// settle it and by when (30 working days after the notice, Hà Tĩnh 657). Due dates are computed by
// the caller (working-day calendar in core) and arrive here as dates.

import type {
  Block,
  DocumentFormat,
  DocumentHeader,
  DocumentNumber,
  IsoDate,
  OfficialDocument,
  Signature,
  Text,
} from '../model.js';
import { normalizeText } from '../normalize.js';
import { formatLongDate, formatShortDate } from '../format/place-date.js';
import { ordinalVi } from './ke-hoach.js';

export interface ConclusionMatter {
  /** The matter as raised (merged when many people raised it). */
  content: string;
  /** How many people raised it, and their villages. */
  petitionerCount: number;
  villages: readonly string[];
  /** Body or official responsible: 'Công chức Địa chính - Xây dựng (đồng chí Nguyễn Văn B)'. */
  responsible: string;
  dueDate: IsoDate;
}

export interface ConclusionSession {
  round: number;
  year: number;
  date: IsoDate;
  venue: string;
  /** 'đồng chí Hồ Đình Linh, Bí thư Đảng ủy, Chủ tịch HĐND xã'. */
  chairs: readonly string[];
  /** Who attended, as one phrase. */
  attendees: string;
  attendeeCount?: number;
  /** Opinions raised at the session, and how many of them were settled there. */
  raisedCount: number;
  settledCount: number;
}

export interface ConclusionNoticeData {
  format?: DocumentFormat;
  header: DocumentHeader;
  number: DocumentNumber | null;
  place: string;
  date: IsoDate;
  session: ConclusionSession;
  /** The secretary's overall assessment, paragraphs. */
  summary: readonly string[];
  matters: readonly ConclusionMatter[];
  /** The response period shown under each due date; 30 working days by default. */
  responseWorkingDays?: number;
  /** Paragraphs of '3. Tổ chức thực hiện'; a default is written when absent. */
  implementation?: readonly string[];
  recipients: readonly string[];
  signature: Signature;
}

function petitioners(m: ConclusionMatter): string {
  const count = `${String(m.petitionerCount).padStart(2, '0')} người`;
  return m.villages.length > 0 ? `${count}, ${m.villages.join(', ')}` : count;
}

function dueCell(m: ConclusionMatter, days: number): Text {
  return `${formatShortDate(m.dueDate)}\n(${days} ngày làm việc sau ngày thông báo)`;
}

export function buildConclusionNotice(input: ConclusionNoticeData): OfficialDocument {
  const data = normalizeText(input);
  const s = data.session;
  const days = data.responseWorkingDays ?? 30;
  const attendees = s.attendeeCount
    ? `${s.attendees}; tổng số ${s.attendeeCount} đại biểu`
    : s.attendees;
  const unsettled = data.matters.length;
  const implementation = data.implementation ?? [
    `Các cơ quan, công chức được giao chủ động xem xét, giải quyết; chậm nhất ${days} ngày làm việc sau ngày thông báo ` +
      'kết luận này, thông báo bằng văn bản kết quả giải quyết đến người có ý kiến, kiến nghị và cơ quan, đơn vị có ' +
      'liên quan, đồng thời báo cáo Thường trực Đảng ủy, Chủ tịch UBND xã.',
    'Những nội dung vượt thẩm quyền, UBND xã tổng hợp, báo cáo đề nghị cấp có thẩm quyền xem xét, giải quyết; những ' +
      'nội dung phức tạp, liên quan đến nhiều người, cơ quan được giao thông báo cho người có kiến nghị biết thời gian ' +
      'và trách nhiệm giải quyết.',
    'Văn phòng xã theo dõi, đôn đốc, tổng hợp kết quả giải quyết, báo cáo Ban Thường vụ Đảng ủy.',
  ];
  const blocks: Block[] = [
    {
      type: 'paragraph',
      text:
        `${capitalise(formatLongDate(s.date))}, tại ${s.venue}, Ban Thường vụ Đảng ủy tổ chức hội nghị tiếp xúc, đối ` +
        `thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với Nhân dân lần ${ordinalVi(s.round)} năm ${s.year}. ` +
        `Chủ trì hội nghị: ${s.chairs.join('; ')}. Dự hội nghị có ${attendees}.`,
    },
    {
      type: 'paragraph',
      text:
        `Tại hội nghị có ${s.raisedCount} ý kiến, kiến nghị của Nhân dân; ${s.settledCount} ý kiến đã được trả lời, giải ` +
        `quyết tại hội nghị; ${unsettled} ý kiến chưa được giải quyết. Sau khi nghe ý kiến của Nhân dân và ý kiến trả lời ` +
        'của các cơ quan, công chức chuyên môn, đồng chí Bí thư Đảng ủy kết luận như sau:',
    },
    { type: 'heading', level: 2, label: '1', text: 'Đánh giá chung' },
    ...data.summary.map((text): Block => ({ type: 'paragraph', text })),
    {
      type: 'heading',
      level: 2,
      label: '2',
      text: 'Các nội dung chưa được giải quyết tại hội nghị',
    },
  ];
  if (unsettled === 0) {
    blocks.push({
      type: 'paragraph',
      text: 'Không có nội dung nào chưa được giải quyết tại hội nghị.',
    });
  } else {
    blocks.push({
      type: 'table',
      columns: [
        { header: 'TT', width: 5, align: 'center' },
        { header: 'Nội dung ý kiến, kiến nghị', width: 40, align: 'justify' },
        { header: 'Người kiến nghị (số người, thôn)', width: 16, align: 'center' },
        { header: 'Cơ quan, người chịu trách nhiệm', width: 19 },
        { header: 'Thời hạn giải quyết', width: 20, align: 'center' },
      ],
      rows: data.matters.map((m, i) => [
        String(i + 1),
        m.content,
        petitioners(m),
        m.responsible,
        dueCell(m, days),
      ]),
    });
  }
  blocks.push(
    { type: 'heading', level: 2, label: '3', text: 'Tổ chức thực hiện' },
    ...implementation.map((text): Block => ({ type: 'paragraph', text })),
    {
      type: 'paragraph',
      text: 'Ban Thường vụ Đảng ủy thông báo để các cơ quan, đơn vị, cá nhân liên quan biết, thực hiện./.',
    },
  );
  return {
    format: data.format ?? 'party',
    header: data.header,
    number: data.number,
    place: data.place,
    date: data.date,
    kind: 'THÔNG BÁO',
    title:
      `Kết luận của đồng chí Bí thư Đảng ủy tại hội nghị tiếp xúc, đối thoại\ntrực tiếp với Nhân dân ` +
      `lần ${ordinalVi(s.round)} năm ${s.year}`,
    blocks,
    recipients: { label: 'Nơi nhận:', lines: data.recipients },
    signature: data.signature,
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}
