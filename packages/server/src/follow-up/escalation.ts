// Escalation of a matter beyond the commune's authority: the competent higher body and the
// proposal, a 'de-nghi-cap-tren' letter issued when it is sent, its own clock (the profile's
// written-answer working days from sending, with the counting's text), acknowledged, then the
// higher level's answer recorded and passed on as the matter's answer (submitted for approval,
// so it goes out as letters like any other). A complex matter's due date is extended with a
// reason; every extension is kept.
import {
  DomainError,
  canMove,
  finishedAnswerStates,
  placeName,
  workingDaysAfter,
  type AcknowledgeInput,
  type Actor,
  type EscalateInput,
  type EscalationAnswerInput,
  type ExtendInput,
  type MatterState,
} from '@doithoai/core';
import { buildEscalation } from '@doithoai/documents';
import { recordAudit } from '../audit/audit.js';
import type { Db } from '../db/open-database.js';
import { newId, nowIso } from '../db/ids.js';
import { issueDocument } from '../document/issue-document.js';
import { moveMatterState } from '../opinion/opinion.repository.js';
import { todayInVietnam, type Clock } from '../shared/clock.js';
import { issueTimelineNotice } from './timeline-notice.js';
import { noticeDueExtended, noticeEscalated } from './answer-notices.js';
import {
  conclusionItemOf,
  currentDues,
  petitionersOf,
  readableMatter,
  requireAction,
} from './follow-up.repository.js';
import type { Q } from '../shared/query.js';
import { personWithPosition, unitName } from '../unit/unit.repository.js';
import {
  agendaSize,
  answerInProgress,
  insertDueExtension,
  insertEscalation,
  markEscalationAcknowledged,
  openEscalation,
  recordHigherLevelAnswer,
} from './escalation.repository.js';
import { communeHeader } from '../unit/commune-header.js';
import { holderOf, issuingBody } from '../shared/issuing-body.repository.js';
import { moveContext } from '../calendar/move-context.js';

interface Deps {
  db: Db;
  clock?: Clock;
}

async function moveMatter(
  db: Q,
  m: { id: string; state: string; version: number },
  to: MatterState,
  actorUserId: string,
  reason: string,
  detail: Record<string, unknown>,
) {
  const from = m.state as MatterState;
  if (!canMove(from, to))
    throw new DomainError('RULE_VIOLATION', {
      vi: `Không chuyển được vấn đề từ «${from}» sang «${to}»`,
      en: `The matter cannot move from ${from} to ${to}`,
    });
  await moveMatterState(db, m, { from, to, actorUserId, reason, detail });
}

export async function escalateMatter(
  { db, clock }: Deps,
  actor: Actor,
  matterId: string,
  input: EscalateInput,
) {
  return db.kysely.transaction().execute(async (trx) => {
    const f = await readableMatter(trx, actor, matterId);
    requireAction(actor, 'followup.manage', f);
    const m = f.matter;
    const ctx = await moveContext(trx, f.unitPath, clock);
    const today = todayInVietnam(clock);
    const due = workingDaysAfter(ctx.calendar, today, ctx.profile.writtenAnswerWorkingDays);
    const body = await issuingBody(trx, m.unit_id, 'state');
    if (!body)
      throw new DomainError('RULE_VIOLATION', {
        vi: 'Đơn vị chưa có UBND để ban hành văn bản đề nghị',
        en: "The unit has no People's Committee to issue the proposal",
      });
    await moveMatter(trx, m, 'escalated', actor.userId, input.proposal, {
      competentBody: input.competentBody,
    });
    const name = await unitName(trx, m.unit_id);
    const item = await conclusionItemOf(trx, matterId);
    const raised = item ? await agendaSize(trx, item.session_id) : 1;
    const petitioners = await petitionersOf(trx, matterId);
    const villages = [
      ...new Set(petitioners.map((p) => p.villageName).filter((v): v is string => !!v)),
    ];
    const signer = ctx.profile.signers['de-nghi-cap-tren'] ?? {
      signingFor: 'TM. ỦY BAN NHÂN DÂN',
      title: 'CHỦ TỊCH',
    };
    const draft = buildEscalation({
      header: await communeHeader(trx, m.unit_id, 'state', today),
      number: null,
      place: placeName(name),
      date: today,
      issuerName: `Ủy ban nhân dân ${name.charAt(0).toLowerCase()}${name.slice(1)}`,
      addressees: [input.competentBody],
      session: {
        round: Number(item?.round ?? 1),
        year: Number((item?.session_date ?? today).slice(0, 4)),
        date: item?.session_date ?? today,
        raisedCount: Math.max(1, raised),
      },
      matters: [
        {
          content: m.content,
          petitionerCount: Math.max(1, petitioners.length),
          villages,
          competentBody: input.competentBody,
          communeView: input.proposal,
        },
      ],
      signature: {
        authority: signer.signingFor,
        position: signer.title,
        name: await holderOf(trx, m.unit_id, 'Chủ tịch UBND'),
      },
    });
    const issued = await issueDocument(trx, {
      actorUserId: actor.userId,
      unitId: m.unit_id,
      organisationId: body.id,
      kind: 'de-nghi-cap-tren',
      draft,
      subject: { type: 'matter', id: matterId },
    });
    const id = newId();
    const at = nowIso();
    await insertEscalation(trx, {
      id,
      matter_id: matterId,
      unit_id: m.unit_id,
      competent_body: input.competentBody,
      proposal: input.proposal,
      state: 'sent',
      sent_on: today,
      due_date: due.date,
      due_text_vi: due.text.vi,
      due_text_en: due.text.en,
      document_id: issued.id,
      acknowledged_on: null,
      answered_on: null,
      answer_text: null,
      created_by: actor.userId,
      created_at: at,
      updated_at: at,
    });
    await noticeEscalated(trx, m, id, input.competentBody);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'matter.escalate',
      entity: 'escalation',
      entityId: id,
      unitId: m.unit_id,
      detail: { matterId, competentBody: input.competentBody, number: issued.numberText },
    });
    return {
      id,
      state: 'sent' as const,
      numberText: issued.numberText,
      documentId: issued.id,
      due: { date: due.date, text: due.text },
    };
  });
}

export async function acknowledgeEscalation(
  { db, clock }: Deps,
  actor: Actor,
  matterId: string,
  input: AcknowledgeInput,
) {
  return db.kysely.transaction().execute(async (trx) => {
    const f = await readableMatter(trx, actor, matterId);
    requireAction(actor, 'followup.manage', f);
    const e = await openEscalation(trx, matterId);
    if (!e || e.state !== 'sent')
      throw new DomainError('RULE_VIOLATION', {
        vi: 'Không có đề nghị đang chờ cấp trên tiếp nhận',
        en: 'No escalation is waiting to be acknowledged',
      });
    const on = input.on ?? todayInVietnam(clock);
    await markEscalationAcknowledged(trx, e.id, on);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'escalation.acknowledge',
      entity: 'escalation',
      entityId: e.id,
      unitId: f.matter.unit_id,
      detail: { matterId, on },
    });
    return { id: e.id, state: 'acknowledged' as const, acknowledgedOn: on };
  });
}

/** The higher level's answer: recorded on the escalation and passed on as the matter's answer, awaiting approval. */
export async function answerEscalation(
  { db, clock }: Deps,
  actor: Actor,
  matterId: string,
  input: EscalationAnswerInput,
) {
  return db.kysely.transaction().execute(async (trx) => {
    const f = await readableMatter(trx, actor, matterId);
    requireAction(actor, 'followup.manage', f);
    const e = await openEscalation(trx, matterId);
    if (!e)
      throw new DomainError('RULE_VIOLATION', {
        vi: 'Không có đề nghị cấp trên đang chờ trả lời',
        en: 'No escalation is waiting for an answer',
      });
    // Only an answer still being worked on blocks (draft, submitted, returned); an approved or sent one is history.
    if (await answerInProgress(trx, matterId, finishedAnswerStates)) {
      throw new DomainError('RULE_VIOLATION', {
        vi: 'Vấn đề đã có dự thảo trả lời đang xử lý: hoàn tất hoặc bỏ dự thảo trước khi ghi nhận trả lời của cấp trên',
        en: "The matter already has an answer in progress: finish or discard it before recording the higher level's answer",
      });
    }
    const on = input.answeredOn ?? todayInVietnam(clock);
    const at = nowIso();
    const answerId = await recordHigherLevelAnswer(
      trx,
      { id: e.id, competentBody: e.competent_body },
      { matterId, unitId: f.matter.unit_id, text: input.text, authorUserId: actor.userId },
      on,
      at,
    );
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'escalation.answer',
      entity: 'escalation',
      entityId: e.id,
      unitId: f.matter.unit_id,
      detail: { matterId, on },
    });
    return { id: e.id, state: 'answered' as const, answeredOn: on, answerId };
  });
}

/** A complex matter: a later due date with the reason; the matter moves to 'complex' the first time. */
/** Extends the due date; the petitioners get a timeline notice (who is responsible, by when, why). */
export async function extendDue(
  { db, clock }: Deps,
  actor: Actor,
  matterId: string,
  input: ExtendInput,
) {
  return db.kysely.transaction().execute(async (trx) => {
    const f = await readableMatter(trx, actor, matterId);
    requireAction(actor, 'followup.manage', f);
    const m = f.matter;
    if (m.state !== 'complex' && m.state !== 'in-follow-up') {
      throw new DomainError('RULE_VIOLATION', {
        vi: 'Chỉ gia hạn được vấn đề đang xử lý sau đối thoại',
        en: 'Only a matter in follow-up can be extended',
      });
    }
    const current = (await currentDues(trx, [matterId])).get(matterId);
    if (!current)
      throw new DomainError('RULE_VIOLATION', {
        vi: 'Vấn đề chưa có thời hạn trả lời',
        en: 'The matter has no due date',
      });
    if (input.dueDate <= current.date) {
      throw new DomainError('VALIDATION', undefined, [
        {
          field: 'dueDate',
          message: {
            vi: 'Trường «dueDate»: hạn mới phải sau hạn hiện tại',
            en: "Field 'dueDate' must be later than the current due date",
          },
        },
      ]);
    }
    if (m.state === 'in-follow-up')
      await moveMatter(trx, m, 'complex', actor.userId, input.reason, {
        dueDate: input.dueDate,
        previousDue: current.date,
      });
    const id = newId();
    const assignee = m.assignee_person_id
      ? await personWithPosition(trx, m.assignee_person_id)
      : undefined;
    const responsible =
      input.responsible ||
      (assignee
        ? `${assignee.full_name}, ${assignee.position}`
        : (await conclusionItemOf(trx, matterId))?.responsible) ||
      'Văn phòng HĐND và UBND xã';
    const ctx = await moveContext(trx, f.unitPath, clock);
    const notice = await issueTimelineNotice(
      trx,
      actor.userId,
      m,
      {
        responsible,
        dueDate: input.dueDate,
        previousDue: current.date,
        reason: input.reason,
        date: todayInVietnam(clock),
      },
      ctx.profile,
    );
    await insertDueExtension(trx, {
      id,
      matter_id: matterId,
      previous_due: current.date,
      due_date: input.dueDate,
      reason: input.reason,
      actor_user_id: actor.userId,
      at: nowIso(),
      notice_document_id: notice.documentId,
    });
    await noticeDueExtended(trx, m, id, input.dueDate, responsible);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'matter.extend',
      entity: 'matter',
      entityId: matterId,
      unitId: m.unit_id,
      detail: {
        from: current.date,
        to: input.dueDate,
        reason: input.reason,
        responsible,
        notice: notice.numberText,
      },
    });
    return {
      id,
      previousDue: current.date,
      dueDate: input.dueDate,
      reason: input.reason,
      responsible,
      notice,
    };
  });
}
