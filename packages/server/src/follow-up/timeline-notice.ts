// The timeline notice of a complex matter (DOMAIN.md step 7): when its due date is extended, the
// petitioners are told in writing who is responsible and by when they will be answered, and why
// it takes longer. A Thông báo of the People's Committee, numbered in its register (kind
// 'thong-bao') inside the extension's transaction, addressed to every petitioner of the matter.
import { DomainError, honorificFor, placeName, type RegulationProfile } from '@doithoai/core';
import type { Block, OfficialDocument } from '@doithoai/documents';
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import { issueDocument } from '../document/issue-document.js';
import { conclusionItemOf, petitionersOf } from './follow-up.repository.js';
import type { Q } from '../shared/query.js';
import { unitName } from '../unit/unit.repository.js';
import { communeHeader } from '../unit/commune-header.js';
import { holderOf, issuingBody } from '../shared/issuing-body.repository.js';

const dmy = (d: string) => d.split('-').reverse().join('/');
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export interface TimelineFacts {
  responsible: string;
  dueDate: string;
  previousDue: string;
  reason: string;
  date: string;
}

/** The notice, without a number. */
export async function timelineNotice(
  db: Q,
  m: { id: string; unit_id: string; content: string },
  facts: TimelineFacts,
  profile: RegulationProfile,
): Promise<OfficialDocument> {
  const name = await unitName(db, m.unit_id);
  const issuer = `Ủy ban nhân dân ${lowerFirst(name)}`;
  const item = await conclusionItemOf(db, m.id);
  const petitioners = await petitionersOf(db, m.id);
  const signer = profile.signers['van-ban-tra-loi'] ?? {
    signingFor: 'TM. ỦY BAN NHÂN DÂN',
    title: 'CHỦ TỊCH',
  };
  const where = item?.session_date
    ? ` tại hội nghị tiếp xúc, đối thoại trực tiếp${item.round ? ` lần thứ ${Number(item.round)}` : ''} năm ${item.session_date.slice(0, 4)} (ngày ${dmy(item.session_date)})`
    : '';
  const blocks: Block[] = [
    {
      type: 'paragraph',
      text: [
        { text: `${issuer} nhận được kiến nghị của công dân${where}, với nội dung: ` },
        { text: `“${m.content.trim()}”`, italic: true },
      ],
    },
    {
      type: 'paragraph',
      text: `Nội dung kiến nghị phức tạp, cần thêm thời gian để xem xét, giải quyết. Lý do: ${facts.reason.replace(/[.\s]+$/, '')}.`,
    },
    {
      type: 'paragraph',
      text: [
        { text: 'Người chịu trách nhiệm giải quyết: ', bold: true },
        { text: `${facts.responsible}.` },
      ],
    },
    {
      type: 'paragraph',
      text: [
        { text: 'Thời hạn trả lời bằng văn bản: ', bold: true },
        {
          text: `chậm nhất ngày ${dmy(facts.dueDate)} (thời hạn trước đây: ngày ${dmy(facts.previousDue)}).`,
        },
      ],
    },
    { type: 'paragraph', text: `${issuer} thông báo để công dân được biết./.` },
  ];
  return {
    format: 'state',
    header: await communeHeader(db, m.unit_id, 'state', facts.date),
    number: null,
    place: placeName(name),
    date: facts.date,
    kind: 'THÔNG BÁO',
    title: 'Về tiến độ giải quyết kiến nghị của công dân',
    addressees: petitioners.length
      ? petitioners.map(
          (p) =>
            `${honorificFor(p.fullName)} ${p.fullName ?? 'công dân'}${p.villageName ? `, ${p.villageName}` : ''}`,
        )
      : ['Công dân có kiến nghị'],
    blocks,
    recipients: {
      label: 'Nơi nhận:',
      lines: ['Như trên;', 'TT Đảng ủy, HĐND xã (để b/c);', `${facts.responsible};`, 'Lưu: VT.'],
    },
    signature: {
      authority: signer.signingFor,
      position: signer.title,
      name: await holderOf(db, m.unit_id, 'Chủ tịch UBND'),
    },
  };
}

/** Issues the notice in the caller's transaction; returns the document's id and number. */
export async function issueTimelineNotice(
  trx: Transaction<Database>,
  actorUserId: string,
  m: { id: string; unit_id: string; content: string },
  facts: TimelineFacts,
  profile: RegulationProfile,
) {
  const body = await issuingBody(trx, m.unit_id, 'state');
  if (!body)
    throw new DomainError('RULE_VIOLATION', {
      vi: 'Đơn vị chưa có UBND để ban hành thông báo (thêm ở trang Đơn vị)',
      en: "The unit has no People's Committee to issue the notice",
    });
  const issued = await issueDocument(trx, {
    actorUserId,
    unitId: m.unit_id,
    organisationId: body.id,
    kind: 'thong-bao',
    draft: await timelineNotice(trx, m, facts, profile),
    subject: { type: 'matter', id: m.id },
  });
  return { documentId: issued.id, numberText: issued.numberText };
}
