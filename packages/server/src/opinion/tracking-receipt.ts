// The receipt of an opinion entered by the office: the same kind of tracking code a citizen gets
// from the portal, kept in the same table (portal_submission: every code a citizen was given, on
// the portal or on a paper receipt), so the portal's tracking page finds either.
import { newId, nowIso } from '../db/ids.js';
import type { Q } from '../shared/query.js';

/**
 * A fresh code for the matter (another draw on the rare clash), written in the caller's
 * transaction. The portal's submission passes its own id, the session its sender asked to speak
 * at, and its time.
 */
export async function issueTrackingCode(
  trx: Q,
  unitId: string,
  matterId: string,
  newCode: () => string,
  submission: { id?: string; sessionId?: string | null; at?: string } = {},
): Promise<string> {
  let code = newCode();
  for (
    let i = 0;
    i < 5 &&
    (await trx
      .selectFrom('portal_submission')
      .select('id')
      .where('tracking_code', '=', code)
      .executeTakeFirst());
    i++
  )
    code = newCode();
  await trx
    .insertInto('portal_submission')
    .values({
      id: submission.id ?? newId(),
      unit_id: unitId,
      matter_id: matterId,
      tracking_code: code,
      session_id: submission.sessionId ?? null,
      wants_to_speak: submission.sessionId ? 1 : 0,
      created_at: submission.at ?? nowIso(),
    })
    .execute();
  return code;
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
