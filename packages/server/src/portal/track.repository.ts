// Reads behind tracking by code (track.ts, track-office.ts): the submission a code names, the
// matter it follows and its moves, the session it is on, who handles it and where it was sent.
// Nothing about the sender is read here.
import type { Q } from '../shared/query.js';

export async function submissionByCode(db: Q, unitId: string, code: string) {
  return db
    .selectFrom('portal_submission')
    .select(['matter_id', 'created_at', 'session_id'])
    .where('tracking_code', '=', code)
    .where('unit_id', '=', unitId)
    .executeTakeFirst();
}

/** What tracking shows of a matter (never its text nor its petitioners); it must exist. */
export async function trackedMatter(db: Q, id: string) {
  return db
    .selectFrom('matter')
    .select([
      'id',
      'unit_id',
      'state',
      'merged_into_id',
      'field',
      'assignee_person_id',
      'received_on',
    ])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

/** The state moves of the matters, oldest first. */
export async function stateChangesOf(db: Q, matterIds: readonly string[]) {
  return db
    .selectFrom('matter_state_change')
    .select(['to_state', 'at'])
    .where('matter_id', 'in', matterIds)
    .orderBy('at')
    .execute();
}

/** A session's date and venue. */
export async function sessionDateAndVenue(db: Q, sessionId: string) {
  return db
    .selectFrom('dialogue_session')
    .select(['date', 'venue'])
    .where('id', '=', sessionId)
    .executeTakeFirst();
}

/** The body the matter was last sent to (escalated), if any. */
export async function lastCompetentBody(db: Q, matterId: string): Promise<string | undefined> {
  const e = await db
    .selectFrom('escalation')
    .select('competent_body')
    .where('matter_id', '=', matterId)
    .orderBy('sent_on', 'desc')
    .executeTakeFirst();
  return e?.competent_body;
}

/** The first coming session (scheduled or announced, dated from `today`) whose agenda holds the matter. */
export async function comingSessionOf(db: Q, matterId: string, today: string) {
  return db
    .selectFrom('agenda_item')
    .innerJoin('dialogue_session as s', 's.id', 'agenda_item.session_id')
    .select(['s.date', 's.venue'])
    .where('agenda_item.matter_id', '=', matterId)
    .where('s.state', 'in', ['scheduled', 'announced'])
    .where('s.date', 'is not', null)
    .where('s.date', '>=', today)
    .orderBy('s.date')
    .executeTakeFirst();
}

/** The unit's sessions already held (held, concluded or closed) of a round: which rounds are done. */
export async function heldSessionRounds(db: Q, unitId: string) {
  return db
    .selectFrom('dialogue_session')
    .select(['round', 'held_by', 'date'])
    .where('unit_id', '=', unitId)
    .where('state', 'in', ['held', 'concluded', 'closed'])
    .where('round', 'is not', null)
    .execute();
}
