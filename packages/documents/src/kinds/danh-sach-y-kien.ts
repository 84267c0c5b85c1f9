// Danh sách tổng hợp ý kiến (list of opinions) prepared before a session: every matter gathered
// through the Fatherland Front, the villages and online, grouped by field, with how many people
// raised it and from which villages, the official responsible, and the answer prepared for the
// session. A wide table, kept on A4 portrait: the columns are sized for it.

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

export interface OpinionListMatter {
  /** 'Đất đai', 'Giao thông nông thôn'…; matters are grouped by it in the order fields first appear. */
  field: string;
  content: string;
  petitionerCount: number;
  villages: readonly string[];
  /** 'Đồng chí Nguyễn Văn Bình, công chức Địa chính - Xây dựng'. */
  responsible: string;
  /** The answer prepared for the session; empty when none yet. */
  preparedAnswer?: string;
}

export interface OpinionListData {
  format?: DocumentFormat;
  header: DocumentHeader;
  number: DocumentNumber | null;
  place: string;
  date: IsoDate;
  /** The issuer in a sentence: 'Ủy ban nhân dân xã Sơn Giang'. */
  issuerName: string;
  session: { round: number; year: number; date: IsoDate };
  /** Where the opinions came from, as a phrase: 'Ủy ban MTTQ xã, các thôn và trang Đối Thoại'. */
  gatheredFrom?: string;
  matters: readonly OpinionListMatter[];
  recipients: readonly string[];
  signature: Signature;
}

export interface FieldGroup {
  field: string;
  matters: OpinionListMatter[];
}

/** Matters grouped by field, fields in the order they first appear, matters in their given order. */
export function groupByField(matters: readonly OpinionListMatter[]): FieldGroup[] {
  const groups = new Map<string, OpinionListMatter[]>();
  for (const m of matters) {
    const key = m.field.trim();
    const list = groups.get(key) ?? [];
    list.push(m);
    groups.set(key, list);
  }
  return [...groups].map(([field, list]) => ({ field, matters: list }));
}

/** '03 người\nthôn Tân Thành, thôn Kim Lũ' */
export function petitionersCell(count: number, villages: readonly string[]): string {
  const people = `${String(count).padStart(2, '0')} người`;
  return villages.length > 0 ? `${people}\n${villages.join(', ')}` : people;
}

export function buildOpinionList(input: OpinionListData): OfficialDocument {
  const data = normalizeText(input);
  const s = data.session;
  const round = `lần ${ordinalVi(s.round)} năm ${s.year}`;
  const groups = groupByField(data.matters);
  const people = data.matters.reduce((sum, m) => sum + m.petitionerCount, 0);
  const blocks: Block[] = [
    {
      type: 'paragraph',
      text:
        `Chuẩn bị hội nghị tiếp xúc, đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với Nhân dân ${round} ` +
        `(${formatLongDate(s.date)}), ${data.issuerName} tổng hợp ý kiến, kiến nghị của Nhân dân` +
        (data.gatheredFrom ? ` do ${data.gatheredFrom} chuyển đến` : '') +
        `: tổng số ${data.matters.length} nội dung của ${people} lượt người, thuộc ${groups.length} lĩnh vực, cụ thể như sau:`,
    },
  ];
  if (groups.length === 0) {
    blocks.push({ type: 'paragraph', text: 'Chưa có ý kiến, kiến nghị nào.' });
  }
  let n = 0;
  groups.forEach((g, i) => {
    blocks.push(
      {
        type: 'heading',
        level: 2,
        label: String(i + 1),
        text: `Lĩnh vực ${lowerFirst(g.field)} (${g.matters.length} nội dung)`,
      },
      {
        type: 'table',
        columns: [
          { header: 'TT', width: 5, align: 'center' },
          { header: 'Nội dung ý kiến, kiến nghị', width: 29, align: 'justify' },
          { header: 'Người kiến nghị (số người, thôn)', width: 15, align: 'center' },
          { header: 'Người chịu trách nhiệm trả lời', width: 18 },
          { header: 'Nội dung trả lời dự kiến', width: 33, align: 'justify' },
        ],
        rows: g.matters.map((m) => [
          String(++n),
          m.content,
          petitionersCell(m.petitionerCount, m.villages),
          m.responsible,
          m.preparedAnswer?.trim() ?? '',
        ]),
      },
    );
  });
  return {
    format: data.format ?? 'state',
    header: data.header,
    number: data.number,
    place: data.place,
    date: data.date,
    kind: 'DANH SÁCH',
    title: `Ý kiến, kiến nghị của Nhân dân gửi đến hội nghị\ntiếp xúc, đối thoại trực tiếp giữa người đứng đầu cấp ủy,\nchính quyền với Nhân dân ${round}`,
    blocks,
    recipients: { label: 'Nơi nhận:', lines: data.recipients },
    signature: data.signature,
  };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}
