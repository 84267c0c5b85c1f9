// The demo's own statements, those no feature makes this way: the first-run check, the demo's
// people and accounts found by username and position, the history written on the days it
// happened (state moves and states dated in the past, not now), the plan's sessions and their
// versions as the walk-through advances them, and the grown commune's routing table. The demo's
// other rows go through the features' repositories, as the app writes them.
import type { Q } from '../shared/query.js';

/** How many units there are (none: the database is empty, a first start). */
export async function unitCount(db: Q): Promise<number> {
  const row = await db
    .selectFrom('unit')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
