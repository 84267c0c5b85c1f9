// Văn bản đề nghị cấp trên (escalation): a công văn of the People's Committee sending the higher
// body the matters raised at a session that lie beyond the commune's authority, in a table, and
// asking for the answer so it can be passed on to the people who raised them (Hà Tĩnh 657:
// "nội dung vượt thẩm quyền, tổng hợp báo cáo cấp có thẩm quyền").

import type {
  Block,
  DocumentHeader,
  DocumentNumber,
  IsoDate,
  OfficialDocument,
  Signature,
} from '../model.js';
import { normalizeText } from '../normalize.js';
import { LETTER_KIND } from '../format/rules.js';
import { formatLongDate } from '../format/place-date.js';
import { ordinalVi } from './ke-hoach.js';
import { petitionersCell } from './danh-sach-y-kien.js';

export interface EscalatedMatter {
  content: string;
  petitionerCount: number;
  villages: readonly string[];
  /** The body with authority over it: 'Sở Nông nghiệp và Môi trường'. */
  competentBody: string;
  /** What the commune found or proposes. */
  communeView?: string;
}

export interface EscalationData {
  header: DocumentHeader;
  /** A công văn's number has no kind: { seq: 250, kindAbbr: '', bodyAbbr: 'UBND-VP' } → 'Số: 250/UBND-VP'. */
  number: DocumentNumber | null;
  place: string;
  date: IsoDate;
  /** The issuer in a sentence: 'Ủy ban nhân dân xã Sơn Giang'. */
  issuerName: string;
  /** 'Ủy ban nhân dân tỉnh Hà Tĩnh'; several for several bodies. */
  addressees: readonly string[];
  session: { round: number; year: number; date: IsoDate; raisedCount: number };
  matters: readonly EscalatedMatter[];
  /** 'Văn phòng UBND xã, đồng chí Phan Thị Mai, 0912 345 678'. */
  contact?: string;
  recipients?: readonly string[];
  signature: Signature;
}

export function buildEscalation(input: EscalationData): OfficialDocument {
  const data = normalizeText(input);
  const s = data.session;
  const to =
    data.addressees.length === 1 ? (data.addressees[0] ?? '') : 'các cơ quan có thẩm quyền';
  const blocks: Block[] = [
    {
      type: 'paragraph',
      text:
        `${capitalise(formatLongDate(s.date))}, ${data.issuerName} phối hợp tổ chức hội nghị tiếp xúc, đối thoại trực ` +
        `tiếp giữa người đứng đầu cấp ủy, chính quyền với Nhân dân lần ${ordinalVi(s.round)} năm ${s.year}. Tại hội ` +
        `nghị có ${s.raisedCount} ý kiến, kiến nghị của Nhân dân, trong đó ${data.matters.length} nội dung vượt ` +
        'thẩm quyền giải quyết của cấp xã.',
    },
    {
      type: 'paragraph',
      text: `${data.issuerName} tổng hợp, kính đề nghị ${to} xem xét, giải quyết các nội dung sau:`,
    },
    {
      type: 'table',
      columns: [
        { header: 'TT', width: 5, align: 'center' },
        { header: 'Nội dung kiến nghị', width: 37, align: 'justify' },
        { header: 'Người kiến nghị (số người, thôn)', width: 14, align: 'center' },
        { header: 'Cơ quan có thẩm quyền', width: 16 },
        { header: 'Ý kiến của xã', width: 28, align: 'justify' },
      ],
      rows: data.matters.map((m, i) => [
        String(i + 1),
        m.content,
        petitionersCell(m.petitionerCount, m.villages),
        m.competentBody,
        m.communeView?.trim() ?? '',
      ]),
    },
    {
      type: 'paragraph',
      text:
        `Kết quả giải quyết, đề nghị gửi về ${data.issuerName} để thông báo đến người có kiến nghị và Nhân dân ` +
        `trên địa bàn được biết.${data.contact ? ` Thông tin chi tiết liên hệ: ${data.contact}.` : ''}`,
    },
    { type: 'paragraph', text: `${data.issuerName} trân trọng đề nghị./.` },
  ];
  return {
    format: 'state',
    header: data.header,
    number: data.number,
    place: data.place,
    date: data.date,
    kind: LETTER_KIND,
    title: 'đề nghị giải quyết kiến nghị của Nhân dân\nvượt thẩm quyền cấp xã',
    addressees: data.addressees,
    blocks,
    recipients: {
      label: 'Nơi nhận:',
      lines: ['Như trên;', ...(data.recipients ?? ['TT Đảng ủy, HĐND xã (để b/c);', 'Lưu: VT.'])],
    },
    signature: data.signature,
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}
