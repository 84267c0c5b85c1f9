// Where an erasure (erase-petitioner.ts) and the retention sweep replace a person's name in what
// the sessions and the answers wrote: speaker registrations, agenda items, matters' texts and
// answers. Which text changes, and to what, is decided by the caller.
import type { Q } from '../shared/query.js';

/** Renames the speaker registrations of the matters written under `name`; how many. */
export async function renameSpeakers(
  db: Q,
  matterIds: readonly string[],
  name: string,
  alias: string,
): Promise<number> {
  const r = await db
    .updateTable('speaker_registration')
    .set({ full_name: alias })
    .where('matter_id', 'in', matterIds)
    .where('full_name', '=', name)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** Renames the speaker of the matters' agenda items written under `name`; how many. */
export async function renameAgendaSpeakers(
  db: Q,
  matterIds: readonly string[],
  name: string,
  alias: string,
): Promise<number> {
  const r = await db
    .updateTable('agenda_item')
    .set({ speaker_name: alias })
    .where('matter_id', 'in', matterIds)
    .where('speaker_name', '=', name)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export async function matterTexts(db: Q, ids: readonly string[]) {
  return db
    .selectFrom('matter')
    .select(['id', 'content', 'answer'])
    .where('id', 'in', ids)
    .execute();
}

export async function setMatterTexts(
  db: Q,
  id: string,
  set: { content?: string; answer?: string },
): Promise<void> {
  await db.updateTable('matter').set(set).where('id', '=', id).execute();
}

export async function answerTextsOf(db: Q, matterIds: readonly string[]) {
  return db
    .selectFrom('matter_answer')
    .select(['id', 'text'])
    .where('matter_id', 'in', matterIds)
    .execute();
}

export async function setAnswerText(db: Q, id: string, text: string): Promise<void> {
  await db.updateTable('matter_answer').set({ text }).where('id', '=', id).execute();
}

export async function agendaTextsOf(db: Q, matterIds: readonly string[]) {
  return db
    .selectFrom('agenda_item')
    .select(['id', 'question', 'answer'])
    .where('matter_id', 'in', matterIds)
    .execute();
}

export async function setAgendaTexts(
  db: Q,
  id: string,
  set: { question?: string; answer?: string },
): Promise<void> {
  await db.updateTable('agenda_item').set(set).where('id', '=', id).execute();
}

/** Speaker registrations of sessions closed before `cutoff` whose name is not yet replaced. */
export async function namedSpeakersClosedBefore(db: Q, cutoff: string, replacedLike: string) {
  return db
    .selectFrom('speaker_registration')
    .innerJoin('dialogue_session as s', 's.id', 'speaker_registration.session_id')
    .select(['speaker_registration.id', 'speaker_registration.full_name'])
    .where('s.closed_on', 'is not', null)
    .where('s.closed_on', '<', cutoff)
    .where('speaker_registration.full_name', 'not like', replacedLike)
    .execute();
}

export async function renameSpeaker(db: Q, id: string, name: string): Promise<void> {
  await db
    .updateTable('speaker_registration')
    .set({ full_name: name })
    .where('id', '=', id)
    .execute();
}
