// Who issues and signs a commune's document: its issuing body (the Đảng ủy or the UBND), the
// person holding a position, and the document's header as the unit tree stood on its date. Every
// feature that issues a document (plan, session, follow-up, report) reads them here.
import type { DocumentHeader } from '@doithoai/documents';
import { headerOn } from '../unit/unit-history.repository.js';
import { todayInVietnam } from './clock.js';
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

/**
 * The header of a commune's document: 'ĐẢNG BỘ HUYỆN …' over 'ĐẢNG ỦY XÃ …', or 'ỦY BAN NHÂN DÂN'
 * over 'XÃ …', from the unit tree as it stood on the document's date (issue 20: a 2022 document
 * says 'ĐẢNG BỘ HUYỆN HƯƠNG SƠN', a 2026 one 'ĐẢNG BỘ TỈNH HÀ TĨNH'; a merged commune's document
 * dated after the merger carries its successor's). Without a date: today in Vietnam.
 */
export async function communeHeader(
  db: Q,
  unitId: string,
  authority: 'party' | 'state',
  date: string = todayInVietnam(),
): Promise<DocumentHeader> {
  return headerOn(db, unitId, authority, date);
}
