// Kế hoạch (plan) of the year's dialogue conferences, issued by the Party committee's standing board
// (Hà Tĩnh, Quyết định 657-QĐ/TU). The structure follows the reference plan of Sơn Giang, 2022
// (/work/shared/reference/ke-hoach-doi-thoai-2022.md): I. purposes; II. content, participants,
// preparation, rounds, chairs, follow-up; III. tasks of each body; closing; recipients; signer.

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

export interface PlanRound {
  /** The round must be held before this date. */
  heldBy: IsoDate;
}

export interface PlanDocumentData {
  /** Party by default (the standing board issues it); 'state' when the UBND does. */
  format?: DocumentFormat;
  header: DocumentHeader;
  number: DocumentNumber | null;
  place: string;
  date: IsoDate;
  title: string;
  /** The paragraph before section I, citing the legal bases. */
  opening: string;
  /** I. MỤC ĐÍCH, YÊU CẦU — numbered. */
  purposes: readonly string[];
  /** II.1 Nội dung tiếp xúc, đối thoại — one item per content group. */
  topics: readonly string[];
  /** II.2 Thành phần, đối tượng tham gia hội nghị. */
  participants: readonly string[];
  /** II.3 Công tác chuẩn bị — paragraphs. */
  preparation: readonly string[];
  /** II.4 Thời gian — 'Lần thứ nhất: Hoàn thành trước ngày 15 tháng 6 năm 2022.' */
  rounds: readonly PlanRound[];
  /** II.5 Chủ trì hội nghị. */
  chairs: readonly string[];
  /** II.6 Xử lý công việc sau đối thoại. */
  followUp: readonly string[];
  /** III. TỔ CHỨC THỰC HIỆN — one numbered task per body. */
  tasks: readonly string[];
  /** The paragraph after section III ('Trên đây là Kế hoạch…'). */
  closing: string;
  recipients: readonly string[];
  signature: Signature;
}

const ORDINALS = ['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];

/** 1 → 'thứ nhất', 4 → 'thứ tư'. */
export function ordinalVi(n: number): string {
  return `thứ ${ORDINALS[n - 1] ?? String(n)}`;
}

/** 'Lần thứ nhất: Hoàn thành trước ngày 15 tháng 6 năm 2022.' */
export function roundLine(index: number, round: PlanRound): string {
  return `Lần ${ordinalVi(index + 1)}: Hoàn thành trước ${formatLongDate(round.heldBy)}.`;
}

// Headings keep with what follows in both renderers, so a section is just its heading and body.
function section(label: string, text: string, body: Block[]): Block[] {
  return [{ type: 'heading', level: 2, label, text }, ...body];
}

export function buildPlanDocument(input: PlanDocumentData): OfficialDocument {
  const plan = normalizeText(input);
  const bullets = (items: readonly string[]): Block[] =>
    items.length > 0 ? [{ type: 'bulleted', items }] : [];
  const paragraphs = (items: readonly string[]): Block[] =>
    items.map((text) => ({ type: 'paragraph', text }));
  const blocks: Block[] = [
    { type: 'paragraph', text: plan.opening },
    { type: 'heading', level: 1, label: 'I', text: 'MỤC ĐÍCH, YÊU CẦU' },
    { type: 'numbered', items: plan.purposes },
    { type: 'heading', level: 1, label: 'II', text: 'NỘI DUNG, THÀNH PHẦN, THỜI GIAN' },
    ...section('1', 'Nội dung tiếp xúc, đối thoại', bullets(plan.topics)),
    ...section('2', 'Thành phần, đối tượng tham gia hội nghị', bullets(plan.participants)),
    ...section(
      '3',
      'Công tác chuẩn bị trước khi tiếp xúc, đối thoại',
      paragraphs(plan.preparation),
    ),
    ...section(
      '4',
      'Thời gian tổ chức tiếp xúc, đối thoại',
      bullets(plan.rounds.map((r, i) => roundLine(i, r))),
    ),
    ...section('5', 'Chủ trì hội nghị', bullets(plan.chairs)),
    ...section('6', 'Xử lý công việc sau đối thoại', bullets(plan.followUp)),
    { type: 'heading', level: 1, label: 'III', text: 'TỔ CHỨC THỰC HIỆN' },
    { type: 'numbered', items: plan.tasks },
    { type: 'paragraph', text: plan.closing },
  ];
  return {
    format: plan.format ?? 'party',
    header: plan.header,
    number: plan.number,
    place: plan.place,
    date: plan.date,
    kind: 'KẾ HOẠCH',
    title: plan.title,
    blocks,
    recipients: { label: 'Nơi nhận:', lines: plan.recipients },
    signature: plan.signature,
  };
}
