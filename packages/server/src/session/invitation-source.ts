// The invitation (giấy mời) to a scheduled or announced session as a renderable draft
// (document/sources): time, venue, chairs and content from the session, addressed to those invited
// by composition, signed for the UBND by its chairman (the profile's signer for 'giay-moi').
import { placeName } from '@doithoai/core';
import { buildInvitation } from '@doithoai/documents';
import type { DocumentSource } from '../document/document-source.js';
import type { Db } from '../db/open-database.js';
import { todayInVietnam } from '../shared/clock.js';
import { planBasis } from './session-documents.js';
import { listSessionsIn } from './minutes-source.js';
import { findSession, json, listParticipants } from './session.repository.js';
import { communeHeader } from '../unit/commune-header.js';
import { holderOf } from '../shared/issuing-body.repository.js';

export async function invitationDraft(db: Db, id: string) {
  const found = await findSession(db.kysely, id);
  if (!found) return undefined;
  const s = found.session;
  const sessionDate = s.date;
  // Nothing to invite to before the session has a date.
  if (!sessionDate) return undefined;
  const k = db.kysely;
  const date = s.notice_date ?? todayInVietnam();
  const participants = await listParticipants(k, id);
  const basis = await planBasis(k, s);
  const built = buildInvitation({
    format: 'state',
    header: await communeHeader(k, s.unit_id, 'state', date),
    number: null,
    place: placeName(found.unitName),
    date,
    issuerName: `Ủy ban nhân dân ${found.unitName.charAt(0).toLowerCase()}${found.unitName.slice(1)}`,
    addressee: 'các đồng chí, đại biểu',
    ...(basis ? { basis } : {}),
    session: {
      round: Number(s.round ?? 1),
      year: Number(sessionDate.slice(0, 4)),
      date: sessionDate,
      startTime: s.start_time ?? '07:30',
      venue: s.venue ?? '',
      chairs: json<string[]>(s.chairs, []),
      content: json<string[]>(s.topics, []),
    },
    recipients: ['Lưu: VT.'],
    signature: {
      authority: 'TM. ỦY BAN NHÂN DÂN',
      position: 'CHỦ TỊCH',
      name: await holderOf(k, s.unit_id, 'Chủ tịch UBND'),
    },
  });
  // One invitation to everyone invited: 'Kính gửi:' lists the compositions.
  const addressees = participants.map((p) => p.composition);
  return {
    unitPath: found.unitPath,
    document: addressees.length > 0 ? { ...built, addressees } : built,
  };
}

export const invitationSource: DocumentSource = {
  kind: 'giay-moi',
  list: (db, prefixes, unitId) =>
    listSessionsIn(
      db,
      'giay-moi',
      ['scheduled', 'announced'],
      prefixes,
      unitId,
      (r) => `Giấy mời dự hội nghị đối thoại${r ? ` lần ${r}` : ''} (dự thảo)`,
    ),
  build: invitationDraft,
};
