// The receipt of an opinion entered by the office: the same kind of tracking code a citizen gets
// from the portal, kept in the same table (portal_submission: every code a citizen was given, on
// the portal or on a paper receipt), so the portal's tracking page finds either. The reads and
// writes are in tracking.repository.ts.
import { newId, nowIso } from '../db/ids.js';
import type { Q } from '../shared/query.js';
import { insertTrackingCode, trackingCodeTaken } from './tracking.repository.js';

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
  for (let i = 0; i < 5 && (await trackingCodeTaken(trx, code)); i++) code = newCode();
  await insertTrackingCode(trx, {
    id: submission.id ?? newId(),
    unit_id: unitId,
    matter_id: matterId,
    tracking_code: code,
    session_id: submission.sessionId ?? null,
    wants_to_speak: submission.sessionId ? 1 : 0,
    created_at: submission.at ?? nowIso(),
  });
  return code;
}
