// Who issues and signs a commune's document: its issuing body (the Đảng ủy or the UBND) and the
// person holding a position. Every feature that issues a document (plan, session, follow-up,
// report) reads them here; the document's header, from the unit tree of its date, is
// unit/commune-header.ts.
import type { Q } from './query.js';

/** The unit's issuing body for a signer: the Đảng ủy for a Party document, else the UBND. */
export async function issuingBody(db: Q, unitId: string, authority: 'party' | 'state') {
  return db
    .selectFrom('organisation')
    .select(['id', 'name', 'abbreviation', 'kind'])
    .where('unit_id', '=', unitId)
    .where('kind', '=', authority === 'party' ? 'dang-uy' : 'ubnd')
    .executeTakeFirst();
}

/** The name of the person who holds a position in the unit ("Bí thư", "Chủ tịch UBND"), if recorded. */
export async function holderOf(db: Q, unitId: string, positionStartsWith: string): Promise<string> {
  const p = await db
    .selectFrom('person')
    .select('full_name')
    .where('unit_id', '=', unitId)
    .where('position', 'like', `${positionStartsWith}%`)
    .orderBy('created_at')
    .executeTakeFirst();
  return p?.full_name ?? '';
}
