// The figures /metrics reads from the database: the job queue and the outbox.
import type { Q } from '../shared/query.js';

/** Jobs in the states, counted by kind and state. */
export async function jobsByKindAndState(db: Q, states: readonly string[]) {
  return db
    .selectFrom('job')
    .select(['kind', 'state', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('state', 'in', states)
    .groupBy(['kind', 'state'])
    .execute();
}

/** Pending jobs due by `at`, by kind: how many and the earliest run_at. */
export async function dueJobsByKind(db: Q, at: string) {
  return db
    .selectFrom('job')
    .select([
      'kind',
      (eb) => eb.fn.countAll<number | string>().as('n'),
      (eb) => eb.fn.min('run_at').as('oldest'),
    ])
    .where('state', '=', 'pending')
    .where('run_at', '<=', at)
    .groupBy('kind')
    .execute();
}

/** Pending and failed deliveries by channel and state, with how many were tried already. */
export async function unsentDeliveries(db: Q) {
  return db
    .selectFrom('notification_delivery')
    .select([
      'channel',
      'state',
      (eb) => eb.fn.countAll<number | string>().as('n'),
      (eb) =>
        eb.fn
          .sum<number | string>(eb.case().when('attempts', '>', 0).then(1).else(0).end())
          .as('retrying'),
    ])
    .where('state', 'in', ['pending', 'failed'])
    .groupBy(['channel', 'state'])
    .execute();
}
