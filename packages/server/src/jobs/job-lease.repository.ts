// The runner's statements on the job queue: lease due jobs, give leases back, and record how a
// leased job ended. Every write after the lease checks the lease owner, so a runner that lost its
// lease cannot mark the job.
import { sql } from 'kysely';
import type { Dialect } from '../db/columns.js';
import type { Q } from '../shared/query.js';

export interface LeasedRow {
  id: string;
  kind: string;
  payload: string;
  attempts: number;
  max_attempts: number;
  dedupe_key: string | null;
}

/**
 * Takes up to `batch` due jobs of the kinds (pending and due, or running with an expired lease),
 * oldest first, in one statement; PostgreSQL skips rows another process is locking.
 */
export async function leaseDueJobs(
  db: Q,
  dialect: Dialect,
  l: { kinds: string[]; owner: string; at: string; until: string; batch: number },
): Promise<LeasedRow[]> {
  const due = sql`((state = 'pending' and run_at <= ${l.at}) or (state = 'running' and lease_expires_at <= ${l.at})) and kind in (${sql.join(l.kinds)})`;
  const lock = dialect === 'postgres' ? sql`for update skip locked` : sql``;
  const result = await sql<LeasedRow>`
      update job set state = 'running', lease_owner = ${l.owner}, lease_expires_at = ${l.until}, attempts = attempts + 1, updated_at = ${l.at}
      where ${due} and id in (select id from job where ${due} order by run_at limit ${l.batch} ${lock})
      returning id, kind, payload, attempts, max_attempts, dedupe_key`.execute(db);
  return result.rows;
}

/** The owner's running jobs go back to pending, the attempt not counted; returns how many. */
export async function releaseJobLeases(db: Q, owner: string, at: string): Promise<number> {
  const r = await db
    .updateTable('job')
    .set((eb) => ({
      state: 'pending',
      lease_owner: null,
      lease_expires_at: null,
      attempts: eb('attempts', '-', 1),
      updated_at: at,
    }))
    .where('state', '=', 'running')
    .where('lease_owner', '=', owner)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export async function markJobsDone(db: Q, ids: string[], owner: string, at: string) {
  await db
    .updateTable('job')
    .set({
      state: 'done',
      finished_at: at,
      updated_at: at,
      lease_owner: null,
      lease_expires_at: null,
      last_error: null,
    })
    .where('id', 'in', ids)
    .where('lease_owner', '=', owner)
    .execute();
}

export async function markJobFailed(db: Q, id: string, owner: string, error: string, at: string) {
  await db
    .updateTable('job')
    .set({
      state: 'failed',
      finished_at: at,
      updated_at: at,
      lease_owner: null,
      lease_expires_at: null,
      last_error: error,
    })
    .where('id', '=', id)
    .where('lease_owner', '=', owner)
    .execute();
}

/** The job waits for `runAt` to be tried again. */
export async function retryJobAt(
  db: Q,
  id: string,
  owner: string,
  r: { runAt: string; error: string; at: string },
) {
  await db
    .updateTable('job')
    .set({
      state: 'pending',
      run_at: r.runAt,
      updated_at: r.at,
      lease_owner: null,
      lease_expires_at: null,
      last_error: r.error,
    })
    .where('id', '=', id)
    .where('lease_owner', '=', owner)
    .execute();
}
