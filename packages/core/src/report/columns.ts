// The columns of the oversight table and of the dashboard's lists, defined once: the screen
// renders them and the Excel export writes them, so the file holds what the screen shows.
import type { EscalationCounts, Grade, OversightGrades, SessionCompliance } from './oversight.js';
import type { Timeliness } from './figures.js';
import { opinionFieldNames } from '../opinion/fields.js';
import {
  matterStateNames,
  opinionSourceNames,
  type MatterState,
  type OpinionSource,
} from '../opinion/opinion.js';

const fieldVi = (f: string | null): string | null =>
  f && f in opinionFieldNames ? opinionFieldNames[f as keyof typeof opinionFieldNames].vi : f;

export interface OversightRowData {
  unitId: string;
  name: string;
  /** The unit between the commune and the one asked for (a district under a province), if any. */
  parentName: string | null;
  sessions: SessionCompliance;
  answers: Timeliness;
  escalations: EscalationCounts;
  grades: OversightGrades;
}

export type Cell = string | number | null;

export interface Column<T> {
  key: string;
  vi: string;
  en: string;
  value: (row: T) => Cell;
  /** The grade that colours the cell, if any. */
  grade?: (row: T) => Grade;
  numeric?: boolean;
}

const pct = (r: number | null): Cell => (r === null ? null : Math.round(r * 1000) / 10);

export const gradeNames: Record<Grade, { vi: string; en: string }> = {
  green: { vi: 'Đúng hạn', en: 'On time' },
  amber: { vi: 'Có trễ hạn', en: 'Some late' },
  red: { vi: 'Quá hạn', en: 'Overdue' },
  none: { vi: 'Chưa có', en: 'None yet' },
};

export const oversightColumns: Column<OversightRowData>[] = [
  { key: 'name', vi: 'Đơn vị', en: 'Commune', value: (r) => r.name },
  { key: 'parent', vi: 'Trực thuộc', en: 'Under', value: (r) => r.parentName },
  {
    key: 'held',
    vi: 'Hội nghị đã tổ chức',
    en: 'Sessions held',
    value: (r) => r.sessions.held,
    numeric: true,
    grade: (r) => r.grades.rounds,
  },
  {
    key: 'rounds',
    vi: 'Hội nghị theo kế hoạch',
    en: 'Sessions planned',
    value: (r) => r.sessions.rounds,
    numeric: true,
  },
  {
    key: 'heldOnTime',
    vi: 'Tổ chức đúng hạn',
    en: 'Held by the date',
    value: (r) => r.sessions.heldOnTime,
    numeric: true,
    grade: (r) => r.grades.rounds,
  },
  {
    key: 'noticeLead',
    vi: 'Thông báo trước (ngày, ít nhất)',
    en: 'Notice lead (days, least)',
    value: (r) => r.sessions.minNoticeLeadDays,
    numeric: true,
    grade: (r) => r.grades.notice,
  },
  {
    key: 'conclusionOnTime',
    vi: 'Kết luận đúng hạn',
    en: 'Conclusions in time',
    value: (r) => r.sessions.conclusionOnTime,
    numeric: true,
    grade: (r) => r.grades.conclusion,
  },
  {
    key: 'conclusionOverdue',
    vi: 'Kết luận quá hạn',
    en: 'Conclusions overdue',
    value: (r) => r.sessions.conclusionOverdue,
    numeric: true,
    grade: (r) => r.grades.conclusion,
  },
  {
    key: 'answersTotal',
    vi: 'Vấn đề phải trả lời',
    en: 'Matters to answer',
    value: (r) => r.answers.total,
    numeric: true,
  },
  {
    key: 'answersOnTime',
    vi: 'Trả lời đúng hạn',
    en: 'Answered on time',
    value: (r) => r.answers.onTime,
    numeric: true,
    grade: (r) => r.grades.answers,
  },
  {
    key: 'answersLate',
    vi: 'Trả lời trễ hạn',
    en: 'Answered late',
    value: (r) => r.answers.late,
    numeric: true,
    grade: (r) => r.grades.answers,
  },
  {
    key: 'answersOverdue',
    vi: 'Quá hạn chưa trả lời',
    en: 'Overdue, unanswered',
    value: (r) => r.answers.overdue,
    numeric: true,
    grade: (r) => r.grades.answers,
  },
  {
    key: 'onTimeRate',
    vi: 'Tỷ lệ đúng hạn (%)',
    en: 'On-time rate (%)',
    value: (r) => pct(r.answers.onTimeRate),
    numeric: true,
    grade: (r) => r.grades.answers,
  },
  {
    key: 'escalated',
    vi: 'Đề nghị cấp trên',
    en: 'Escalated',
    value: (r) => r.escalations.sent + r.escalations.acknowledged + r.escalations.answered,
    numeric: true,
  },
  {
    key: 'escalatedAnswered',
    vi: 'Cấp trên đã trả lời',
    en: 'Answered above',
    value: (r) => r.escalations.answered,
    numeric: true,
  },
  {
    key: 'escalatedOverdue',
    vi: 'Cấp trên quá hạn',
    en: 'Overdue above',
    value: (r) => r.escalations.overdue,
    numeric: true,
  },
  {
    key: 'overall',
    vi: 'Đánh giá',
    en: 'Assessment',
    value: (r) => gradeNames[r.grades.overall].vi,
    grade: (r) => r.grades.overall,
  },
];

export interface OverdueRowData {
  content: string;
  field: string | null;
  official: string | null;
  due: string;
  workingDaysLate: number;
}

export const overdueColumns: Column<OverdueRowData>[] = [
  { key: 'content', vi: 'Nội dung', en: 'Matter', value: (r) => r.content },
  { key: 'field', vi: 'Lĩnh vực', en: 'Field', value: (r) => fieldVi(r.field) },
  { key: 'official', vi: 'Người phụ trách', en: 'Official', value: (r) => r.official },
  { key: 'due', vi: 'Hạn trả lời', en: 'Due', value: (r) => r.due },
  {
    key: 'late',
    vi: 'Số ngày làm việc quá hạn',
    en: 'Working days late',
    value: (r) => r.workingDaysLate,
    numeric: true,
  },
];

export interface MatterRowData {
  content: string;
  field: string | null;
  source: string;
  village: string | null;
  state: string;
  receivedOn: string;
  official: string | null;
  due: string | null;
  answeredOn: string | null;
}

export const matterColumns: Column<MatterRowData>[] = [
  { key: 'content', vi: 'Nội dung', en: 'Matter', value: (r) => r.content },
  { key: 'field', vi: 'Lĩnh vực', en: 'Field', value: (r) => fieldVi(r.field) },
  {
    key: 'source',
    vi: 'Nguồn',
    en: 'Source',
    value: (r) => opinionSourceNames[r.source as OpinionSource]?.vi ?? r.source,
  },
  { key: 'village', vi: 'Thôn', en: 'Village', value: (r) => r.village },
  {
    key: 'state',
    vi: 'Trạng thái',
    en: 'State',
    value: (r) => matterStateNames[r.state as MatterState]?.vi ?? r.state,
  },
  { key: 'receivedOn', vi: 'Ngày tiếp nhận', en: 'Received', value: (r) => r.receivedOn },
  { key: 'official', vi: 'Người phụ trách', en: 'Official', value: (r) => r.official },
  { key: 'due', vi: 'Hạn trả lời', en: 'Due', value: (r) => r.due },
  { key: 'answeredOn', vi: 'Ngày trả lời', en: 'Answered', value: (r) => r.answeredOn },
];

// One collator for every sort: localeCompare(…, 'vi') builds one per comparison (~40,000 for a
// province's 3,321 communes, ~20 ms).
const vietnamese = new Intl.Collator('vi');

/** Sorts rows by a column: numbers high first (most late first), text in Vietnamese order. */
export function sortRows<T>(
  rows: readonly T[],
  column: Column<T>,
  direction: 'asc' | 'desc' = column.numeric ? 'desc' : 'asc',
): T[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = column.value(a);
    const y = column.value(b);
    if (x === y) return 0;
    if (x === null) return 1;
    if (y === null) return -1;
    return (
      sign *
      (typeof x === 'number' && typeof y === 'number'
        ? x - y
        : vietnamese.compare(String(x), String(y)))
    );
  });
}
