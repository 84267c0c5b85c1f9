// The session's documents as content models: the public notice (Thông báo, state format, by the
// UBND) and the Party secretary's conclusion notice (Thông báo kết luận, Party format).
import {
  placeName,
  workingDaysAfter,
  type ConclusionDraftInput,
  type RegulationProfile,
  type WorkingCalendar,
} from '@doithoai/core';
import {
  buildConclusionNotice,
  buildSessionAnnouncement,
  type OfficialDocument,
} from '@doithoai/documents';
import { json, listParticipants, type SessionRow } from './session.repository.js';
import { carriedOverMatters, planDocument } from './session-document.repository.js';
import { unitName } from '../unit/unit.repository.js';
import { raisingsWithMerged } from '../opinion/opinion.repository.js';
import type { Q } from '../shared/query.js';
import { communeHeader } from '../unit/commune-header.js';
import { holderOf } from '../shared/issuing-body.repository.js';

/** "Kế hoạch số 01-KH/ĐU ngày 05/01/2026 của Ban Thường vụ Đảng ủy xã": the issued plan a session carries out. */
export async function planBasis(db: Q, s: SessionRow): Promise<string | undefined> {
  if (!s.plan_id) return undefined;
  const d = await planDocument(db, s.plan_id);
  if (!d) return undefined;
  const [y, m, day] = d.issued_on.split('-');
  return `Kế hoạch ${d.number_text.replace(/^Số:?\s*/, 'số ')} ngày ${day}/${m}/${y} của Ban Thường vụ Đảng ủy xã`;
}

export async function announcementDocument(
  db: Q,
  s: SessionRow,
  a: { noticeDate: string; submissionDeadline: string; channels: readonly string[] },
): Promise<OfficialDocument> {
  const communeName = await unitName(db, s.unit_id);
  const participants = await listParticipants(db, s.id);
  const basis = await planBasis(db, s);
  return buildSessionAnnouncement({
    format: 'state',
    header: await communeHeader(db, s.unit_id, 'state', a.noticeDate),
    number: null,
    place: placeName(communeName),
    date: a.noticeDate,
    issuerName: `Ủy ban nhân dân ${communeName.charAt(0).toLowerCase()}${communeName.slice(1)}`,
    ...(basis ? { basis } : {}),
    session: {
      round: Number(s.round ?? 1),
      year: Number((s.date ?? a.noticeDate).slice(0, 4)),
      date: s.date ?? a.noticeDate,
      startTime: s.start_time ?? '07:30',
      venue: s.venue ?? '',
      chairs: json<string[]>(s.chairs, []),
      participants: participants.map((p) =>
        p.invited === null || p.invited === undefined
          ? p.composition
          : `${p.composition} (${Number(p.invited)} người)`,
      ),
      topics: json<string[]>(s.topics, []),
    },
    submissions: { channels: a.channels, deadline: a.submissionDeadline },
    recipients: [
      'Thường trực Đảng ủy, HĐND xã (để b/c);',
      'UBMTTQ và các đoàn thể xã;',
      'Các thôn (để thông báo);',
      'Ban Văn hóa xã (đọc trên đài truyền thanh);',
      'Lưu: VT.',
    ],
    signature: {
      authority: 'TM. ỦY BAN NHÂN DÂN',
      position: 'CHỦ TỊCH',
      name: await holderOf(db, s.unit_id, 'Chủ tịch UBND'),
    },
  });
}

export interface ConclusionLine {
  matterId: string;
  content: string;
  petitionerCount: number;
  villages: string[];
  responsible: string;
  due: ReturnType<typeof workingDaysAfter>;
}

/** Every matter carried over at the session, who handles it, and its due date counted from the notice date. */
export async function conclusionLines(
  db: Q,
  s: SessionRow,
  draft: ConclusionDraftInput,
  profile: RegulationProfile,
  calendar: WorkingCalendar,
): Promise<ConclusionLine[]> {
  const items = await carriedOverMatters(db, s.id);
  const seen = new Set<string>();
  const lines: ConclusionLine[] = [];
  for (const i of items) {
    if (seen.has(i.id)) continue;
    seen.add(i.id);
    const raisings = await raisingsWithMerged(db, i.id);
    const fallback = i.full_name ? `${i.position} (đồng chí ${i.full_name})` : 'Văn phòng xã';
    lines.push({
      matterId: i.id,
      content: i.content,
      petitionerCount: Math.max(1, raisings.length),
      villages: [...new Set(raisings.map((r) => r.name).filter((n): n is string => !!n))],
      responsible: draft.responsible[i.id] || fallback,
      due: workingDaysAfter(calendar, draft.date, profile.writtenAnswerWorkingDays),
    });
  }
  return lines;
}

export async function conclusionDocument(
  db: Q,
  s: SessionRow,
  draft: ConclusionDraftInput,
  lines: readonly ConclusionLine[],
  profile: RegulationProfile,
): Promise<OfficialDocument> {
  const communeName = await unitName(db, s.unit_id);
  const minutes = json<{
    raisedCount: number;
    settledCount: number;
    attendance: { total: number };
  } | null>(s.minutes, null);
  const signer = profile.signers['thong-bao-ket-luan'] ?? {
    authority: 'party' as const,
    signingFor: 'T/M BAN THƯỜNG VỤ',
    title: 'BÍ THƯ',
  };
  return buildConclusionNotice({
    format: signer.authority,
    header: await communeHeader(db, s.unit_id, signer.authority, draft.date),
    number: null,
    place: placeName(communeName),
    date: draft.date,
    session: {
      round: Number(s.round ?? 1),
      year: Number((s.date ?? draft.date).slice(0, 4)),
      date: s.date ?? draft.date,
      venue: s.venue ?? '',
      chairs: json<string[]>(s.chairs, []),
      attendees: 'đại diện lãnh đạo các tổ chức, cán bộ, công chức và Nhân dân trên địa bàn',
      ...(minutes?.attendance.total ? { attendeeCount: minutes.attendance.total } : {}),
      raisedCount: minutes?.raisedCount ?? lines.length,
      settledCount: minutes?.settledCount ?? 0,
    },
    summary:
      draft.summary.length > 0
        ? draft.summary
        : [
            'Hội nghị diễn ra dân chủ, cởi mở; các ý kiến của Nhân dân được trả lời, tiếp thu đầy đủ.',
          ],
    matters: lines.map((l) => ({
      content: l.content,
      petitionerCount: l.petitionerCount,
      villages: l.villages,
      responsible: l.responsible,
      dueDate: l.due.date,
    })),
    responseWorkingDays: profile.writtenAnswerWorkingDays,
    recipients: draft.recipients,
    signature: {
      authority: signer.signingFor,
      position: signer.title,
      name: await holderOf(
        db,
        s.unit_id,
        signer.authority === 'party' ? 'Bí thư' : 'Chủ tịch UBND',
      ),
    },
  });
}
