// Văn bản trả lời (written answer) to one person whose matter was carried over from a session: a
// công văn of the People's Committee (state format), 'V/v trả lời kiến nghị của công dân' under the
// number, 'Kính gửi: Ông/Bà …', the matter as raised, the answer, and the People's Committee signer.
// Sent within 30 working days of the conclusion notice (Hà Tĩnh 657).

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

export interface ResponseLetterData {
  header: DocumentHeader;
  /** A công văn's number has no kind: { seq: 245, kindAbbr: '', bodyAbbr: 'UBND-ĐC' } → 'Số: 245/UBND-ĐC'. */
  number: DocumentNumber | null;
  place: string;
  date: IsoDate;
  /** The issuer as it reads in a sentence: 'Ủy ban nhân dân xã Sơn Giang'. */
  issuerName: string;
  petitioner: { honorific: 'Ông' | 'Bà'; name: string; address: string };
  /** The session where the matter was raised, if it was. */
  session?: { round: number; year: number; date: IsoDate } | null;
  /** The matter as the person raised it. */
  petition: string;
  /** The conclusion notice that carried the matter over: 'Thông báo số 30-TB/ĐU'. */
  conclusionNotice?: { reference: string; date: IsoDate; issuer: string } | null;
  /** The answer, paragraphs. */
  answer: readonly string[];
  /** Recipients after 'Như trên;'; defaults to the chairs and the archive. */
  recipients?: readonly string[];
  signature: Signature;
}

export function buildResponseLetter(input: ResponseLetterData): OfficialDocument {
  const data = normalizeText(input);
  const who = `${data.petitioner.honorific} ${data.petitioner.name}`;
  const honorific = data.petitioner.honorific;
  const where = data.session
    ? ` tại hội nghị tiếp xúc, đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với Nhân dân lần ` +
      `${ordinalVi(data.session.round)} năm ${data.session.year} (${formatLongDate(data.session.date)})`
    : '';
  const basis = data.conclusionNotice
    ? `Thực hiện ${data.conclusionNotice.reference} ${formatLongDate(data.conclusionNotice.date)} của ` +
      `${data.conclusionNotice.issuer}, sau khi xem xét, ${data.issuerName} trả lời như sau:`
    : `Sau khi xem xét, ${data.issuerName} trả lời như sau:`;
  const blocks: Block[] = [
    {
      type: 'paragraph',
      text: [
        { text: `${data.issuerName} nhận được kiến nghị của ${who}${where}, với nội dung: ` },
        { text: `“${data.petition.trim()}”`, italic: true },
      ],
    },
    { type: 'paragraph', text: basis },
    ...data.answer.map((text): Block => ({ type: 'paragraph', text })),
    {
      type: 'paragraph',
      text: `${data.issuerName} trả lời để ${honorific} ${data.petitioner.name} được biết./.`,
    },
  ];
  return {
    format: 'state',
    header: data.header,
    number: data.number,
    place: data.place,
    date: data.date,
    kind: LETTER_KIND,
    title: 'trả lời kiến nghị của công dân',
    addressees: [`${who}, ${data.petitioner.address}`],
    blocks,
    recipients: {
      label: 'Nơi nhận:',
      lines: ['Như trên;', ...(data.recipients ?? ['TT Đảng ủy, HĐND xã (để b/c);', 'Lưu: VT.'])],
    },
    signature: data.signature,
  };
}
