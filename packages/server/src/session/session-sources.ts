// The session's draft documents for the document registry (document/sources): the public notice
// of a scheduled session and the conclusion notice of a held one. Issued ones come from the register.
import { addDays } from '@doithoai/core';
import type { DocumentSource } from '../document/document-source.js';
import type { Db } from '../db/open-database.js';
import { todayInVietnam } from '../shared/clock.js';
import { conclusionDraftView } from './draft-conclusion.js';
import { announcementDocument, conclusionDocument } from './session-documents.js';
import { findSession, sessionsInState } from './session.repository.js';
import { moveContext } from '../calendar/move-context.js';

export const defaultChannels = [
  'Gửi trực tiếp tại Văn phòng UBND xã hoặc qua thôn trưởng, bí thư chi bộ',
  'Gửi qua Ủy ban MTTQ và các đoàn thể xã',
  'Đăng ký phát biểu tại hội nghị với cán bộ Văn phòng',
];

async function listIn(
  db: Db,
  state: string,
  prefixes: string[],
  unitId: string | undefined,
  title: (round: number | null) => string,
) {
  return (await sessionsInState(db.kysely, state, prefixes, unitId)).map((r) => ({
    id: r.id,
    unitId: r.unit_id,
    title: title(r.round === null ? null : Number(r.round)),
    numberText: null,
    issuedOn: null,
  }));
}

/** The notice as it would be issued today. */
export async function announcementDraft(db: Db, id: string) {
  const found = await findSession(db.kysely, id);
  if (!found) return undefined;
  const s = found.session;
  const today = todayInVietnam();
  const noticeDate = s.notice_date ?? today;
  const document = await announcementDocument(db.kysely, s, {
    noticeDate,
    submissionDeadline: s.submission_deadline ?? (s.date ? addDays(s.date, -2) : noticeDate),
    channels: s.channels !== '[]' ? JSON.parse(s.channels) : defaultChannels,
  });
  return { unitPath: found.unitPath, document };
}

export async function conclusionDraft(db: Db, id: string) {
  const found = await findSession(db.kysely, id);
  if (!found) return undefined;
  const view = await conclusionDraftView({ db }, id);
  const ctx = await db.kysely.transaction().execute((trx) => moveContext(trx, found.unitPath));
  return {
    unitPath: found.unitPath,
    document: await conclusionDocument(
      db.kysely,
      found.session,
      view.draft,
      view.lines,
      ctx.profile,
    ),
  };
}

export const announcementSource: DocumentSource = {
  kind: 'thong-bao',
  list: (db, prefixes, unitId) =>
    listIn(
      db,
      'scheduled',
      prefixes,
      unitId,
      (r) => `Thông báo hội nghị đối thoại${r ? ` lần ${r}` : ''} (dự thảo)`,
    ).then((l) => l.map((x) => ({ ...x, kind: 'thong-bao' as const }))),
  build: announcementDraft,
};

export const conclusionSource: DocumentSource = {
  kind: 'thong-bao-ket-luan',
  list: (db, prefixes, unitId) =>
    listIn(
      db,
      'held',
      prefixes,
      unitId,
      (r) => `Thông báo kết luận hội nghị${r ? ` lần ${r}` : ''} (dự thảo)`,
    ).then((l) => l.map((x) => ({ ...x, kind: 'thong-bao-ket-luan' as const }))),
  build: conclusionDraft,
};
