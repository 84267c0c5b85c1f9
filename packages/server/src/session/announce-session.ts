// Publishing the notice: at least noticeLeadDays before the session (or overridden with a reason),
// the Thông báo issued by the UBND from the register, and the short text for the loudspeaker and
// Zalo/fanpage kept beside it — all in one transaction.
import {
  DomainError,
  placeName,
  shortNoticeText,
  type Actor,
  type AnnounceInput,
} from '@doithoai/core';
import type { Db } from '../db/open-database.js';
import { issueDocument } from '../document/issue-document.js';
import type { Clock } from '../shared/clock.js';
import { requireAccess } from '../shared/require-access.js';
import { announcementDocument } from './session-documents.js';
import { applySessionMove } from './session-move.js';
import { findSession, json, setSessionDocument } from './session.repository.js';
import { issuingBody } from '../shared/issuing-body.repository.js';
import { moveContext } from '../calendar/move-context.js';

export async function announceSession(
  { db, clock }: { db: Db; clock?: Clock },
  actor: Actor,
  id: string,
  input: AnnounceInput,
) {
  return db.kysely.transaction().execute(async (trx) => {
    const found = await findSession(trx, id);
    requireAccess(actor, 'plan.manage', found);
    const ctx = await moveContext(trx, found!.unitPath, clock, { noticeDate: input.noticeDate });
    if (input.noticeDate > ctx.today) {
      throw new DomainError('VALIDATION', undefined, [
        {
          field: 'noticeDate',
          message: {
            vi: 'Trường «noticeDate»: ngày phát hành không được sau hôm nay',
            en: "Field 'noticeDate' cannot be later than today",
          },
        },
      ]);
    }
    const s = found!.session;
    const body = await issuingBody(trx, s.unit_id, 'state');
    if (!body)
      throw new DomainError('RULE_VIOLATION', {
        vi: 'Đơn vị chưa có UBND để ban hành thông báo (thêm ở trang Đơn vị)',
        en: 'The unit has no UBND to issue the notice',
      });
    const short = shortNoticeText({
      place: placeName(found!.unitName),
      round: s.round === null ? null : Number(s.round),
      year: Number((s.date ?? input.noticeDate).slice(0, 4)),
      date: s.date ?? input.noticeDate,
      startTime: s.start_time ?? '07:30',
      venue: s.venue ?? '',
      chairs: json<string[]>(s.chairs, []),
      submissionDeadline: input.submissionDeadline,
      channels: input.channels,
    });
    // The move first: a refused notice takes no number from the register.
    const result = await applySessionMove(trx, actor, found!, 'announce', ctx, {
      version: input.version,
      override: input.override,
      set: {
        notice_date: input.noticeDate,
        submission_deadline: input.submissionDeadline,
        channels: JSON.stringify(input.channels),
        short_notice: short,
      },
      detail: { noticeDate: input.noticeDate },
    });
    const issued = await issueDocument(trx, {
      actorUserId: actor.userId,
      unitId: s.unit_id,
      organisationId: body.id,
      kind: 'thong-bao',
      draft: await announcementDocument(trx, s, input),
      subject: { type: 'session', id },
    });
    await setSessionDocument(trx, id, 'notice', issued.id);
    return { ...result, numberText: issued.numberText, shortNotice: short };
  });
}
