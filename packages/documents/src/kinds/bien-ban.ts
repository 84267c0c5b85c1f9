// Biên bản hội nghị (minutes) of a dialogue session, written by the secretary during the session:
// time, place, chairs, attendance, then each question in turn — who asked, what, the answer and by
// whom, settled at the session or carried over (and to whom) — the chair's conclusion, and the
// signatures of the secretary and the chair side by side. Askers' names are printed in full for the
// archive copy, or masked ('Ông N.V.A., thôn Tân Thành') for a copy that will be published.

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

export interface MinutesQuestion {
  asker: { honorific?: string; name: string; village?: string };
  question: string;
  answer: string;
  /** Who answered: 'đồng chí Nguyễn Văn Bình, công chức Địa chính - Xây dựng'. */
  answeredBy: string;
  /** Settled at the session, or carried over to be settled after it. */
  outcome: 'settled' | 'carried-over';
  /** For a carried-over matter: who must settle it. */
  assignedTo?: string;
}

export interface MinutesData {
  format?: DocumentFormat;
  header: DocumentHeader;
  number: DocumentNumber | null;
  place: string;
  /** The day the minutes are signed (usually the session's). */
  date: IsoDate;
  session: {
    round: number;
    year: number;
    date: IsoDate;
    /** 'HH:MM' */
    startTime: string;
    /** 'HH:MM' */
    endTime?: string;
    venue: string;
    /** 'Đồng chí Hồ Đình Linh, Bí thư Đảng ủy, Chủ tịch HĐND xã'. */
    chairs: readonly string[];
    /** 'Đồng chí Phan Thị Mai, công chức Văn phòng - Thống kê'. */
    secretary: string;
    /** Who attended, one group a line. */
    attendance: readonly string[];
    attendeeCount?: number;
  };
  /** The opening: programme, purpose (paragraphs). */
  opening?: readonly string[];
  questions: readonly MinutesQuestion[];
  /** The chair's conclusion (paragraphs). */
  conclusion: readonly string[];
  /** 'full' for the archive; 'masked' (the default) for a copy that may be published. */
  askerNames?: 'full' | 'masked';
  /** How many copies: 'Biên bản được lập thành 02 bản'. */
  copies?: number;
  recipients?: readonly string[];
  secretarySignature: Signature;
  chairSignature: Signature;
}

/** 'Nguyễn Văn An' → 'N.V.A.' (each word's first letter, upper case). */
export function maskName(name: string): string {
  const initials = name
    .normalize('NFC')
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map((w) => `${w.charAt(0).toLocaleUpperCase('vi')}.`);
  return initials.join('');
}

/** 'Ông N.V.A., thôn Tân Thành' or 'Ông Nguyễn Văn An, thôn Tân Thành'. */
export function askerLine(asker: MinutesQuestion['asker'], names: 'full' | 'masked'): string {
  const name = names === 'full' ? asker.name.trim() : maskName(asker.name);
  const who = asker.honorific ? `${asker.honorific} ${name}` : name;
  return asker.village ? `${who}, ${asker.village}` : who;
}

export function buildMinutes(input: MinutesData): OfficialDocument {
  const data = normalizeText(input);
  const s = data.session;
  const names = data.askerNames ?? 'masked';
  const round = `lần ${ordinalVi(s.round)} năm ${s.year}`;
  const labelled = (label: string, text: string): Block => ({
    type: 'paragraph',
    text: [{ text: `${label}: `, bold: true }, { text }],
  });
  const settled = data.questions.filter((q) => q.outcome === 'settled').length;
  const attendance = s.attendeeCount ? `gồm ${s.attendeeCount} đại biểu:` : 'gồm:';
  const blocks: Block[] = [
    { type: 'heading', level: 1, label: 'I', text: 'THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN' },
    labelled(
      '1. Thời gian',
      `bắt đầu lúc ${timeVi(s.startTime)}, ${weekdayVi(s.date)}, ${formatLongDate(s.date)}.`,
    ),
    labelled('2. Địa điểm', `${s.venue}.`),
    labelled('3. Chủ trì hội nghị', `${s.chairs.join('; ')}.`),
    labelled('4. Thư ký hội nghị', `${s.secretary}.`),
    labelled('5. Thành phần tham dự', attendance),
    { type: 'bulleted', items: s.attendance },
    { type: 'heading', level: 1, label: 'II', text: 'NỘI DUNG HỘI NGHỊ' },
    { type: 'heading', level: 2, label: '1', text: 'Khai mạc' },
    ...(
      data.opening ?? [
        'Đồng chí chủ trì hội nghị tuyên bố lý do, giới thiệu đại biểu, quán triệt mục đích, yêu cầu và chương trình hội nghị.',
      ]
    ).map((text): Block => ({ type: 'paragraph', text })),
    {
      type: 'heading',
      level: 2,
      label: '2',
      text: 'Ý kiến, kiến nghị của Nhân dân và trả lời tại hội nghị',
    },
    {
      type: 'paragraph',
      text:
        `Tại hội nghị có ${data.questions.length} ý kiến, kiến nghị; ${settled} ý kiến đã được trả lời, giải quyết tại ` +
        `hội nghị; ${data.questions.length - settled} ý kiến chuyển giải quyết sau hội nghị. Cụ thể:`,
    },
  ];
  data.questions.forEach((q, i) => {
    const outcome =
      q.outcome === 'settled'
        ? 'Đã trả lời, giải quyết tại hội nghị.'
        : `Chuyển giải quyết sau hội nghị${q.assignedTo ? `; giao ${q.assignedTo}` : ''}.`;
    blocks.push({
      type: 'keep-together',
      blocks: [
        { type: 'heading', level: 3, text: `Ý kiến thứ ${i + 1}: ${askerLine(q.asker, names)}` },
        labelled('Nội dung', q.question),
        labelled(`Trả lời (${q.answeredBy})`, q.answer),
        labelled('Kết quả', outcome),
      ],
    });
  });
  blocks.push(
    { type: 'heading', level: 2, label: '3', text: 'Kết luận của chủ trì hội nghị' },
    ...data.conclusion.map((text): Block => ({ type: 'paragraph', text })),
    {
      type: 'paragraph',
      text:
        `Hội nghị kết thúc${s.endTime ? ` lúc ${timeVi(s.endTime)}` : ''} cùng ngày. Biên bản được lập thành ` +
        `${String(data.copies ?? 2).padStart(2, '0')} bản, đã thông qua trước hội nghị và được các đại biểu thống nhất./.`,
    },
  );
  return {
    format: data.format ?? 'state',
    header: data.header,
    number: data.number,
    place: data.place,
    date: data.date,
    // NĐ 30 Mẫu 1.6: no place-and-date line; the time and place open the body.
    placeDateLine: false,
    kind: 'BIÊN BẢN',
    title: `Hội nghị tiếp xúc, đối thoại trực tiếp giữa người đứng đầu\ncấp ủy, chính quyền với Nhân dân ${round}`,
    blocks,
    recipients: { label: 'Nơi nhận:', lines: data.recipients ?? [] },
    signature: data.chairSignature,
    countersignature: data.secretarySignature,
  };
}
