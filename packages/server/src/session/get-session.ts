// One session as the timeline and console pages need it: its facts, what the caller may do, the
// next moves, the timeline with each deadline's counting, participants and attendance, the agenda
// in speaking order, registrations, minutes, the conclusion items and every override.
import {
  abilities,
  actionsFrom,
  can,
  maskPetitionerName,
  sessionTimeline,
  type Action,
  type Actor,
  type MinutesModel,
  type TimelineStep,
} from '@doithoai/core';
import type { Db } from '../db/open-database.js';
import type { Clock } from '../shared/clock.js';
import { findUnit } from '../unit/unit.repository.js';
import { requireAccess } from '../shared/require-access.js';
import {
  conclusionItemsSummary,
  findSession,
  json,
  listAgenda,
  listConclusionItems,
  listHistory,
  listOverrides,
  listParticipants,
  listRegistrations,
  listSessions,
  sessionSummary,
} from './session.repository.js';
import { answeredStates } from './close-session.js';
import { COUNT_CAP } from '../opinion/opinion-search.repository.js';
import { moveContext } from '../calendar/move-context.js';

/** A session page shows at most this many conclusion items; the opinion list (round filter) holds them all. */
export const CONCLUSION_ITEMS_SHOWN = 200;

const sessionAbilities: Action[] = ['plan.manage', 'session.override'];
const stepOfAction: Record<string, TimelineStep> = {
  schedule: 'scheduled',
  announce: 'announced',
  hold: 'held',
  conclude: 'concluded',
  close: 'answered',
};

export async function getSession(
  { db, clock }: { db: Db; clock?: Clock },
  actor: Actor,
  id: string,
) {
  return db.kysely.transaction().execute(async (trx) => {
    const found = await findSession(trx, id);
    requireAccess(actor, 'plan.read', found);
    const s = found!.session;
    const ctx = await moveContext(trx, found!.unitPath, clock);
    const [agenda, participants, registrations, overrides, conclusionItems, items, history] =
      await Promise.all([
        listAgenda(trx, id),
        listParticipants(trx, id),
        listRegistrations(trx, id),
        listOverrides(trx, id),
        listConclusionItems(trx, id, CONCLUSION_ITEMS_SHOWN),
        conclusionItemsSummary(trx, id, answeredStates, COUNT_CAP),
        listHistory(trx, id),
      ]);
    const lastDue = items.lastDue?.date ?? null;
    const allAnswered = items.allAnswered;
    const timeline = sessionTimeline(
      {
        heldBy: s.held_by,
        date: s.date,
        scheduledOn: s.scheduled_on,
        noticeDate: s.notice_date,
        heldOn: s.held_on,
        conclusionDate: s.conclusion_date,
        answersDue: lastDue,
        answersDeadline: null,
        answersDone: allAnswered ? (s.closed_on ?? ctx.today) : null,
        overrides: overrides.map((o) => ({
          step: stepOfAction[o.action] ?? 'scheduled',
          reason: o.reason,
        })),
      },
      ctx.profile,
      ctx.calendar,
      ctx.today,
    );
    // Every item counts from the same notice date: its counting explains the whole step.
    if (items.lastDue) timeline[4] = { ...timeline[4]!, basis: items.lastDue.text };
    return {
      ...sessionSummary(s),
      unitName: found!.unitName,
      profile: {
        code: ctx.profile.code,
        noticeLeadDays: ctx.profile.noticeLeadDays,
        conclusionNoticeDays: ctx.profile.conclusionNoticeDays,
        writtenAnswerWorkingDays: ctx.profile.writtenAnswerWorkingDays,
      },
      today: ctx.today,
      can: abilities(actor, { unitPath: found!.unitPath }, sessionAbilities),
      next: actionsFrom(s.state as never),
      timeline,
      participants,
      overrides,
      conclusionItems,
      history,
      /** How many conclusion items in all (up to COUNT_CAP; `conclusionItemsCapped`: more): `conclusionItems` holds the first CONCLUSION_ITEMS_SHOWN. */
      conclusionItemCount: Math.min(items.count, COUNT_CAP),
      conclusionItemsCapped: items.countCapped,
      // Who asks is personal data: names in full only to those who handle petitions (office,
      // chairs), masked for the others who may read the session ("Bà N.T.H., thôn Khe Bá").
      ...speakersAsAllowed(
        can(actor, 'opinion.personal', { unitPath: found!.unitPath }),
        agenda,
        registrations,
      ),
      minutes: json<MinutesModel | null>(s.minutes, null),
    };
  });
}

export async function getUnitSessions({ db }: { db: Db }, actor: Actor, unitId: string) {
  const unit = await findUnit(db.kysely, unitId);
  requireAccess(actor, 'plan.read', unit && { unitPath: unit.path });
  return {
    sessions: await listSessions(db.kysely, unitId),
    can: abilities(actor, { unitPath: unit!.path }, sessionAbilities),
  };
}

function speakersAsAllowed<
  A extends { speakerName: string | null; speakerVillage: string | null; speakerFrom: string },
  R extends { fullName: string; villageName: string | null },
>(personal: boolean, agenda: A[], registrations: R[]) {
  if (personal) return { agenda, registrations };
  return {
    agenda: agenda.map((i) =>
      i.speakerName && i.speakerFrom !== 'group'
        ? { ...i, speakerName: maskPetitionerName(i.speakerName, i.speakerVillage) }
        : i,
    ),
    registrations: registrations.map((r) => ({
      ...r,
      fullName: maskPetitionerName(r.fullName, r.villageName),
    })),
  };
}
