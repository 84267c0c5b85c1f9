// Scheduling a session: its date (within its round's held-by date, or overridden with a reason),
// time, venue, chairs, who is invited by composition and the cap, its topics; the assigned
// matters go on its agenda. Rescheduling is allowed until the notice is out.
import { DomainError, participantOf, type Actor, type ScheduleInput } from '@doithoai/core';
import type { Db } from '../db/open-database.js';
import { todayInVietnam, type Clock } from '../shared/clock.js';
import { requireAccess } from '../shared/require-access.js';
import { seedAgenda } from './seed-agenda.js';
import { applySessionMove } from './session-move.js';
import { findSession } from './session.repository.js';
import { replaceParticipants } from './agenda.repository.js';
import { moveContext } from '../calendar/move-context.js';

export async function scheduleSession(
  { db, clock }: { db: Db; clock?: Clock },
  actor: Actor,
  id: string,
  input: ScheduleInput,
) {
  return db.kysely.transaction().execute(async (trx) => {
    const found = await findSession(trx, id);
    requireAccess(actor, 'plan.manage', found);
    const participants = input.participants.map(participantOf);
    const invited = participants.reduce((n, p) => n + (p.invited ?? 0), 0);
    if (input.attendanceCap && invited > input.attendanceCap) {
      throw new DomainError('VALIDATION', undefined, [
        {
          field: 'participants',
          message: {
            vi: `Trường «participants»: tổng số người được mời (${invited}) vượt số người tối đa của hội nghị (${input.attendanceCap})`,
            en: `Field 'participants': ${invited} invited is more than the session's cap of ${input.attendanceCap}`,
          },
        },
      ]);
    }
    const ctx = await moveContext(trx, found!.unitPath, clock, { newDate: input.date });
    const result = await applySessionMove(trx, actor, found!, 'schedule', ctx, {
      version: input.version,
      override: input.override,
      set: {
        date: input.date,
        start_time: input.startTime,
        venue: input.venue,
        chairs: JSON.stringify(input.chairs),
        topics: JSON.stringify(input.topics),
        attendance_cap: input.attendanceCap ?? null,
        scheduled_on: todayInVietnam(clock),
      },
      detail: { date: input.date },
    });
    await replaceParticipants(trx, id, participants);
    await seedAgenda(trx, id, found!.session.unit_id, actor.userId);
    return result;
  });
}
