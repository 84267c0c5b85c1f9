// The rows a merge moves: a matter marked merged into a target, the matters it had absorbed moved
// along (one level deep), and back on unmerge, as the merge's history entry says.
import type { MatterState } from '@doithoai/core';
import type { Q } from '../shared/query.js';

/** The matters merged into this one (their ids). */
export async function absorbedIds(db: Q, matterId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('matter')
    .select('id')
    .where('merged_into_id', '=', matterId)
    .execute();
  return rows.map((r) => r.id);
}

/** Points absorbed matters at another target (only those still merged into `from`, when given). */
export async function moveAbsorbed(
  db: Q,
  ids: string[],
  into: string,
  at: string,
  from?: string,
): Promise<void> {
  let q = db
    .updateTable('matter')
    .set({ merged_into_id: into, updated_at: at })
    .where('id', 'in', ids);
  if (from !== undefined) q = q.where('merged_into_id', '=', from);
  await q.execute();
}

/** A matter merged into a target (or out again: `into` null, a state restored), version counted. */
export async function setMerged(
  db: Q,
  m: { id: string; version: number },
  state: MatterState,
  into: string | null,
  at: string,
): Promise<void> {
  await db
    .updateTable('matter')
    .set({ state, merged_into_id: into, version: m.version + 1, updated_at: at })
    .where('id', '=', m.id)
    .execute();
}

/** A matter's version counted (a merge changed what it holds). */
export async function bumpMatterVersion(
  db: Q,
  m: { id: string; version: number },
  at: string,
): Promise<void> {
  await db
    .updateTable('matter')
    .set({ version: m.version + 1, updated_at: at })
    .where('id', '=', m.id)
    .execute();
}

/** The history entry of a matter's last merge: the state it left and what moved with it. */
export async function lastMerge(db: Q, matterId: string) {
  return db
    .selectFrom('matter_state_change')
    .select(['from_state', 'detail'])
    .where('matter_id', '=', matterId)
    .where('to_state', '=', 'merged')
    .orderBy('at', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
}
