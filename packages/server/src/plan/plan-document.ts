// The plan's content turned into the documents package's plan model (Party format when the
// standing board signs, state format when the UBND does). Used for the preview and at issue.
import { placeName, type PlanContent } from '@doithoai/core';
import { buildPlanDocument, type DocumentHeader, type OfficialDocument } from '@doithoai/documents';
import type { Q } from './plan.repository.js';

/** The header of a commune's document: 'ĐẢNG BỘ HUYỆN …' over 'ĐẢNG ỦY XÃ …', or 'ỦY BAN NHÂN DÂN' over 'XÃ …'. */
export async function communeHeader(db: Q, unitId: string, authority: 'party' | 'state'): Promise<DocumentHeader> {
  const unit = await db.selectFrom('unit').select(['name', 'parent_id']).where('id', '=', unitId).executeTakeFirstOrThrow();
  const upper = (s: string) => s.toLocaleUpperCase('vi');
  if (authority === 'state') return { issuingBody: `ỦY BAN NHÂN DÂN\n${upper(unit.name)}` };
  const parent = unit.parent_id ? await db.selectFrom('unit').select('name').where('id', '=', unit.parent_id).executeTakeFirst() : undefined;
  return { ...(parent ? { parentBody: `ĐẢNG BỘ ${upper(parent.name)}` } : {}), issuingBody: `ĐẢNG ỦY ${upper(unit.name)}` };
}

export async function planDocument(db: Q, unitId: string, content: PlanContent, date: string): Promise<OfficialDocument> {
  const unit = await db.selectFrom('unit').select('name').where('id', '=', unitId).executeTakeFirstOrThrow();
  return buildPlanDocument({
    format: content.signer.authority,
    header: await communeHeader(db, unitId, content.signer.authority),
    number: null,
    place: placeName(unit.name),
    date,
    title: content.title,
    opening: content.opening,
    purposes: content.purposes,
    topics: content.contentGroups.map((g) => g.text),
    participants: content.attendanceCap
      ? [...content.participants, `Số lượng tham gia tối đa: ${content.attendanceCap} người.`]
      : content.participants,
    preparation: content.preparation,
    rounds: content.rounds.map((r) => ({ heldBy: r.heldBy })),
    chairs: content.chairs,
    followUp: content.followUp,
    tasks: content.tasks.map((t) => t.text),
    closing: content.closing,
    recipients: content.recipients,
    signature: { authority: content.signer.signingFor, position: content.signer.title, name: content.signer.name },
  });
}
