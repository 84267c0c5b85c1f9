// The written answer of a matter: drafted (and redrafted) by the responsible official or the
// office, submitted, then approved or returned with a comment by the profile's answer approver
// (the chairs). Approval issues the letters and publishes the answer in the same transaction.
import {
  DomainError,
  answerStateNames,
  canAnswer,
  type AnswerAction,
  type AnswerDraftInput,
  type AnswerReviewInput,
  type AnswerState,
  type Actor,
} from '@doithoai/core';
import type { Selectable } from 'kysely';
import { recordAudit } from '../audit/audit.js';
import type { Db } from '../db/open-database.js';
import type { MatterAnswerTable } from '../db/schema.js';
import { nowIso } from '../db/ids.js';
import { todayInVietnam, type Clock } from '../shared/clock.js';
import { publishAnswer } from './answer-letters.js';
import { closeWhenAllSent } from './letters-sent.js';
import {
  noticeAnswerApproved,
  noticeAnswerReturned,
  noticeAnswerSubmitted,
} from './answer-notices.js';
import {
  followUpStates,
  insertAnswer,
  openAnswer,
  personFullName,
  personNameOf,
  readableMatter,
  requireAction,
  writableMatter,
} from './follow-up.repository.js';
import type { Q } from '../shared/query.js';
import { findAnswer, insertAnswerEvent, updateAnswer } from './answer.repository.js';
import { moveContext } from '../calendar/move-context.js';

interface Deps {
  db: Db;
  clock?: Clock;
}

function refuseMove(action: AnswerAction, state: AnswerState | undefined): never {
  throw new DomainError(
    'RULE_VIOLATION',
    state
      ? {
          vi: `Văn bản trả lời đang ở trạng thái «${answerStateNames[state].vi}»`,
          en: `The answer is ${answerStateNames[state].en.toLowerCase()}; it cannot be ${action === 'return' ? 'returned' : `${action}d`}`,
        }
      : { vi: 'Chưa có dự thảo văn bản trả lời', en: 'There is no draft answer yet' },
  );
}

async function event(
  db: Q,
  answerId: string,
  action: string,
  actorUserId: string,
  comment: string | null = null,
) {
  await insertAnswerEvent(db, { answerId, action, comment, actorUserId, at: nowIso() });
}

export const answerView = (a: Selectable<MatterAnswerTable>) => ({
  id: a.id,
  origin: a.origin,
  state: a.state as AnswerState,
  text: a.text,
  officialName: a.official_name,
  submittedAt: a.submitted_at,
  approverName: a.approver_name,
  approvedOn: a.approved_on,
  publishedAt: a.published_at,
  version: Number(a.version),
});

/** Save the draft (creating it on first save). */
export async function saveAnswer(
  { db }: Deps,
  actor: Actor,
  matterId: string,
  input: AnswerDraftInput,
) {
  return db.kysely.transaction().execute(async (trx) => {
    const f = await writableMatter(trx, actor, matterId);
    if (!(followUpStates as readonly string[]).includes(f.matter.state)) {
      throw new DomainError('RULE_VIOLATION', {
        vi: 'Vấn đề không ở giai đoạn xử lý sau đối thoại',
        en: 'The matter is not in follow-up',
      });
    }
    const at = nowIso();
    const current = await openAnswer(trx, matterId);
    if (current) {
      if (!canAnswer('save', current.state as AnswerState))
        refuseMove('save', current.state as AnswerState);
      if (input.version !== undefined && input.version !== Number(current.version))
        throw new DomainError('CONFLICT');
      await updateAnswer(trx, current.id, {
        text: input.text,
        version: Number(current.version) + 1,
        updated_at: at,
      });
    } else {
      const assignee = f.matter.assignee_person_id
        ? await personFullName(trx, f.matter.assignee_person_id)
        : null;
      const official = assignee ?? (await personNameOf(trx, actor.userId));
      await insertAnswer(trx, {
        matterId,
        unitId: f.matter.unit_id,
        origin: 'official',
        state: 'draft',
        text: input.text,
        authorUserId: actor.userId,
        officialName: official,
        at,
      });
    }
    const saved = (await openAnswer(trx, matterId))!;
    await event(trx, saved.id, 'save', actor.userId);
    return answerView(saved);
  });
}

export async function submitAnswer({ db }: Deps, actor: Actor, matterId: string) {
  return db.kysely.transaction().execute(async (trx) => {
    const f = await writableMatter(trx, actor, matterId);
    const a = await openAnswer(trx, matterId);
    if (!a || !canAnswer('submit', a.state as AnswerState))
      refuseMove('submit', a?.state as AnswerState | undefined);
    await updateAnswer(trx, a.id, {
      state: 'submitted',
      submitted_at: nowIso(),
      version: Number(a.version) + 1,
      updated_at: nowIso(),
    });
    await event(trx, a.id, 'submit', actor.userId);
    await noticeAnswerSubmitted(trx, f.matter, a.id);
    return answerView((await openAnswer(trx, matterId))!);
  });
}

export async function returnAnswer(
  { db }: Deps,
  actor: Actor,
  matterId: string,
  input: AnswerReviewInput,
) {
  return db.kysely.transaction().execute(async (trx) => {
    const f = await readableMatter(trx, actor, matterId);
    requireAction(actor, 'answer.approve', f);
    if (!input.comment) {
      throw new DomainError('VALIDATION', undefined, [
        {
          field: 'comment',
          message: {
            vi: 'Trường «comment»: cần ghi ý kiến khi trả lại',
            en: "Field 'comment': say why the answer is returned",
          },
        },
      ]);
    }
    const a = await openAnswer(trx, matterId);
    if (!a || !canAnswer('return', a.state as AnswerState))
      refuseMove('return', a?.state as AnswerState | undefined);
    await updateAnswer(trx, a.id, {
      state: 'returned',
      version: Number(a.version) + 1,
      updated_at: nowIso(),
    });
    await event(trx, a.id, 'return', actor.userId, input.comment);
    await noticeAnswerReturned(trx, f.matter, a, input.comment);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'answer.return',
      entity: 'matter_answer',
      entityId: a.id,
      unitId: f.matter.unit_id,
      detail: { matterId, comment: input.comment },
    });
    return answerView((await openAnswer(trx, matterId))!);
  });
}

/** Approve: the answer is published (text, official, approval date kept for the portal) and every petitioner gets a letter. */
export async function approveAnswer(
  { db, clock }: Deps,
  actor: Actor,
  matterId: string,
  input: AnswerReviewInput = {},
) {
  return db.kysely.transaction().execute(async (trx) => {
    const f = await readableMatter(trx, actor, matterId);
    requireAction(actor, 'answer.approve', f);
    const a = await openAnswer(trx, matterId);
    if (!a || !canAnswer('approve', a.state as AnswerState))
      refuseMove('approve', a?.state as AnswerState | undefined);
    const ctx = await moveContext(trx, f.unitPath, clock);
    const today = todayInVietnam(clock);
    const at = nowIso();
    await updateAnswer(trx, a.id, {
      state: 'approved',
      approver_user_id: actor.userId,
      approver_name: (await personNameOf(trx, actor.userId)) || ctx.profile.answerApprover.title,
      approved_on: today,
      published_at: at,
      version: Number(a.version) + 1,
      updated_at: at,
    });
    await event(trx, a.id, 'approve', actor.userId, input.comment || null);
    const published = await publishAnswer(trx, actor.userId, f.matter, a, today, ctx.profile);
    // Nobody to write to (a matter from an official's report): closed at once.
    const closed = await closeWhenAllSent(trx, actor.userId, matterId);
    await noticeAnswerApproved(trx, f.matter, a.id);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'answer.approve',
      entity: 'matter_answer',
      entityId: a.id,
      unitId: f.matter.unit_id,
      detail: { matterId, letters: published.letters.map((l) => l.numberText) },
    });
    const row = await findAnswer(trx, a.id);
    return { answer: answerView(row), matterState: closed.matterState, letters: published.letters };
  });
}
