// The job runner: leases due jobs from the database, runs their handlers, and records the result.
// PostgreSQL: one UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED) RETURNING, so two
// processes never take the same job; SQLite: the same single statement (SQLite has one writer).
// A lease expires: a job whose process died is taken again after leaseMs. Failures are retried
// with exponential backoff until max_attempts, then marked failed (and the kind's onGiveUp runs).
// The clock is injected, so tests run "tomorrow" or "after the lease expired" without waiting.
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type { Transaction } from 'kysely';
import type { Db } from '../db/open-database.js';
import type { Database } from '../db/schema.js';
import { systemClock } from '../shared/clock.js';
import {
  leaseDueJobs,
  markJobFailed,
  markJobsDone,
  releaseJobLeases,
  retryJobAt,
} from './job-lease.repository.js';

export interface LeasedJob {
  id: string;
  kind: string;
  payload: unknown;
  /** 1 on the first run. */
  attempt: number;
  maxAttempts: number;
  dedupeKey: string | null;
}

export interface JobContext {
  now: Date;
  owner: string;
}

/** Writes that belong with "the job is done" (one commit: the delivery marked sent and the job done). */
export type JobFinish = (trx: Transaction<Database>) => Promise<void>;

export interface JobKind {
  run(job: LeasedJob, ctx: JobContext): Promise<void | JobFinish>;
  /** After the last attempt failed. */
  giveUp?(job: LeasedJob, error: string, ctx: JobContext): Promise<void>;
}

export interface RunnerOptions {
  db: Db;
  kinds: Record<string, JobKind>;
  clock?: () => Date;
  owner?: string;
  leaseMs?: number;
  pollMs?: number;
  batch?: number;
  /** Delay before retry n (1-based): default 30 s × 2^(n−1), at most 6 h. */
  backoffMs?: (attempt: number) => number;
  /** Runs before each poll (e.g. plan today's daily jobs). */
  beforeTick?: (now: Date) => Promise<void>;
  onError?: (error: unknown) => void;
}

export const defaultBackoffMs = (attempt: number) =>
  Math.min(30_000 * 2 ** (attempt - 1), 6 * 3600_000);

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e)).slice(0, 2000);

export class JobRunner {
  readonly owner: string;
  private readonly clock: () => Date;
  private readonly leaseMs: number;
  private readonly pollMs: number;
  private readonly batch: number;
  private readonly backoffMs: (attempt: number) => number;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stopped = true;

  constructor(private readonly options: RunnerOptions) {
    this.owner =
      options.owner ?? `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
    this.clock = options.clock ?? systemClock;
    this.leaseMs = options.leaseMs ?? 60_000;
    this.pollMs = options.pollMs ?? 1000;
    this.batch = options.batch ?? 20;
    this.backoffMs = options.backoffMs ?? defaultBackoffMs;
  }

  /** Leases up to `batch` due jobs and runs them (in parallel). Returns how many ran. */
  async runOnce(): Promise<number> {
    const now = this.clock();
    await this.options.beforeTick?.(now);
    const jobs = await this.lease(now);
    const done = (await Promise.all(jobs.map((j) => this.execute(j)))).filter((d) => d !== null);
    await this.complete(done);
    return jobs.length;
  }

  /** Runs until nothing is due (tests; `doithoai jobs run`). */
  async drain(maxRounds = 1000): Promise<number> {
    let total = 0;
    for (let i = 0; i < maxRounds; i++) {
      const n = await this.runOnce();
      total += n;
      if (n === 0) break;
    }
    return total;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    const loop = async () => {
      if (this.stopped) return;
      let ran = 0;
      try {
        this.running = this.runOnce();
        ran = (await this.running) as number;
      } catch (e) {
        this.options.onError?.(e);
      } finally {
        this.running = null;
      }
      // A full batch: more may be due, go again at once.
      if (!this.stopped) this.timer = setTimeout(loop, ran >= this.batch ? 0 : this.pollMs);
    };
    this.timer = setTimeout(loop, 0);
  }

  /**
   * Stops polling and waits (at most `graceMs`) for the jobs in hand to finish (app close,
   * SIGTERM), then gives back the leases of any still unfinished, so another process takes them
   * at once instead of after the lease expires.
   */
  async stop(graceMs = 10_000): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.running) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        this.running.catch(() => undefined),
        new Promise((r) => {
          timer = setTimeout(r, graceMs);
        }),
      ]);
      clearTimeout(timer);
    }
    try {
      await this.releaseLeases();
    } catch (e) {
      this.options.onError?.(e);
    }
  }

  /**
   * Jobs this runner leased and has not finished go back to 'pending', due now; the attempt is not
   * counted (it did not end). A handler still running after this cannot mark its job done: every
   * later write checks the lease owner.
   */
  async releaseLeases(): Promise<number> {
    const at = this.clock().toISOString();
    return releaseJobLeases(this.options.db.kysely, this.owner, at);
  }

  private async lease(now: Date): Promise<LeasedJob[]> {
    const { db } = this.options;
    const at = now.toISOString();
    const until = new Date(now.getTime() + this.leaseMs).toISOString();
    const kinds = Object.keys(this.options.kinds);
    if (kinds.length === 0) return [];
    const rows = await leaseDueJobs(db.kysely, db.dialect, {
      kinds,
      owner: this.owner,
      at,
      until,
      batch: this.batch,
    });
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      payload: JSON.parse(r.payload) as unknown,
      attempt: Number(r.attempts),
      maxAttempts: Number(r.max_attempts),
      dedupeKey: r.dedupe_key,
    }));
  }

  /** The batch's successes in ONE commit: each job's own writes (delivery sent, attempt) and "done". */
  private async complete(done: { job: LeasedJob; finish: JobFinish | null }[]): Promise<void> {
    if (!done.length) return;
    const at = this.clock().toISOString();
    await this.options.db.kysely.transaction().execute(async (trx) => {
      for (const d of done) if (d.finish) await d.finish(trx);
      await markJobsDone(
        trx,
        done.map((d) => d.job.id),
        this.owner,
        at,
      );
    });
  }

  /** Runs one job: its success is returned for `complete`; a failure is recorded here (retry or give up). */
  private async execute(
    job: LeasedJob,
  ): Promise<{ job: LeasedJob; finish: JobFinish | null } | null> {
    const kind = this.options.kinds[job.kind]!;
    const ctx: JobContext = { now: this.clock(), owner: this.owner };
    const k = this.options.db.kysely;
    try {
      return { job, finish: (await kind.run(job, ctx)) ?? null };
    } catch (e) {
      const error = errorText(e);
      const now = this.clock();
      const at = now.toISOString();
      if (job.attempt >= job.maxAttempts) {
        await markJobFailed(k, job.id, this.owner, error, at);
        try {
          await kind.giveUp?.(job, error, ctx);
        } catch (g) {
          this.options.onError?.(g);
        }
      } else {
        const runAt = new Date(now.getTime() + this.backoffMs(job.attempt)).toISOString();
        await retryJobAt(k, job.id, this.owner, { runAt, error, at });
      }
      return null;
    }
  }
}
