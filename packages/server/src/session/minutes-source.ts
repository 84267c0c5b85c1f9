// The minutes (biên bản) of a held session as a renderable draft (document/sources): built from
// the minutes frozen from the console when the session was held — chairs, attendance, each question
// put to the session with the answer, by whom, and whether it was settled or carried over (and to
// whom). Askers are masked, the builder's default, so the copy may be published.
import type { MinutesModel } from '@doithoai/core';
import { placeName } from '@doithoai/core';
import { buildMinutes, type MinutesQuestion } from '@doithoai/documents';
import type { DocumentListItem, DocumentSource } from '../document/document-source.js';
import type { Db } from '../db/open-database.js';
import { findSession, json, listParticipants, sessionsInStates } from './session.repository.js';
import {
  conclusionResponsible,
  firstNamedPetitioner,
  matterAssignee,
  matterVillageName,
  officeClerk,
} from './session-document.repository.js';
import { unitName } from '../unit/unit.repository.js';
import type { Q } from '../shared/query.js';
import { communeHeader } from '../unit/commune-header.js';
import { holderOf } from '../shared/issuing-body.repository.js';

/** Sessions of a unit in scope in one of `states`, as draft list items of `kind`. */
export async function listSessionsIn<K extends DocumentListItem['kind']>(
  db: Db,
  kind: K,
  states: readonly string[],
  prefixes: string[],
  unitId: string | undefined,
  title: (round: number | null) => string,
): Promise<DocumentListItem[]> {
  const rows = await sessionsInStates(db.kysely, states, prefixes, unitId);
  return rows.map((r) => ({
    kind,
    id: r.id,
    unitId: r.unit_id,
    title: title(r.round === null ? null : Number(r.round)),
    numberText: null,
    issuedOn: null,
  }));
}

/** 'Đồng chí Lê Văn Đức, công chức Văn phòng - Thống kê'. */
export const officialLine = (name: string, position: string | null) =>
  position
    ? `Đồng chí ${name}, ${position.charAt(0).toLocaleLowerCase('vi')}${position.slice(1)}`
    : `Đồng chí ${name}`;

/** 'Đồng chí Hồ Đình Linh, Bí thư Đảng ủy…' → 'Hồ Đình Linh'. */
const nameOfChair = (chair: string) =>
  chair
    .replace(/^đồng chí\s+/i, '')
    .split(',')[0]!
    .trim();

/** Who first raised the matter, and from which village (the matter's own when the petitioner's is not known). */
async function firstPetitioner(db: Q, matterId: string) {
  const p = await firstNamedPetitioner(db, matterId);
  if (p?.village) return p;
  return {
    full_name: p?.full_name ?? null,
    village: (await matterVillageName(db, matterId)) ?? null,
  };
}

async function whoHandles(db: Q, sessionId: string, matterId: string): Promise<string | undefined> {
  const responsible = await conclusionResponsible(db, sessionId, matterId);
  if (responsible) return responsible;
  const p = await matterAssignee(db, matterId);
  return p ? officialLine(p.full_name, p.position) : undefined;
}

export async function minutesDraft(db: Db, id: string) {
  const found = await findSession(db.kysely, id);
  if (!found) return undefined;
  const s = found.session;
  const minutes = json<MinutesModel | null>(s.minutes, null);
  if (!minutes) return undefined;
  const k = db.kysely;
  const questions: MinutesQuestion[] = [];
  for (const item of minutes.items) {
    const petitioner =
      item.matterId && !(item.speakerName && item.speakerVillage)
        ? await firstPetitioner(k, item.matterId)
        : undefined;
    const name = item.speakerName ?? petitioner?.full_name ?? null;
    const village = item.speakerVillage ?? petitioner?.village ?? undefined;
    const lowered = village && `${village.charAt(0).toLocaleLowerCase('vi')}${village.slice(1)}`;
    const asker: MinutesQuestion['asker'] = name
      ? { name, ...(lowered ? { village: lowered } : {}) }
      : // No name on record (an opinion sent without one): say so rather than mask nothing.
        { honorific: lowered ? `Cử tri ${lowered}` : 'Cử tri (không ghi tên)', name: '' };
    const assignedTo =
      item.outcome === 'carried-over' && item.matterId
        ? await whoHandles(k, id, item.matterId)
        : undefined;
    questions.push({
      asker,
      question: item.question,
      answer: item.answer ?? '',
      answeredBy: item.answeredBy ?? 'chủ trì hội nghị',
      outcome: item.outcome === 'settled' ? 'settled' : 'carried-over',
      ...(assignedTo ? { assignedTo } : {}),
    });
  }
  const participants = await listParticipants(k, id);
  const attendance =
    minutes.attendance.groups.length > 0
      ? minutes.attendance.groups.map((g) => `${g.composition}: ${g.present} người;`)
      : participants.map((p) => `${p.composition};`);
  const office = await officeClerk(k, s.unit_id);
  const summary = json<{ summary?: string[] } | null>(s.conclusion_draft, null)?.summary ?? [];
  const communeName = await unitName(k, s.unit_id);
  const date = minutes.date;
  const chair = minutes.chairs[0]
    ? nameOfChair(minutes.chairs[0])
    : await holderOf(k, s.unit_id, 'Bí thư');
  const document = buildMinutes({
    format: 'state',
    header: await communeHeader(k, s.unit_id, 'state', date),
    number: null,
    place: placeName(communeName),
    date,
    session: {
      round: Number(s.round ?? 1),
      year: Number(date.slice(0, 4)),
      date,
      startTime: minutes.startTime ?? s.start_time ?? '07:30',
      venue: minutes.venue ?? s.venue ?? '',
      chairs: minutes.chairs,
      secretary: office ? officialLine(office.full_name, office.position) : 'Cán bộ Văn phòng xã',
      attendance,
      ...(minutes.attendance.total ? { attendeeCount: minutes.attendance.total } : {}),
    },
    questions,
    conclusion:
      summary.length > 0
        ? summary
        : [
            'Đồng chí chủ trì hội nghị kết luận, giao các cơ quan, công chức giải quyết, trả lời các ý kiến chuyển sau hội nghị đúng thời hạn.',
          ],
    // NĐ 30 Mẫu 1.6 closes the minutes with Nơi nhận, under the signatures.
    recipients: ['Thường trực Đảng ủy, HĐND, UBND xã;', 'Lưu: VT, hồ sơ hội nghị.'],
    secretarySignature: { position: 'THƯ KÝ', name: office?.full_name ?? '' },
    chairSignature: { position: 'CHỦ TRÌ HỘI NGHỊ', name: chair },
  });
  return { unitPath: found.unitPath, document };
}

export const minutesSource: DocumentSource = {
  kind: 'bien-ban',
  list: (db, prefixes, unitId) =>
    listSessionsIn(
      db,
      'bien-ban',
      ['held', 'concluded', 'closed'],
      prefixes,
      unitId,
      (r) => `Biên bản hội nghị đối thoại${r ? ` lần ${r}` : ''} (dự thảo)`,
    ),
  build: minutesDraft,
};
