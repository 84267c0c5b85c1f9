// Báo cáo kết quả (report) of a round of sessions or of a year, to the higher Party committee:
// the figures of the dashboard in a table (sessions, attendance, matters raised, settled at the
// session, carried over, answered within the period, overdue, escalated), then the narrative
// written by the office: how it was organised, the assessment, shortcomings, next steps, proposals.

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
import { ordinalVi } from './ke-hoach.js';

export interface ReportFigures {
  sessions: number;
  attendees: number;
  /** Opinions raised, at sessions and before them. */
  raised: number;
  settledAtSession: number;
  carriedOver: number;
  /** Carried-over matters answered in writing, and of them within the period. */
  answered: number;
  answeredOnTime: number;
  overdue: number;
  escalated: number;
}

export interface ReportData {
  format?: DocumentFormat;
  header: DocumentHeader;
  number: DocumentNumber | null;
  place: string;
  date: IsoDate;
  /** A round of a year, the whole year, or a reporting period named by `label` ('quý II năm 2026'). */
  period: { year: number; round?: number; label?: string };
  /** 'Kế hoạch số 25-KH/ĐU ngày 15/02/2026 của Ban Thường vụ Đảng ủy'. */
  basis?: string;
  /** The reporting body in a sentence: 'Ban Thường vụ Đảng ủy xã Sơn Giang'. */
  issuerName: string;
  figures: ReportFigures;
  /** Matters by field, optional. */
  byField?: readonly { field: string; raised: number; settled: number }[];
  narrative: {
    organisation: readonly string[];
    assessment: readonly string[];
    shortcomings?: readonly string[];
    nextSteps: readonly string[];
    proposals?: readonly string[];
  };
  recipients: readonly string[];
  signature: Signature;
}

/** '45,5' — one decimal, Vietnamese comma; '' when the base is 0. */
export function percentVi(part: number, whole: number): string {
  if (whole <= 0) return '';
  return (Math.round((1000 * part) / whole) / 10).toLocaleString('vi-VN', {
    maximumFractionDigits: 1,
  });
}

function figureRows(f: ReportFigures): string[][] {
  const rows: [string, number, number | null][] = [
    ['Số hội nghị đã tổ chức', f.sessions, null],
    ['Số lượt người tham dự', f.attendees, null],
    ['Tổng số ý kiến, kiến nghị', f.raised, null],
    ['Trả lời, giải quyết tại hội nghị', f.settledAtSession, f.raised],
    ['Chuyển giải quyết sau hội nghị', f.carriedOver, f.raised],
    ['Đã trả lời bằng văn bản', f.answered, f.carriedOver],
    ['Trong đó: trả lời đúng hạn', f.answeredOnTime, f.answered],
    ['Quá hạn chưa trả lời', f.overdue, f.carriedOver],
    ['Vượt thẩm quyền, đã đề nghị cấp trên', f.escalated, f.raised],
  ];
  return rows.map(([label, value, base], i) => [
    String(i + 1),
    label,
    value.toLocaleString('vi-VN'),
    base === null ? '' : percentVi(value, base),
  ]);
}

export function buildReport(input: ReportData): OfficialDocument {
  const data = normalizeText(input);
  const p = data.period;
  const scope = p.label ?? (p.round ? `lần ${ordinalVi(p.round)} năm ${p.year}` : `năm ${p.year}`);
  const paragraphs = (list: readonly string[]): Block[] =>
    list.map((text): Block => ({ type: 'paragraph', text }));
  const blocks: Block[] = [];
  if (data.basis) {
    blocks.push({
      type: 'paragraph',
      text: `Thực hiện ${data.basis}, ${data.issuerName} báo cáo kết quả tổ chức hội nghị tiếp xúc, đối thoại ${scope} như sau:`,
    });
  }
  blocks.push(
    { type: 'heading', level: 1, label: 'I', text: 'KẾT QUẢ THỰC HIỆN' },
    { type: 'heading', level: 2, label: '1', text: 'Công tác tổ chức' },
    ...paragraphs(data.narrative.organisation),
    {
      type: 'heading',
      level: 2,
      label: '2',
      text: 'Kết quả tiếp nhận, giải quyết ý kiến, kiến nghị',
    },
    {
      type: 'table',
      columns: [
        { header: 'TT', width: 6, align: 'center' },
        { header: 'Chỉ tiêu', width: 54 },
        { header: 'Số lượng', width: 20, align: 'center' },
        { header: 'Tỷ lệ (%)', width: 20, align: 'center' },
      ],
      rows: figureRows(data.figures),
    },
  );
  if (data.byField && data.byField.length > 0) {
    blocks.push(
      { type: 'paragraph', text: 'Ý kiến, kiến nghị theo lĩnh vực:' },
      {
        type: 'table',
        columns: [
          { header: 'TT', width: 6, align: 'center' },
          { header: 'Lĩnh vực', width: 44 },
          { header: 'Số ý kiến', width: 16, align: 'center' },
          { header: 'Đã giải quyết', width: 17, align: 'center' },
          { header: 'Tỷ lệ (%)', width: 17, align: 'center' },
        ],
        rows: data.byField.map((r, i) => [
          String(i + 1),
          r.field,
          String(r.raised),
          String(r.settled),
          percentVi(r.settled, r.raised),
        ]),
      },
    );
  }
  blocks.push(
    { type: 'heading', level: 1, label: 'II', text: 'ĐÁNH GIÁ CHUNG' },
    { type: 'heading', level: 2, label: '1', text: 'Ưu điểm' },
    ...paragraphs(data.narrative.assessment),
  );
  if (data.narrative.shortcomings && data.narrative.shortcomings.length > 0) {
    blocks.push(
      { type: 'heading', level: 2, label: '2', text: 'Hạn chế, nguyên nhân' },
      ...paragraphs(data.narrative.shortcomings),
    );
  }
  blocks.push(
    { type: 'heading', level: 1, label: 'III', text: 'PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI' },
    ...paragraphs(data.narrative.nextSteps),
  );
  if (data.narrative.proposals && data.narrative.proposals.length > 0) {
    blocks.push(
      { type: 'heading', level: 1, label: 'IV', text: 'ĐỀ XUẤT, KIẾN NGHỊ' },
      ...paragraphs(data.narrative.proposals),
    );
  }
  blocks.push({
    type: 'paragraph',
    text: `Trên đây là báo cáo kết quả tổ chức hội nghị tiếp xúc, đối thoại ${scope} của ${data.issuerName}./.`,
  });
  return {
    format: data.format ?? 'party',
    header: data.header,
    number: data.number,
    place: data.place,
    date: data.date,
    kind: 'BÁO CÁO',
    title: `Kết quả tổ chức hội nghị tiếp xúc, đối thoại trực tiếp giữa người đứng đầu\ncấp ủy, chính quyền với Nhân dân ${scope}`,
    blocks,
    recipients: { label: 'Nơi nhận:', lines: data.recipients },
    signature: data.signature,
  };
}
