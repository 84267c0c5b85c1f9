// "Not the same" decisions: pairs of a unit's matters the clerk said are different concerns, kept
// once per pair (ids in ascending order), so triage never suggests or groups them together.
import { pairKey } from '@doithoai/core';
import type { Insertable } from 'kysely';
import type { MatterPairDismissalTable } from '../db/schema.js';
import type { Q } from '../shared/query.js';

/** The unit's dismissed pairs, as keys. */
export async function dismissedPairs(db: Q, unitId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('matter_pair_dismissal')
    .select(['first_id', 'second_id'])
    .where('unit_id', '=', unitId)
    .execute();
  return new Set(rows.map((r) => pairKey(r.first_id, r.second_id)));
}

/** The unit's dismissed pairs one matter is in, as keys. */
export async function dismissedPairsOf(
  db: Q,
  unitId: string,
  matterId: string,
): Promise<Set<string>> {
  const rows = await db
    .selectFrom('matter_pair_dismissal')
    .select(['first_id', 'second_id'])
    .where('unit_id', '=', unitId)
    .where((eb) => eb.or([eb('first_id', '=', matterId), eb('second_id', '=', matterId)]))
    .execute();
  return new Set(rows.map((r) => pairKey(r.first_id, r.second_id)));
}

/** The decision on a pair (ids in ascending order), if made. */
export async function findDismissalOfPair(db: Q, first: string, second: string) {
  return db
    .selectFrom('matter_pair_dismissal')
    .select('id')
    .where('first_id', '=', first)
    .where('second_id', '=', second)
    .executeTakeFirst();
}

export async function findDismissal(db: Q, id: string) {
  return db.selectFrom('matter_pair_dismissal').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertDismissal(
  db: Q,
  row: Insertable<MatterPairDismissalTable>,
): Promise<void> {
  await db.insertInto('matter_pair_dismissal').values(row).execute();
}

export async function deleteDismissal(db: Q, id: string): Promise<void> {
  await db.deleteFrom('matter_pair_dismissal').where('id', '=', id).execute();
}

/** The unit's latest decisions, newest first, with both matters' texts (to undo one). */
export async function recentDismissals(db: Q, unitId: string, limit: number) {
  return db
    .selectFrom('matter_pair_dismissal as d')
    .innerJoin('matter as a', 'a.id', 'd.first_id')
    .innerJoin('matter as b', 'b.id', 'd.second_id')
    .select(['d.id', 'd.at', 'a.content as a_content', 'b.content as b_content'])
    .where('d.unit_id', '=', unitId)
    .orderBy('d.at', 'desc')
    .limit(limit)
    .execute();
}
