// The rows of an accepted portal submission besides its matter and tracking code: each consent
// question's answer with its wording, the registration to speak, and its place on the agenda.
import type { Insertable } from 'kysely';
import type {
  AgendaItemTable,
  PortalConsentTable,
  SpeakerRegistrationTable,
} from '../db/schema.js';
import type { Q } from '../shared/query.js';

export async function insertPortalConsent(
  db: Q,
  row: Insertable<PortalConsentTable>,
): Promise<void> {
  await db.insertInto('portal_consent').values(row).execute();
}

export async function insertSpeakerRegistration(
  db: Q,
  row: Insertable<SpeakerRegistrationTable>,
): Promise<void> {
  await db.insertInto('speaker_registration').values(row).execute();
}

/** The highest position on the session's agenda (0 when it is empty). */
export async function lastAgendaPosition(db: Q, sessionId: string): Promise<number> {
  const last = await db
    .selectFrom('agenda_item')
    .select((eb) => eb.fn.max('position').as('p'))
    .where('session_id', '=', sessionId)
    .executeTakeFirst();
  return Number(last?.p ?? 0);
}

export async function insertAgendaItem(db: Q, row: Insertable<AgendaItemTable>): Promise<void> {
  await db.insertInto('agenda_item').values(row).execute();
}
