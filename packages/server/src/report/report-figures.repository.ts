// What a report's figures are counted from: the sessions of a round or held in a period, their
// agenda's outcomes, the matters raised or received, and the follow-up facts (report_answer_fact).
// A unit's reach is its path: the unit and every unit under it.
import type { Q } from '../shared/query.js';

const under = (unitPath: string) => `${unitPath}%`;

/** The session of a round, when it is the unit's or under it. */
export async function roundSession(db: Q, unitPath: string, sessionId: string) {
  return db
    .selectFrom('dialogue_session as s')
    .innerJoin('unit as u', 'u.id', 's.unit_id')
    .select(['s.id', 's.round', 's.date', 's.held_on', 's.attendance_total'])
    .where('s.id', '=', sessionId)
    .where('u.path', 'like', under(unitPath))
    .executeTakeFirst();
}

export async function sessionsHeldBetween(db: Q, unitPath: string, from: string, to: string) {
  return db
    .selectFrom('dialogue_session as s')
    .innerJoin('unit as u', 'u.id', 's.unit_id')
    .select(['s.id', 's.round', 's.date', 's.held_on', 's.attendance_total'])
    .where('u.path', 'like', under(unitPath))
    .where('s.held_on', '>=', from)
    .where('s.held_on', '<=', to)
    .execute();
}

export async function agendaOutcomes(db: Q, sessionIds: readonly string[]) {
  return db
    .selectFrom('agenda_item')
    .select(['matter_id', 'outcome'])
    .where('session_id', 'in', sessionIds)
    .execute();
}

export async function fieldsAndStates(db: Q, matterIds: readonly string[]) {
  return db.selectFrom('matter').select(['field', 'state']).where('id', 'in', matterIds).execute();
}

/** The fields and states of the matters received in the period (merged ones left out). */
export async function mattersReceivedBetween(db: Q, unitPath: string, from: string, to: string) {
  return db
    .selectFrom('matter as m')
    .innerJoin('unit as u', 'u.id', 'm.unit_id')
    .select(['m.field', 'm.state'])
    .where('u.path', 'like', under(unitPath))
    .where('m.received_on', '>=', from)
    .where('m.received_on', '<=', to)
    .where('m.state', '!=', 'merged')
    .execute();
}

export async function answerFactsOfSessions(db: Q, sessionIds: readonly string[]) {
  return db
    .selectFrom('report_answer_fact')
    .select(['due_date', 'answered_on', 'escalated_on'])
    .where('session_id', 'in', sessionIds)
    .execute();
}

export async function answerFactsDueBetween(db: Q, unitPath: string, from: string, to: string) {
  return db
    .selectFrom('report_answer_fact')
    .select(['due_date', 'answered_on', 'escalated_on'])
    .where('unit_path', 'like', under(unitPath))
    .where('due_date', '>=', from)
    .where('due_date', '<=', to)
    .execute();
}
