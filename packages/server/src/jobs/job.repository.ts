// The database job queue's writes outside the runner: adding a job, in the caller's transaction
// (a dedupe key makes the call idempotent: the same key twice, from two processes planning the
// same daily job, adds one job), and purging finished ones.
import { newId } from '../db/ids.js';
import { systemClock } from '../shared/clock.js';
import type { Q } from '../shared/query.js';

export interface NewJob {
  kind: string;
  payload?: unknown;
  runAt?: Date;
  dedupeKey?: string;
  maxAttempts?: number;
}

export async function enqueueJob(
  db: Q,
  job: NewJob,
  now: Date = systemClock(),
): Promise<string | null> {
  const at = now.toISOString();
  const id = newId();
  const row = await db
    .insertInto('job')
    .values({
      id,
      kind: job.kind,
      payload: JSON.stringify(job.payload ?? {}),
      state: 'pending',
      run_at: (job.runAt ?? now).toISOString(),
      attempts: 0,
      max_attempts: job.maxAttempts ?? 5,
      lease_owner: null,
      lease_expires_at: null,
      last_error: null,
      dedupe_key: job.dedupeKey ?? null,
      created_at: at,
      updated_at: at,
      finished_at: null,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

/** Finished jobs are kept 30 days (the deliveries and their attempts stay: they are the record). */
export async function purgeFinishedJobs(db: Q, now: Date): Promise<number> {
  const before = new Date(now.getTime() - 30 * 86_400_000).toISOString();
  const r = await db
    .deleteFrom('job')
    .where('state', '=', 'done')
    .where('finished_at', '<', before)
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}

/** The jobs with these dedupe keys: when each runs and in what state. */
export async function jobsByDedupeKeys(db: Q, keys: readonly string[]) {
  return db
    .selectFrom('job')
    .select(['dedupe_key', 'run_at', 'state'])
    .where('dedupe_key', 'in', keys)
    .execute();
}

/** The job with the key, unless running, starts afresh due at `at`; false when none moved. */
export async function requeueJob(db: Q, dedupeKey: string, at: string): Promise<boolean> {
  const moved = await db
    .updateTable('job')
    .set({
      state: 'pending',
      run_at: at,
      attempts: 0,
      lease_owner: null,
      lease_expires_at: null,
      updated_at: at,
      finished_at: null,
    })
    .where('dedupe_key', '=', dedupeKey)
    .where('state', '!=', 'running')
    .executeTakeFirst();
  return Number(moved.numUpdatedRows) > 0;
}

export async function hasJob(db: Q, dedupeKey: string): Promise<boolean> {
  const row = await db
    .selectFrom('job')
    .select('id')
    .where('dedupe_key', '=', dedupeKey)
    .executeTakeFirst();
  return !!row;
}

/** How many jobs of each kind are in each state. */
export async function jobCounts(db: Q) {
  return db
    .selectFrom('job')
    .select(['kind', 'state', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(['kind', 'state'])
    .orderBy('kind')
    .orderBy('state')
    .execute();
}
