// Writes and reads of a matter's written answer and its letters: the answer's moves and their
// events, the letters issued per petitioner and when each went out, and the matter's responsible
// official. The rules of each move stay in answer.ts, answer-letters.ts and letters-sent.ts.
import type { Insertable, Updateable } from 'kysely';
import type { AnswerLetterTable, MatterAnswerTable } from '../db/schema.js';
import { newId } from '../db/ids.js';
import type { Q } from '../shared/query.js';

/** One step of an answer's history (save, submit, return, approve). */
export async function insertAnswerEvent(
  db: Q,
  e: { answerId: string; action: string; comment: string | null; actorUserId: string; at: string },
): Promise<void> {
  await db
    .insertInto('answer_event')
    .values({
      id: newId(),
      answer_id: e.answerId,
      action: e.action,
      comment: e.comment,
      actor_user_id: e.actorUserId,
      at: e.at,
    })
    .execute();
}

export async function updateAnswer(
  db: Q,
  id: string,
  set: Updateable<MatterAnswerTable>,
): Promise<void> {
  await db.updateTable('matter_answer').set(set).where('id', '=', id).execute();
}

export async function findAnswer(db: Q, id: string) {
  return db.selectFrom('matter_answer').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

/** The matter's newest approved answer: its id and version. */
export async function approvedAnswerOf(db: Q, matterId: string) {
  return db
    .selectFrom('matter_answer')
    .select(['id', 'version'])
    .where('matter_id', '=', matterId)
    .where('state', '=', 'approved')
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
}

/** Answers submitted for approval, of the units under the paths (or of one unit), oldest first. */
export async function submittedAnswers(db: Q, prefixes: readonly string[], unitId?: string) {
  if (!prefixes.length) return [];
  let q = db
    .selectFrom('matter_answer as a')
    .innerJoin('matter as m', 'm.id', 'a.matter_id')
    .innerJoin('unit as u', 'u.id', 'a.unit_id')
    .select(['a.id', 'a.matter_id', 'a.unit_id', 'm.content'])
    .where('a.state', '=', 'submitted')
    .where((eb) => eb.or(prefixes.map((p) => eb('u.path', 'like', `${p}%`))));
  if (unitId) q = q.where('a.unit_id', '=', unitId);
  return q.orderBy('a.created_at').execute();
}

/** A submitted answer with its matter and the matter's unit path. */
export async function submittedAnswer(db: Q, answerId: string) {
  return db
    .selectFrom('matter_answer as a')
    .innerJoin('matter as m', 'm.id', 'a.matter_id')
    .innerJoin('unit as u', 'u.id', 'a.unit_id')
    .select(['a.text', 'm.id', 'm.unit_id', 'm.content', 'u.path'])
    .where('a.id', '=', answerId)
    .where('a.state', '=', 'submitted')
    .executeTakeFirst();
}

/** The petitioners of the matter who have a letter (only those whose letter went out, if `sent`). */
export async function petitionersWithLetters(
  db: Q,
  matterId: string,
  only: { sent?: boolean } = {},
): Promise<Set<string>> {
  let q = db.selectFrom('answer_letter').select('petitioner_id').where('matter_id', '=', matterId);
  if (only.sent) q = q.where('sent_on', 'is not', null);
  return new Set((await q.execute()).map((l) => l.petitioner_id));
}

export async function insertAnswerLetter(db: Q, row: Insertable<AnswerLetterTable>): Promise<void> {
  await db.insertInto('answer_letter').values(row).execute();
}

/** The matter's letters not yet sent, with their issue dates. */
export async function lettersToSend(db: Q, matterId: string) {
  return db
    .selectFrom('answer_letter as l')
    .innerJoin('outgoing_document as d', 'd.id', 'l.document_id')
    .select(['l.id', 'l.petitioner_id', 'd.issued_on'])
    .where('l.matter_id', '=', matterId)
    .where('l.sent_on', 'is', null)
    .execute();
}

/** Records how and when letters went out (those already recorded are left as they were). */
export async function markLettersSent(
  db: Q,
  ids: readonly string[],
  sent: { on: string; channel: string; by: string },
): Promise<void> {
  await db
    .updateTable('answer_letter')
    .set({ sent_on: sent.on, sent_channel: sent.channel, sent_by: sent.by })
    .where('id', 'in', ids)
    .where('sent_on', 'is', null)
    .execute();
}

export async function matterStateOf(db: Q, matterId: string) {
  return db
    .selectFrom('matter')
    .select(['state', 'version'])
    .where('id', '=', matterId)
    .executeTakeFirstOrThrow();
}

/**
 * Closes a responded matter (a new version); false when it was no longer 'responded' (of two
 * clerks recording the last letters at once, one closes it).
 */
export async function closeRespondedMatter(
  db: Q,
  matterId: string,
  version: number,
  at: string,
): Promise<boolean> {
  const moved = await db
    .updateTable('matter')
    .set({ state: 'closed', version: version + 1, updated_at: at })
    .where('id', '=', matterId)
    .where('state', '=', 'responded')
    .returning('id')
    .executeTakeFirst();
  return moved !== undefined;
}

/** Names the matter's responsible official and its field (a new version; its state stays). */
export async function setMatterResponsible(
  db: Q,
  matterId: string,
  r: { personId: string; field: string | null; version: number; at: string },
): Promise<void> {
  await db
    .updateTable('matter')
    .set({
      assignee_person_id: r.personId,
      field: r.field,
      version: r.version + 1,
      updated_at: r.at,
    })
    .where('id', '=', matterId)
    .execute();
}
