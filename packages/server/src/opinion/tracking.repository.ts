// Tracking codes: every code a citizen was given, on the portal or on the office's paper receipt,
// in one table (portal_submission), so the portal's tracking page finds either.
import type { PortalSubmissionTable } from '../db/schema.js';
import type { Q } from '../shared/query.js';
import { compiledOnce } from '../db/compiled-query.js';

/** Has any matter been given this code already? */
export async function trackingCodeTaken(db: Q, code: string): Promise<boolean> {
  return (await codeRows(db, { code })).length > 0;
}
// Compiled once (db/compiled-query.ts): every entry with a receipt runs these two.
const codeRows = compiledOnce((db, v: { code: string }) =>
  db.selectFrom('portal_submission').select('id').where('tracking_code', '=', v.code).limit(1),
);

export async function insertTrackingCode(db: Q, row: PortalSubmissionTable): Promise<void> {
  await codeInsert(db, row);
}
const codeInsert = compiledOnce((db, v: PortalSubmissionTable) =>
  db.insertInto('portal_submission').values({
    id: v.id,
    unit_id: v.unit_id,
    matter_id: v.matter_id,
    tracking_code: v.tracking_code,
    session_id: v.session_id,
    wants_to_speak: v.wants_to_speak,
    created_at: v.created_at,
  }),
);

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
