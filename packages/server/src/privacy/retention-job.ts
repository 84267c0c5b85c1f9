// The retention sweep as a daily job on the notifications' job runner (jobs/runner.ts): planned
// once a day with a dedupe key (two processes plan one job), run by whichever process leases it.
// Registration in the server's runner (notify/runtime.ts) is one kind and one planning call:
//   kinds: { …, [RETENTION_JOB]: retentionJob(db) }   beforeTick: await planDailyRetention(db, now)
import type { Db } from '../db/open-database.js';
import { enqueueJob } from '../jobs/job.repository.js';
import type { JobKind } from '../jobs/runner.js';
import { retentionSweep } from './retention-sweep.js';
import { vietnamDayOf } from '@doithoai/core';

export const RETENTION_JOB = 'privacy.retention-sweep';

/** Plans today's sweep (Vietnam's day); returns the job id, or null when already planned. */
export async function planDailyRetention(db: Db, now: Date): Promise<string | null> {
  return enqueueJob(
    db.kysely,
    {
      kind: RETENTION_JOB,
      payload: { today: vietnamDayOf(now) },
      runAt: now,
      dedupeKey: `retention:${vietnamDayOf(now)}`,
      maxAttempts: 3,
    },
    now,
  );
}

export function retentionJob(db: Db): JobKind {
  return {
    async run(job) {
      const today = (job.payload as { today?: string } | null)?.today;
      await retentionSweep(db, { today });
    },
  };
}
