// After approval each petitioner's letter is issued (numbered) but not yet in their hands. The
// office records how and when each went out (post, by hand, through the village, email …); once
// every petitioner's letter has gone, the answer is 'sent' and the matter 'closed'.
import {
  DomainError,
  letterChannelNames,
  type Actor,
  type LettersSentInput,
  type MatterState,
} from '@doithoai/core';
import type { Transaction } from 'kysely';
import { recordAudit } from '../audit/audit.js';
import type { Db } from '../db/open-database.js';
import type { Database } from '../db/schema.js';
import { nowIso } from '../db/ids.js';
import { recordStateChange } from '../opinion/opinion.repository.js';
import { todayInVietnam, type Clock } from '../shared/clock.js';
import { petitionersOf, readableMatter, requireAction } from './follow-up.repository.js';
import {
  approvedAnswerOf,
  closeRespondedMatter,
  lettersToSend,
  markLettersSent,
  matterStateOf,
  petitionersWithLetters,
  updateAnswer,
} from './answer.repository.js';

const dmy = (d: string) => d.split('-').reverse().join('/');

/** Closes the matter (and marks its approved answer sent) when every petitioner's letter has gone out. */
export async function closeWhenAllSent(
  trx: Transaction<Database>,
  actorUserId: string,
  matterId: string,
): Promise<{ matterState: MatterState; allSent: boolean }> {
  const m = await matterStateOf(trx, matterId);
  const petitioners = await petitionersOf(trx, matterId);
  const sent = await petitionersWithLetters(trx, matterId, { sent: true });
  const allSent = petitioners.every((p) => sent.has(p.id));
  if (!allSent || m.state !== 'responded') return { matterState: m.state as MatterState, allSent };
  const answer = await approvedAnswerOf(trx, matterId);
  const at = nowIso();
  // Guarded on the state read: of two clerks recording the last letters at once, one closes it.
  if (!(await closeRespondedMatter(trx, matterId, Number(m.version), at)))
    return { matterState: 'closed', allSent };
  if (answer)
    await updateAnswer(trx, answer.id, {
      state: 'sent',
      version: Number(answer.version) + 1,
      updated_at: at,
    });
  await recordStateChange(trx, {
    matterId,
    from: 'responded',
    to: 'closed',
    actorUserId,
    detail: { answerId: answer?.id ?? null, reason: 'every petitioner answered' },
  });
  return { matterState: 'closed', allSent };
}

export async function recordLettersSent(
  { db, clock }: { db: Db; clock?: Clock },
  actor: Actor,
  matterId: string,
  input: LettersSentInput,
) {
  return db.kysely.transaction().execute(async (trx) => {
    const f = await readableMatter(trx, actor, matterId);
    requireAction(actor, 'followup.manage', f);
    const today = todayInVietnam(clock);
    const sentOn = input.sentOn ?? today;
    if (sentOn > today) {
      throw new DomainError('VALIDATION', undefined, [
        {
          field: 'sentOn',
          message: {
            vi: `Trường «sentOn»: ngày gửi không được sau hôm nay (${dmy(today)})`,
            en: `Field 'sentOn': the sending date cannot be after today (${dmy(today)})`,
          },
        },
      ]);
    }
    const unsent = await lettersToSend(trx, matterId);
    const wanted = input.petitionerIds ? new Set(input.petitionerIds) : null;
    if (wanted) {
      const known = new Set(unsent.map((l) => l.petitioner_id));
      const unknown = [...wanted].filter((id) => !known.has(id));
      if (unknown.length) {
        throw new DomainError('VALIDATION', undefined, [
          {
            field: 'petitionerIds',
            message: {
              vi: 'Trường «petitionerIds»: có người chưa có văn bản trả lời hoặc văn bản đã được gửi',
              en: "Field 'petitionerIds': someone has no letter yet or theirs was already sent",
            },
          },
        ]);
      }
    }
    const chosen = unsent.filter((l) => !wanted || wanted.has(l.petitioner_id));
    if (!chosen.length)
      throw new DomainError('RULE_VIOLATION', {
        vi: 'Không còn văn bản trả lời nào chờ gửi',
        en: 'No answer letter is waiting to be sent',
      });
    const issued = chosen
      .map((l) => String(l.issued_on))
      .sort()
      .at(-1)!;
    if (sentOn < issued) {
      throw new DomainError('VALIDATION', undefined, [
        {
          field: 'sentOn',
          message: {
            vi: `Trường «sentOn»: ngày gửi không được trước ngày ban hành văn bản (${dmy(issued)})`,
            en: `Field 'sentOn': the sending date cannot be before the letter was issued (${dmy(issued)})`,
          },
        },
      ]);
    }
    await markLettersSent(
      trx,
      chosen.map((l) => l.id),
      { on: sentOn, channel: input.channel, by: actor.userId },
    );
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'answer.letters-sent',
      entity: 'matter',
      entityId: matterId,
      unitId: f.matter.unit_id,
      detail: {
        petitionerIds: chosen.map((l) => l.petitioner_id),
        channel: input.channel,
        channelName: letterChannelNames[input.channel].vi,
        sentOn,
      },
    });
    const closed = await closeWhenAllSent(trx, actor.userId, matterId);
    return {
      sent: chosen.length,
      sentOn,
      channel: input.channel,
      matterState: closed.matterState,
      allSent: closed.allSent,
    };
  });
}
