// Tracking codes: every code a citizen was given, on the portal or on the office's paper receipt,
// in one table (portal_submission), so the portal's tracking page finds either.
import type { Insertable } from 'kysely';
import type { PortalSubmissionTable } from '../db/schema.js';
import type { Q } from '../shared/query.js';

/** Has any matter been given this code already? */
export async function trackingCodeTaken(db: Q, code: string): Promise<boolean> {
  return !!(await db
    .selectFrom('portal_submission')
    .select('id')
    .where('tracking_code', '=', code)
    .executeTakeFirst());
}

export async function insertTrackingCode(
  db: Q,
  row: Insertable<PortalSubmissionTable>,
): Promise<void> {
  await db.insertInto('portal_submission').values(row).execute();
}

/** The codes given for a matter, oldest first (a matter raised by several people has several). */
export async function trackingCodesOf(db: Q, matterId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('portal_submission')
    .select('tracking_code')
    .where('matter_id', '=', matterId)
    .orderBy('created_at')
    .execute();
  return rows.map((r) => r.tracking_code);
}
