// What the field classifier learns from: a unit's newest confirmed classifications (the training
// window), and a cheap key of that window to tell when it has changed.
import type { Q } from '../shared/query.js';

/** How many confirmations the window holds, the newest and the oldest of them. */
export async function trainingWindowStat(db: Q, unitId: string, window: number) {
  return db
    .selectFrom((eb) =>
      eb
        .selectFrom('matter')
        .select('field_confirmed_at')
        .where('unit_id', '=', unitId)
        .where('field_confirmed_at', 'is not', null)
        .orderBy('field_confirmed_at', 'desc')
        .limit(window)
        .as('w'),
    )
    .select((eb) => [
      eb.fn.countAll<number>().as('n'),
      eb.fn.max('w.field_confirmed_at').as('latest'),
      eb.fn.min('w.field_confirmed_at').as('oldest'),
    ])
    .executeTakeFirstOrThrow();
}

/** The window's texts and their confirmed fields, newest first. */
export async function trainingRows(db: Q, unitId: string, window: number) {
  return db
    .selectFrom('matter')
    .select(['content', 'field'])
    .where('unit_id', '=', unitId)
    .where('field_confirmed_at', 'is not', null)
    .orderBy('field_confirmed_at', 'desc')
    .limit(window)
    .execute();
}
