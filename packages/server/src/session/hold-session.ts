// Closing the session: recorded as held only on or after its date (or overridden with a reason).
// Questions from the floor become matters (source "at the session") through the opinion feature;
// then, in one transaction, every question put to the session is raised and settled or carried
// over, and the minutes are frozen from the console.
import {
  buildMinutes,
  decideSessionMove,
  DomainError,
  type Actor,
  type HoldInput,
} from '@doithoai/core';
import type { Db } from '../db/open-database.js';
import { createOpinion } from '../opinion/create-opinion.js';
import type { Clock } from '../shared/clock.js';
import { requireAccess } from '../shared/require-access.js';
import { recordOutcome } from './raise-matters.js';
import { applySessionMove, checkOverrideAllowed, facts } from './session-move.js';
import {
  findSession,
  hasRaisingAtSession,
  linkAgendaItem,
  json,
  listAgenda,
  listParticipants,
} from './session.repository.js';
import { moveContext } from '../calendar/move-context.js';

export async function holdSession(
  { db, clock }: { db: Db; clock?: Clock },
  actor: Actor,
  id: string,
  input: HoldInput,
) {
  const first = await findSession(db.kysely, id);
  requireAccess(actor, 'plan.manage', first);
  // Refuse early, before any matter is created for a session that cannot be closed yet.
  await db.kysely.transaction().execute(async (trx) => {
    checkOverrideAllowed(actor, first!.unitPath, input.override);
    decideSessionMove(
      'hold',
      facts(first!.session),
      await moveContext(trx, first!.unitPath, clock),
      input.override,
    );
  });
  const floor = (await listAgenda(db.kysely, id)).filter(
    (i) => i.fromFloor && !i.matterId && i.outcome && i.question.trim(),
  );
  for (const item of floor) {
    const matter = await createOpinion({ db }, actor, first!.session.unit_id, {
      content: item.question,
      source: 'at-session',
      villageId: item.speakerVillageId,
      petitioner: item.speakerName
        ? {
            fullName: item.speakerName,
            villageId: item.speakerVillageId,
            phone: null,
            email: null,
            consents: [],
          }
        : null,
    });
    await linkAgendaItem(db.kysely, item.id, matter.id);
  }
  // A question from the floor linked to a matter on file: its speaker joins that matter's
  // petitioners (answered with the others), once however often the hold is tried.
  const linked = (await listAgenda(db.kysely, id)).filter(
    (i) => i.fromFloor && i.matterId && i.outcome && i.speakerName?.trim(),
  );
  for (const item of linked) {
    if (await hasRaisingAtSession(db.kysely, item.matterId!, item.speakerName!.trim())) continue;
    try {
      await createOpinion({ db }, actor, first!.session.unit_id, {
        content: item.question,
        source: 'at-session',
        villageId: item.speakerVillageId,
        joinMatterId: item.matterId,
        petitioner: {
          fullName: item.speakerName!.trim(),
          villageId: item.speakerVillageId,
          phone: null,
          email: null,
          consents: [],
        },
      });
    } catch (e) {
      // A matter already past preparation takes no more raisings; the minutes still name the speaker.
      if (!(e instanceof DomainError && e.code === 'RULE_VIOLATION')) throw e;
    }
  }
  return db.kysely.transaction().execute(async (trx) => {
    const found = await findSession(trx, id);
    const ctx = await moveContext(trx, found!.unitPath, clock);
    const items = await listAgenda(trx, id);
    for (const i of items) {
      if (i.outcome && i.matterId)
        await recordOutcome(trx, i.matterId, i.outcome, i.answer, actor.userId, id);
    }
    const participants = await listParticipants(trx, id);
    const s = found!.session;
    const minutes = buildMinutes({
      date: s.date ?? ctx.today,
      startTime: s.start_time,
      venue: s.venue,
      chairs: json<string[]>(s.chairs, []),
      attendance: {
        total: Number(s.attendance_total ?? participants.reduce((n, p) => n + (p.present ?? 0), 0)),
        groups: participants
          .filter((p) => p.present !== null)
          .map((p) => ({ composition: p.composition, present: p.present! })),
      },
      items,
    });
    return applySessionMove(trx, actor, found!, 'hold', ctx, {
      version: input.version,
      override: input.override,
      set: {
        held_on: s.date && s.date <= ctx.today ? s.date : ctx.today,
        minutes: JSON.stringify(minutes),
      },
      detail: {
        raised: minutes.raisedCount,
        settled: minutes.settledCount,
        carriedOver: minutes.carriedOverCount,
      },
    });
  });
}
