// Writes of a session's agenda and its floor: agenda items (seeded, saved from the console, a
// registered speaker's), speaker registrations, who is invited and who came. Reads of the agenda
// in speaking order are in session.repository.ts.
import type { Insertable, Updateable } from 'kysely';
import type { AgendaItemTable, SpeakerRegistrationTable } from '../db/schema.js';
import { newId } from '../db/ids.js';
import type { Q } from '../shared/query.js';

/** The matters already on the agenda of one of the unit's sessions in the given states. */
export async function mattersOnAgendas(
  db: Q,
  unitId: string,
  sessionStates: readonly string[],
): Promise<Set<string | null>> {
  const rows = await db
    .selectFrom('agenda_item')
    .innerJoin('dialogue_session as s', 's.id', 'agenda_item.session_id')
    .select('agenda_item.matter_id')
    .where('s.unit_id', '=', unitId)
    .where('s.state', 'in', [...sessionStates])
    .where('agenda_item.matter_id', 'is not', null)
    .execute();
  return new Set(rows.map((a) => a.matter_id));
}

/** The unit's matters in the given states, by field then number: what an agenda is seeded with. */
export async function mattersInStates(db: Q, unitId: string, states: readonly string[]) {
  return db
    .selectFrom('matter')
    .select(['id', 'content', 'field'])
    .where('unit_id', '=', unitId)
    .where('state', 'in', [...states])
    .orderBy('field')
    .orderBy('seq')
    .execute();
}

/** The last position on the session's agenda (0 when it is empty). */
export async function lastAgendaPosition(db: Q, sessionId: string): Promise<number> {
  const last = await db
    .selectFrom('agenda_item')
    .select((eb) => eb.fn.max('position').as('p'))
    .where('session_id', '=', sessionId)
    .executeTakeFirst();
  return Number(last?.p ?? 0);
}

export async function findAgendaItem(db: Q, id: string) {
  return db.selectFrom('agenda_item').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertAgendaItem(db: Q, row: Insertable<AgendaItemTable>): Promise<void> {
  await db.insertInto('agenda_item').values(row).execute();
}

export async function updateAgendaItem(
  db: Q,
  id: string,
  set: Updateable<AgendaItemTable>,
): Promise<void> {
  await db.updateTable('agenda_item').set(set).where('id', '=', id).execute();
}

/** The unit of a matter, if the matter exists. */
export async function matterUnitId(db: Q, matterId: string): Promise<string | undefined> {
  const m = await db
    .selectFrom('matter')
    .select('unit_id')
    .where('id', '=', matterId)
    .executeTakeFirst();
  return m?.unit_id;
}

export async function findRegistration(db: Q, id: string) {
  return db
    .selectFrom('speaker_registration')
    .select(['id', 'matter_id', 'session_id'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertRegistration(
  db: Q,
  row: Insertable<SpeakerRegistrationTable>,
): Promise<void> {
  await db.insertInto('speaker_registration').values(row).execute();
}

/** The compositions invited, in this order, in place of those the session had. */
export async function replaceParticipants(
  db: Q,
  sessionId: string,
  participants: readonly { composition: string; invited: number | null }[],
): Promise<void> {
  await db.deleteFrom('session_participant').where('session_id', '=', sessionId).execute();
  let position = 0;
  for (const p of participants) {
    await db
      .insertInto('session_participant')
      .values({
        id: newId(),
        session_id: sessionId,
        position: position++,
        composition: p.composition,
        invited: p.invited,
        present: null,
      })
      .execute();
  }
}

/** How many of a composition came. */
export async function setPresent(
  db: Q,
  sessionId: string,
  composition: string,
  present: number,
): Promise<void> {
  await db
    .updateTable('session_participant')
    .set({ present })
    .where('session_id', '=', sessionId)
    .where('composition', '=', composition)
    .execute();
}

/** The session's head count under the console's revision. */
export async function setAttendance(
  db: Q,
  sessionId: string,
  a: { total: number; rev: number; at: string },
): Promise<void> {
  await db
    .updateTable('dialogue_session')
    .set({ attendance_total: a.total, attendance_rev: a.rev, updated_at: a.at })
    .where('id', '=', sessionId)
    .execute();
}
