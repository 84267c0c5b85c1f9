// A petitioner's consents (petitioner_consent): recorded, withdrawn (the record stays, with when,
// by whom and how), and read back for a copy of their data.
import type { Insertable } from 'kysely';
import type { PetitionerConsentTable } from '../db/schema.js';
import type { Q } from '../shared/query.js';

/** A consent with its petitioner's unit and that unit's path (for the access check). */
export async function findConsent(db: Q, consentId: string) {
  return db
    .selectFrom('petitioner_consent')
    .innerJoin('petitioner as p', 'p.id', 'petitioner_consent.petitioner_id')
    .innerJoin('unit', 'unit.id', 'p.unit_id')
    .select([
      'petitioner_consent.id',
      'petitioner_consent.petitioner_id',
      'petitioner_consent.purpose',
      'petitioner_consent.withdrawn_at',
      'p.unit_id',
      'unit.path',
    ])
    .where('petitioner_consent.id', '=', consentId)
    .executeTakeFirst();
}

export interface Withdrawal {
  at: string;
  by: string | null;
  how: string;
}

export async function withdrawConsentRow(db: Q, consentId: string, w: Withdrawal): Promise<void> {
  await db
    .updateTable('petitioner_consent')
    .set({ withdrawn_at: w.at, withdrawn_by: w.by, withdrawn_how: w.how })
    .where('id', '=', consentId)
    .execute();
}

/** Withdraws every consent of the petitioner still standing; how many there were. */
export async function withdrawStandingConsents(
  db: Q,
  petitionerId: string,
  w: Withdrawal,
): Promise<number> {
  const r = await db
    .updateTable('petitioner_consent')
    .set({ withdrawn_at: w.at, withdrawn_by: w.by, withdrawn_how: w.how })
    .where('petitioner_id', '=', petitionerId)
    .where('withdrawn_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export async function insertConsent(db: Q, row: Insertable<PetitionerConsentTable>): Promise<void> {
  await db.insertInto('petitioner_consent').values(row).execute();
}

/** Every consent the petitioner gave or refused, oldest first. */
export async function consentsOf(db: Q, petitionerId: string) {
  return db
    .selectFrom('petitioner_consent')
    .selectAll()
    .where('petitioner_id', '=', petitionerId)
    .orderBy('recorded_at')
    .execute();
}

/** The consent questions answered on the portal for the matters, oldest first. */
export async function portalConsentsOf(db: Q, matterIds: readonly string[]) {
  return db
    .selectFrom('portal_consent')
    .innerJoin('portal_submission as s', 's.id', 'portal_consent.submission_id')
    .select([
      'portal_consent.purpose',
      'portal_consent.wording',
      'portal_consent.granted',
      'portal_consent.recorded_at',
      's.matter_id',
    ])
    .where('s.matter_id', 'in', matterIds)
    .orderBy('portal_consent.recorded_at')
    .execute();
}
