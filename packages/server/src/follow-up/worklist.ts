// The follow-up worklist of a unit: every matter still owing an answer (in follow-up, complex,
// escalated, or answered with letters still to send), with the due date in force and how it was computed, its urgency (the profile's
// reminder stage on the working calendar), the responsible official and the answer's state.
// An official sees their own assignments; those with 'opinion.read' see all, filterable by
// official, field and session. No contact data here: see getFollowUp (petitioners as core's
// petitionerView allows: full, masked or hidden).
import {
  abilities,
  can,
  maskPetitionerName,
  notFound,
  petitionerView,
  reminderStage,
  urgencyOf,
  type Action,
  type Actor,
  type FollowUpFilter,
  type Urgency,
} from '@doithoai/core';
import { recordAudit } from '../audit/audit.js';
import type { Db } from '../db/open-database.js';
import { petitionerFacts } from '../opinion/opinion-access.js';
import { opinionScope } from '../opinion/opinion-scope.js';
import { todayInVietnam, type Clock } from '../shared/clock.js';
import { answerView } from './answer.js';
import { filledTemplates } from './answer-templates.js';
import {
  answerEventsOf,
  answersOf,
  conclusionItemOf,
  currentDues,
  escalationsOf,
  extensionsOf,
  lettersOf,
  personFullName,
  petitionersOf,
  readableMatter,
  staffOf,
  worklistChoices,
} from './follow-up.repository.js';
import { answerStates, unsentLetters, worklistPage, worklistRows } from './worklist.repository.js';
import { moveContext } from '../calendar/move-context.js';
import { unitPathOf } from '../unit/unit.repository.js';

interface Deps {
  db: Db;
  clock?: Clock;
}

/** Rows per page of the worklist when the caller does not say (at most 100). */
export const WORKLIST_PAGE = 50;

export async function listFollowUp(
  { db, clock }: Deps,
  actor: Actor,
  unitId: string,
  filter: FollowUpFilter = {},
) {
  return db.kysely.transaction().execute(async (trx) => {
    const unit = await unitPathOf(trx, unitId);
    if (
      !unit ||
      !(
        can(actor, 'opinion.read', { unitPath: unit.path }) ||
        can(actor, 'opinion.read-assigned', { unitPath: unit.path })
      )
    )
      throw notFound();
    const scope = await opinionScope(trx, actor);
    const today = todayInVietnam(clock);
    const offset = filter.offset ?? 0;
    const limit = filter.limit ?? WORKLIST_PAGE;
    // One page, ranked in the database by the due date in force (worklist.repository.ts); the
    // rest is read only for the page's rows.
    const {
      ids: pageIds,
      total,
      totalCapped,
    } = await worklistPage(trx, { unitPath: unit.path, scope, filter, today, offset, limit });
    const rows = await worklistRows(trx, pageIds);
    // A matter carried over twice has two items: the latest counts, for its session and round too.
    const byMatter = new Map(rows.map((r) => [r.id, r]));
    const dues = await currentDues(trx, pageIds);
    const ctx = await moveContext(trx, unit.path, clock);
    const page = pageIds.map((id) => {
      const r = byMatter.get(id)!;
      const due = dues.get(id)!;
      return {
        r,
        due,
        urgency: urgencyOf(reminderStage(ctx.profile, due.date, today, ctx.calendar)) as Urgency,
      };
    });
    // The latest answer of each matter (an approved one on a 'responded' matter: letters to send).
    const answerState = await answerStates(trx, pageIds);
    const unsent = await unsentLetters(trx, pageIds);
    const items = page.map(({ r, due, urgency }) => ({
      matterId: r.id,
      content: r.content,
      field: r.field,
      state: r.state,
      sessionId: r.session_id,
      round: r.round === null ? null : Number(r.round),
      villageId: r.village_id,
      villageName: r.village_name,
      official: { personId: r.assignee_person_id, name: r.official_name ?? r.responsible },
      due,
      urgency,
      answerState: answerState.get(r.id) ?? null,
      lettersToSend: unsent.filter((l) => l.matter_id === r.id).length,
    }));
    const all = can(actor, 'opinion.read', { unitPath: unit.path });
    return {
      today,
      items,
      total,
      totalCapped,
      offset,
      limit,
      all,
      can: abilities(actor, { unitPath: unit.path }, ['followup.manage']),
      // What the filters offer: the unit's people and villages, the rounds with follow-up items.
      ...(all
        ? await worklistChoices(trx, unitId)
        : { officials: officialsOf(items), villages: [], rounds: [] }),
    };
  });
}

function officialsOf(items: { official: { personId: string | null; name: string } }[]) {
  return [
    ...new Map(
      items.filter((i) => i.official.personId).map((i) => [i.official.personId, i.official]),
    ).values(),
  ];
}

const detailActions: Action[] = [
  'answer.write',
  'answer.approve',
  'followup.manage',
  'opinion.personal',
];

/** One matter's follow-up: due date and its history, answers with their review, letters, escalations, petitioners. */
export async function getFollowUp({ db, clock }: Deps, actor: Actor, matterId: string) {
  return db.kysely.transaction().execute(async (trx) => {
    const f = await readableMatter(trx, actor, matterId);
    const m = f.matter;
    // Who raised it: full, masked or hidden for this caller (core/policy/petitioner-access.ts).
    const view = petitionerView(actor, await petitionerFacts(trx, matterId, f.unitPath));
    const personal = view === 'full';
    const canDo = abilities(actor, { unitPath: f.unitPath }, detailActions)
      .filter(
        (a) =>
          a !== 'answer.write' || f.own || can(actor, 'opinion.read', { unitPath: f.unitPath }),
      )
      .filter((a) => a !== 'opinion.personal' || view !== 'hidden');
    const item = await conclusionItemOf(trx, matterId);
    const due = (await currentDues(trx, [matterId])).get(matterId) ?? null;
    const ctx = await moveContext(trx, f.unitPath, clock);
    const today = todayInVietnam(clock);
    const answers = await answersOf(trx, matterId);
    const events = await answerEventsOf(
      trx,
      answers.map((a) => a.id),
    );
    const letters = await lettersOf(trx, matterId);
    const escalations = await escalationsOf(trx, matterId);
    const extensions = await extensionsOf(trx, matterId);
    const petitioners = view === 'hidden' ? [] : await petitionersOf(trx, matterId);
    if (personal && petitioners.some((p) => p.phone || p.email)) {
      await recordAudit(trx, {
        actorUserId: actor.userId,
        action: 'petitioner.view',
        entity: 'matter',
        entityId: matterId,
        unitId: m.unit_id,
        detail: { petitionerIds: petitioners.map((p) => p.id), via: 'follow-up' },
      });
    }
    // Those the office may name as responsible: the commune's people, with their fields.
    const staff = canDo.includes('followup.manage')
      ? (await staffOf(trx, m.unit_id)).map((p) => ({
          personId: p.id,
          name: p.full_name,
          position: p.position,
          fields: JSON.parse(p.fields || '[]') as string[],
        }))
      : [];
    return {
      matterId,
      content: m.content,
      field: m.field,
      state: m.state,
      can: canDo,
      staff,
      petitionerView: view,
      official: {
        personId: m.assignee_person_id,
        name: m.assignee_person_id ? await personFullName(trx, m.assignee_person_id) : null,
      },
      item: item && {
        sessionId: item.session_id,
        round: item.round === null ? null : Number(item.round),
        noticeDate: item.notice_date,
        noticeNumber: item.notice_number,
        responsible: item.responsible,
        due: { date: item.due_date, text: { vi: item.due_text_vi, en: item.due_text_en } },
      },
      due,
      urgency: due ? urgencyOf(reminderStage(ctx.profile, due.date, today, ctx.calendar)) : null,
      approver: ctx.profile.answerApprover,
      answers: answers.map((a) => ({
        ...answerView(a),
        events: events
          .filter((e) => e.answer_id === a.id)
          .map((e) => ({ action: e.action, comment: e.comment, at: e.at })),
      })),
      letters: letters.map((l) => ({
        petitionerId: l.petitioner_id,
        documentId: l.document_id,
        numberText: l.number_text,
        issuedOn: l.issued_on,
        sentOn: l.sent_on,
        channel: l.sent_channel,
      })),
      escalations: escalations.map((e) => ({
        id: e.id,
        competentBody: e.competent_body,
        proposal: e.proposal,
        state: e.state,
        sentOn: e.sent_on,
        due: { date: e.due_date, text: { vi: e.due_text_vi, en: e.due_text_en } },
        acknowledgedOn: e.acknowledged_on,
        answeredOn: e.answered_on,
        answerText: e.answer_text,
        documentId: e.document_id,
        numberText: e.number_text,
      })),
      extensions: extensions.map((e) => ({
        previousDue: e.previous_due,
        dueDate: e.due_date,
        reason: e.reason,
        at: e.at,
        noticeDocumentId: e.notice_document_id,
        noticeNumber: e.notice_number,
      })),
      petitioners: petitioners.map((p) => ({
        id: p.id,
        fullName:
          personal || !p.fullName ? p.fullName : maskPetitionerName(p.fullName, p.villageName),
        villageName: p.villageName,
        phone: personal ? p.phone : null,
        email: personal ? p.email : null,
        answered: letters.some((l) => l.petitioner_id === p.id && !!l.sent_on),
      })),
      templates: await filledTemplates(trx, m, clock),
    };
  });
}
