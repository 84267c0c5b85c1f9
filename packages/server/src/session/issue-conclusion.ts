// Issuing the conclusion notice starts every carried-over matter's clock in ONE transaction: the
// conclusion deadline checked (or overridden with a reason), the notice numbered and frozen in
// the register, one item per matter with its due date (the profile's written-answer time after
// the notice date, counted on the working calendar) and the counting's text, each matter moved
// to follow-up, the session concluded. If any of it fails, none of it happened.
import { DomainError, type Actor, type ConcludeInput } from '@doithoai/core';
import type { Db } from '../db/open-database.js';
import { nowIso } from '../db/ids.js';
import { issueDocument } from '../document/issue-document.js';
import type { Clock } from '../shared/clock.js';
import { requireAccess } from '../shared/require-access.js';
import { storedDraft } from './draft-conclusion.js';
import { startFollowUp } from './raise-matters.js';
import { conclusionDocument, conclusionLines } from './session-documents.js';
import { applySessionMove } from './session-move.js';
import { findSession, insertConclusionItem, setSessionDocument } from './session.repository.js';
import { issuingBody } from '../shared/issuing-body.repository.js';
import { moveContext } from '../calendar/move-context.js';

export async function issueConclusion(
  { db, clock }: { db: Db; clock?: Clock },
  actor: Actor,
  id: string,
  input: ConcludeInput,
) {
  return db.kysely.transaction().execute(async (trx) => {
    const found = await findSession(trx, id);
    requireAccess(actor, 'plan.manage', found);
    const s = found!.session;
    const draft = storedDraft(s);
    if (!draft) {
      throw new DomainError('RULE_VIOLATION', {
        vi: 'Chưa có dự thảo thông báo kết luận',
        en: 'There is no draft conclusion notice yet',
      });
    }
    const ctx0 = await moveContext(trx, found!.unitPath, clock);
    if (draft.date > ctx0.today) {
      throw new DomainError('VALIDATION', undefined, [
        {
          field: 'date',
          message: {
            vi: 'Trường «date»: ngày thông báo kết luận không được sau hôm nay',
            en: "Field 'date' cannot be later than today",
          },
        },
      ]);
    }
    const ctx = { ...ctx0, conclusionDate: draft.date };
    const result = await applySessionMove(trx, actor, found!, 'conclude', ctx, {
      version: input.version,
      override: input.override,
      set: { conclusion_date: draft.date },
      detail: { date: draft.date },
    });
    const signer = ctx.profile.signers['thong-bao-ket-luan'];
    const body = await issuingBody(trx, s.unit_id, signer?.authority ?? 'party');
    if (!body)
      throw new DomainError('RULE_VIOLATION', {
        vi: 'Đơn vị chưa có cơ quan ban hành thông báo kết luận (thêm ở trang Đơn vị)',
        en: 'The unit has no body to issue the conclusion notice',
      });
    const lines = await conclusionLines(trx, s, draft, ctx.profile, ctx.calendar);
    const issued = await issueDocument(trx, {
      actorUserId: actor.userId,
      unitId: s.unit_id,
      organisationId: body.id,
      kind: 'thong-bao-ket-luan',
      draft: await conclusionDocument(trx, s, draft, lines, ctx.profile),
      subject: { type: 'session', id },
    });
    const at = nowIso();
    for (const l of lines) {
      await insertConclusionItem(trx, {
        sessionId: id,
        matterId: l.matterId,
        responsible: l.responsible,
        noticeDate: draft.date,
        due: l.due,
        at,
      });
      await startFollowUp(trx, l.matterId, actor.userId, {
        sessionId: id,
        notice: issued.numberText,
        due: l.due.date,
      });
    }
    await setSessionDocument(trx, id, 'conclusion', issued.id);
    return {
      ...result,
      numberText: issued.numberText,
      items: lines.map((l) => ({ matterId: l.matterId, dueDate: l.due.date, dueText: l.due.text })),
    };
  });
}
