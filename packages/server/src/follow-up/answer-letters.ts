// An approved answer goes out: one văn bản trả lời per petitioner who has none yet, each numbered
// in the UBND's register through issueDocument inside the caller's transaction; the matter moves
// to 'responded'. It is closed when every petitioner's letter has been sent (letters-sent.ts), or
// at once when nobody is to be written to.
import {
  DomainError,
  canMove,
  honorificFor,
  placeName,
  type MatterState,
  type RegulationProfile,
} from '@doithoai/core';
import { buildResponseLetter, type OfficialDocument } from '@doithoai/documents';
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import { newId, nowIso } from '../db/ids.js';
import { issueDocument } from '../document/issue-document.js';
import { moveMatterState, refreshSearchText } from '../opinion/opinion.repository.js';
import { unitName } from '../unit/unit.repository.js';
import { insertAnswerLetter, petitionersWithLetters } from './answer.repository.js';
import { conclusionItemOf, petitionersOf, type PetitionerRow } from './follow-up.repository.js';
import type { Q } from '../shared/query.js';
import { communeHeader } from '../unit/commune-header.js';
import { holderOf, issuingBody } from '../shared/issuing-body.repository.js';

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** The letter to one petitioner, without a number (a draft until issued). */
export async function responseLetter(
  db: Q,
  m: { id: string; unit_id: string; content: string },
  p: PetitionerRow,
  answerText: string,
  date: string,
  profile: RegulationProfile,
): Promise<OfficialDocument> {
  const communeName = await unitName(db, m.unit_id);
  const item = await conclusionItemOf(db, m.id);
  const signer = profile.signers['van-ban-tra-loi'] ?? {
    signingFor: 'TM. ỦY BAN NHÂN DÂN',
    title: 'CHỦ TỊCH',
  };
  const name = p.fullName ?? 'Người dân';
  return buildResponseLetter({
    header: await communeHeader(db, m.unit_id, 'state', date),
    number: null,
    place: placeName(communeName),
    date,
    issuerName: `Ủy ban nhân dân ${lowerFirst(communeName)}`,
    petitioner: {
      honorific: honorificFor(p.fullName),
      name,
      address: p.villageName ? `${p.villageName}, ${communeName}` : communeName,
    },
    session: item?.session_date
      ? {
          round: Number(item.round ?? 1),
          year: Number(item.session_date.slice(0, 4)),
          date: item.session_date,
        }
      : null,
    petition: m.content,
    conclusionNotice: item?.notice_number
      ? {
          reference: `Thông báo ${item.notice_number.replace(/^Số:?\s*/, 'số ')}`,
          date: item.notice_date,
          issuer: `Ban Thường vụ Đảng ủy ${lowerFirst(communeName)}`,
        }
      : null,
    answer: answerText.split('\n'),
    signature: {
      authority: signer.signingFor,
      position: signer.title,
      name: await holderOf(db, m.unit_id, 'Chủ tịch UBND'),
    },
  });
}

export async function publishAnswer(
  trx: Transaction<Database>,
  actorUserId: string,
  m: { id: string; unit_id: string; content: string; state: string; version: number },
  answer: { id: string; text: string },
  today: string,
  profile: RegulationProfile,
) {
  const body = await issuingBody(trx, m.unit_id, 'state');
  if (!body)
    throw new DomainError('RULE_VIOLATION', {
      vi: 'Đơn vị chưa có UBND để ban hành văn bản trả lời (thêm ở trang Đơn vị)',
      en: "The unit has no People's Committee to issue the answer letters",
    });
  const petitioners = await petitionersOf(trx, m.id);
  const done = await petitionersWithLetters(trx, m.id);
  const letters: { petitionerId: string; documentId: string; numberText: string }[] = [];
  for (const p of petitioners.filter((x) => !done.has(x.id))) {
    const issued = await issueDocument(trx, {
      actorUserId,
      unitId: m.unit_id,
      organisationId: body.id,
      kind: 'van-ban-tra-loi',
      draft: await responseLetter(trx, m, p, answer.text, today, profile),
      subject: { type: 'matter', id: m.id },
    });
    await insertAnswerLetter(trx, {
      id: newId(),
      answer_id: answer.id,
      matter_id: m.id,
      petitioner_id: p.id,
      document_id: issued.id,
      created_at: nowIso(),
    });
    letters.push({ petitionerId: p.id, documentId: issued.id, numberText: issued.numberText });
    done.add(p.id);
  }
  let state = m.state as MatterState;
  if (state !== 'responded' && state !== 'closed') {
    if (!canMove(state, 'responded'))
      throw new DomainError('RULE_VIOLATION', {
        vi: 'Vấn đề không ở trạng thái chờ trả lời',
        en: 'The matter is not awaiting an answer',
      });
    const detail = { answerId: answer.id, letters: letters.map((l) => l.numberText) };
    const move = { from: state, to: 'responded' as const, actorUserId, detail };
    await moveMatterState(trx, m, move, { answer: answer.text });
    state = 'responded';
  }
  await refreshSearchText(trx, m.id);
  return { letters, state };
}
