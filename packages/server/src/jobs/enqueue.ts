// Adds a job to the database queue, in the caller's transaction. A dedupe key makes the call
// idempotent: the same key twice (two processes planning the same daily job) adds one job.
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
