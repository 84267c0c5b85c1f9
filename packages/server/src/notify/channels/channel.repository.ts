// The unit codes a message's providers are chosen by: the unit's own, then each unit above it.
import type { Q } from '../../shared/query.js';

/** The codes from the unit up to the root (units without a code left out). */
export async function codesUpToRoot(db: Q, unitId: string): Promise<string[]> {
  const unit = await db
    .selectFrom('unit')
    .select('path')
    .where('id', '=', unitId)
    .executeTakeFirst();
  const ids = unit ? unit.path.split('/').filter(Boolean) : [];
  const rows = ids.length
    ? await db.selectFrom('unit').select(['id', 'code']).where('id', 'in', ids).execute()
    : [];
  return ids
    .reverse()
    .map((id) => rows.find((r) => r.id === id)?.code ?? '')
    .filter(Boolean);
}
