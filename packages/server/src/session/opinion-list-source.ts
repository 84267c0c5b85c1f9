// The list of opinions (danh sách tổng hợp ý kiến) compiled for a session as a renderable draft
// (document/sources): the matters put on its agenda before the session (not the questions from the
// floor), grouped by field, with how many people raised each and from which villages, the official
// responsible and the prepared answer. Listed once the session is scheduled.
import { isOpinionField, opinionFieldNames, opinionFields, placeName } from '@doithoai/core';
import { buildOpinionList, type OpinionListMatter } from '@doithoai/documents';
import type { DocumentSource } from '../document/document-source.js';
import type { Db } from '../db/open-database.js';
import { todayInVietnam } from '../shared/clock.js';
import { listSessionsIn, officialLine } from './minutes-source.js';
import { findSession, preparedAgendaMatters } from './session.repository.js';
import { raisingsWithMerged } from '../opinion/opinion.repository.js';
import { communeHeader } from '../unit/commune-header.js';
import { holderOf } from '../shared/issuing-body.repository.js';

const fieldName = (field: string | null) =>
  field && isOpinionField(field) ? opinionFieldNames[field].vi : field || 'Khác';
const fieldOrder = (field: string | null) => {
  const i = field && isOpinionField(field) ? opinionFields.indexOf(field) : -1;
  return i < 0 ? opinionFields.length : i;
};

export async function opinionListDraft(db: Db, id: string) {
  const found = await findSession(db.kysely, id);
  if (!found) return undefined;
  const s = found.session;
  const k = db.kysely;
  const rows = await preparedAgendaMatters(k, id);
  const seen = new Set<string>();
  const matters: (OpinionListMatter & { order: number })[] = [];
  for (const r of rows) {
    if (seen.has(r.id)) continue;
    seen.add(r.id);
    const raisings = await raisingsWithMerged(k, r.id);
    const villages = [
      ...new Set([...raisings.map((x) => x.name), r.village].filter((n): n is string => !!n)),
    ];
    matters.push({
      order: fieldOrder(r.field),
      field: fieldName(r.field),
      content: r.content,
      petitionerCount: Math.max(1, raisings.length),
      villages,
      responsible: r.full_name ? officialLine(r.full_name, r.position) : 'Văn phòng xã',
      ...(r.answer ? { preparedAnswer: r.answer } : {}),
    });
  }
  // Fields in the profile's order; within a field, the agenda's order (the sort is stable).
  matters.sort((a, b) => a.order - b.order);
  const today = todayInVietnam();
  const date = s.notice_date ?? (s.date && s.date < today ? s.date : today);
  const document = buildOpinionList({
    format: 'state',
    header: await communeHeader(k, s.unit_id, 'state', date),
    number: null,
    place: placeName(found.unitName),
    date,
    issuerName: `Ủy ban nhân dân ${found.unitName.charAt(0).toLowerCase()}${found.unitName.slice(1)}`,
    session: {
      round: Number(s.round ?? 1),
      year: Number((s.date ?? date).slice(0, 4)),
      date: s.date ?? date,
    },
    gatheredFrom: 'Ủy ban MTTQ xã, các thôn và trang Đối Thoại',
    matters: matters.map(({ order: _order, ...m }) => m),
    recipients: [
      'Thường trực Đảng ủy, HĐND xã (để b/c);',
      'UBMTTQ xã;',
      'Các công chức được giao trả lời;',
      'Lưu: VT.',
    ],
    signature: {
      authority: 'TM. ỦY BAN NHÂN DÂN',
      position: 'CHỦ TỊCH',
      name: await holderOf(k, s.unit_id, 'Chủ tịch UBND'),
    },
  });
  return { unitPath: found.unitPath, document };
}

export const opinionListSource: DocumentSource = {
  kind: 'danh-sach-y-kien',
  list: (db, prefixes, unitId) =>
    listSessionsIn(
      db,
      'danh-sach-y-kien',
      ['scheduled', 'announced', 'held', 'concluded', 'closed'],
      prefixes,
      unitId,
      (r) => `Danh sách tổng hợp ý kiến hội nghị đối thoại${r ? ` lần ${r}` : ''} (dự thảo)`,
    ),
  build: opinionListDraft,
};
