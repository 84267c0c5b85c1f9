// What escalation and extension read and write: the escalation rows, the higher level's answer
// passed on as the matter's, the due-date extensions, and the matter's state.
import type { Insertable } from 'kysely';
import type { DueExtensionTable, EscalationTable } from '../db/schema.js';
import { newId, nowIso } from '../db/ids.js';
import type { Q } from '../shared/query.js';
import { insertAnswer } from './follow-up.repository.js';

/** The matter's escalation still waiting (sent or acknowledged), the latest. */
export const openEscalation = (db: Q, matterId: string) =>
  db
    .selectFrom('escalation')
    .selectAll()
    .where('matter_id', '=', matterId)
    .where('state', '!=', 'answered')
    .orderBy('created_at', 'desc')
    .executeTakeFirst();

/** How many questions the session's agenda held (the letter says how many were raised). */
export async function agendaSize(db: Q, sessionId: string): Promise<number> {
  const row = await db
    .selectFrom('agenda_item')
    .select((e) => e.fn.countAll().as('n'))
    .where('session_id', '=', sessionId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertEscalation(db: Q, row: Insertable<EscalationTable>): Promise<void> {
  await db.insertInto('escalation').values(row).execute();
}

export async function markEscalationAcknowledged(db: Q, id: string, on: string): Promise<void> {
  await db
    .updateTable('escalation')
    .set({ state: 'acknowledged', acknowledged_on: on, updated_at: nowIso() })
    .where('id', '=', id)
    .execute();
}

/** An answer of the matter still being worked on (draft, submitted, returned), if any. */
export async function answerInProgress(db: Q, matterId: string, finishedStates: readonly string[]) {
  return db
    .selectFrom('matter_answer')
    .select('id')
    .where('matter_id', '=', matterId)
    .where('state', 'not in', [...finishedStates])
    .executeTakeFirst();
}

/** The higher level's answer: on the escalation, and as the matter's answer submitted for approval. */
export async function recordHigherLevelAnswer(
  db: Q,
  e: { id: string; competentBody: string },
  answer: { matterId: string; unitId: string; text: string; authorUserId: string },
  on: string,
  at: string,
): Promise<string> {
  await db
    .updateTable('escalation')
    .set({ state: 'answered', answered_on: on, answer_text: answer.text, updated_at: at })
    .where('id', '=', e.id)
    .execute();
  const answerId = await insertAnswer(db, {
    matterId: answer.matterId,
    unitId: answer.unitId,
    origin: 'higher-level',
    state: 'submitted',
    text: answer.text,
    authorUserId: answer.authorUserId,
    officialName: e.competentBody,
    at,
  });
  await db
    .insertInto('answer_event')
    .values({
      id: newId(),
      answer_id: answerId,
      action: 'higher-level-answer',
      comment: `${e.competentBody}, ${on}`,
      actor_user_id: answer.authorUserId,
      at,
    })
    .execute();
  return answerId;
}

export async function insertDueExtension(db: Q, row: Insertable<DueExtensionTable>): Promise<void> {
  await db.insertInto('due_extension').values(row).execute();
}
