// The plan's content turned into the documents package's plan model (Party format when the
// standing board signs, state format when the UBND does). Used for the preview and at issue.
import { placeName, type PlanContent } from '@doithoai/core';
import { buildPlanDocument, type OfficialDocument } from '@doithoai/documents';
import type { Q } from '../shared/query.js';
import { unitName } from '../unit/unit.repository.js';
import { communeHeader } from '../unit/commune-header.js';

export async function planDocument(
  db: Q,
  unitId: string,
  content: PlanContent,
  date: string,
): Promise<OfficialDocument> {
  return buildPlanDocument({
    format: content.signer.authority,
    header: await communeHeader(db, unitId, content.signer.authority, date),
    number: null,
    place: placeName(await unitName(db, unitId)),
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
    signature: {
      authority: content.signer.signingFor,
      position: content.signer.title,
      name: content.signer.name,
    },
  });
}
