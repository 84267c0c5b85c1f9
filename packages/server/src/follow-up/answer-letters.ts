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
import { recordStateChange, refreshSearchText } from '../opinion/opinion.repository.js';
import { conclusionItemOf, petitionersOf, type PetitionerRow } from './follow-up.repository.js';
import type { Q } from '../shared/query.js';
import { communeHeader, holderOf, issuingBody } from '../shared/issuing-body.repository.js';

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
  const unit = await db
    .selectFrom('unit')
    .select('name')
    .where('id', '=', m.unit_id)
    .executeTakeFirstOrThrow();
  const item = await conclusionItemOf(db, m.id);
  const signer = profile.signers['van-ban-tra-loi'] ?? {
    signingFor: 'TM. ỦY BAN NHÂN DÂN',
    title: 'CHỦ TỊCH',
  };
  const name = p.fullName ?? 'Người dân';
  return buildResponseLetter({
    header: await communeHeader(db, m.unit_id, 'state', date),
    number: null,
    place: placeName(unit.name),
    date,
    issuerName: `Ủy ban nhân dân ${lowerFirst(unit.name)}`,
    petitioner: {
      honorific: honorificFor(p.fullName),
      name,
      address: p.villageName ? `${p.villageName}, ${unit.name}` : unit.name,
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
          issuer: `Ban Thường vụ Đảng ủy ${lowerFirst(unit.name)}`,
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
  const done = new Set(
    (
      await trx
        .selectFrom('answer_letter')
        .select('petitioner_id')
        .where('matter_id', '=', m.id)
        .execute()
    ).map((l) => l.petitioner_id),
  );
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
    await trx
      .insertInto('answer_letter')
      .values({
        id: newId(),
        answer_id: answer.id,
        matter_id: m.id,
        petitioner_id: p.id,
        document_id: issued.id,
        created_at: nowIso(),
      })
      .execute();
    letters.push({ petitionerId: p.id, documentId: issued.id, numberText: issued.numberText });
    done.add(p.id);
  }
  let state = m.state as MatterState;
  let version = Number(m.version);
  const moveTo = async (to: MatterState, detail: Record<string, unknown>) => {
    version += 1;
    await trx
      .updateTable('matter')
      .set({ state: to, version, updated_at: nowIso(), answer: answer.text })
      .where('id', '=', m.id)
      .execute();
    await recordStateChange(trx, { matterId: m.id, from: state, to, actorUserId, detail });
    state = to;
  };
  if (state !== 'responded' && state !== 'closed') {
    if (!canMove(state, 'responded'))
      throw new DomainError('RULE_VIOLATION', {
        vi: 'Vấn đề không ở trạng thái chờ trả lời',
        en: 'The matter is not awaiting an answer',
      });
    await moveTo('responded', { answerId: answer.id, letters: letters.map((l) => l.numberText) });
  }
  await refreshSearchText(trx, m.id);
  return { letters, state };
}
