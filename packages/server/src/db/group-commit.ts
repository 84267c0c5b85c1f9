// Group commit for SQLite: concurrent write requests share ONE transaction and so one fsync of
// the WAL (synchronous=FULL). A request enqueues its unit of work; whoever finds no batch running
// becomes the leader and runs every queued unit in one BEGIN IMMEDIATE … COMMIT, each inside its
// own SAVEPOINT so a unit that fails rolls back alone. Every promise settles only after COMMIT
// has returned: a unit's success is on disk before its caller answers 2xx. If the shared COMMIT
// fails, each unit is run again in a transaction of its own.
// On PostgreSQL there is no queue: one transaction per request (the pool gives concurrency, and
// the server already groups concurrent commits' WAL flushes).
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Transaction } from 'kysely';
import type { Db } from './open-database.js';
import type { Database } from './schema.js';

/** A unit of work: runs inside a transaction (on SQLite, inside its own savepoint). */
export type WriteWork<T> = (trx: Transaction<Database>) => Promise<T>;

interface Queued {
  work: WriteWork<unknown>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/** At most this many units share a commit (bounds one batch's latency and its memory). */
export const MAX_BATCH = 256;

export interface GroupCommitStats {
  batches: number;
  units: number;
  largestBatch: number;
}

class SqliteGroupCommit {
  private queue: Queued[] = [];
  private running = false;
  private idleWaiters: (() => void)[] = [];
  readonly stats: GroupCommitStats = { batches: 0, units: 0, largestBatch: 0 };

  constructor(private readonly db: Db) {}

  enqueue<T>(work: WriteWork<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({
        work: work as WriteWork<unknown>,
        resolve: resolve as (v: unknown) => void,
        reject,
      });
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      // Let the requests that arrived in the same turn of the event loop join the first batch.
      await new Promise<void>((r) => setImmediate(r));
      while (this.queue.length > 0) await this.runBatch(this.queue.splice(0, MAX_BATCH));
    } finally {
      this.running = false;
      for (const resolve of this.idleWaiters.splice(0)) resolve();
    }
  }

  private async runBatch(batch: Queued[]): Promise<void> {
    let outcomes: Outcome[];
    try {
      outcomes = await this.inOneTransaction(batch);
    } catch {
      // The shared COMMIT failed (e.g. a deferred constraint of one unit): nothing of the batch is
      // stored, so each unit runs again alone and hears its own outcome — one bad unit cannot
      // fail the others, and no caller hears "done" for work that is not on disk.
      for (const item of batch) {
        try {
          settle(item, (await this.inOneTransaction([item]))[0]!);
        } catch (error) {
          item.reject(error);
        }
      }
      return;
    }
    this.stats.batches++;
    this.stats.units += batch.length;
    this.stats.largestBatch = Math.max(this.stats.largestBatch, batch.length);
    for (const listener of batchListeners) {
      try {
        listener(this.db, batch.length);
      } catch {
        // A metric must never fail a commit.
      }
    }
    batch.forEach((item, i) => settle(item, outcomes[i]!));
  }

  /** Resolves once nothing is queued or committing (graceful shutdown, before the database closes). */
  idle(): Promise<void> {
    if (!this.running && this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Runs the units in one transaction, a savepoint each; their outcomes count once COMMIT returns. */
  private async inOneTransaction(batch: Queued[]): Promise<Outcome[]> {
    const outcomes: Outcome[] = [];
    // One connection held for the whole batch: nothing else writes between BEGIN and COMMIT;
    // 'read write' makes it BEGIN IMMEDIATE (open-database.ts). A caller's own open transaction
    // (db/join-transaction.ts) offers no access mode: it already holds the connection.
    const builder = this.db.kysely.startTransaction();
    const trx = await (
      typeof builder.setAccessMode === 'function' ? builder.setAccessMode('read write') : builder
    ).execute();
    try {
      for (const item of batch) {
        const unit = await trx.savepoint('group_item').execute();
        try {
          outcomes.push({ ok: true, value: await insideUnit.run(this, () => item.work(unit)) });
          await unit.releaseSavepoint('group_item').execute();
        } catch (error) {
          // Undo this unit only; the others in the batch keep their work.
          await unit.rollbackToSavepoint('group_item').execute();
          await unit.releaseSavepoint('group_item').execute();
          outcomes.push({ ok: false, error });
        }
      }
      await trx.commit().execute();
    } catch (error) {
      await trx
        .rollback()
        .execute()
        .catch(() => undefined);
      throw error;
    }
    return outcomes;
  }
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

function settle(item: Queued, outcome: Outcome): void {
  if (outcome.ok) item.resolve(outcome.value);
  else item.reject(outcome.error);
}

const queues = new WeakMap<Db, SqliteGroupCommit>();
/** The queue whose batch is running the current unit of work (to refuse a nested call). */
const insideUnit = new AsyncLocalStorage<SqliteGroupCommit>();

/** Turned off (one transaction per request on SQLite too) with GROUP_COMMIT=0, for comparison. */
const enabled = () => process.env.GROUP_COMMIT !== '0';

/**
 * Runs `work` in a transaction and resolves after it is durably committed. On SQLite, concurrent
 * calls share one commit (see above). `work` must do all its database access through the handle
 * it is given: on SQLite the connection is held by the batch, so `db.kysely` would wait forever.
 */
export function writeTransaction<T>(db: Db, work: WriteWork<T>): Promise<T> {
  if (db.dialect !== 'sqlite' || !enabled()) return db.kysely.transaction().execute(work);
  let queue = queues.get(db);
  if (queue && insideUnit.getStore() === queue) {
    // It would wait for the batch it is part of: a deadlock. Use the handle given to the unit.
    return Promise.reject(
      new Error(
        'writeTransaction called inside a unit of work of the same database: use the transaction handle it was given',
      ),
    );
  }
  if (!queue) {
    queue = new SqliteGroupCommit(db);
    queues.set(db, queue);
  }
  return queue.enqueue(work);
}

/** Batches and units committed so far on this database (tests, benchmarks); null if none. */
export function groupCommitStats(db: Db): GroupCommitStats | null {
  return queues.get(db)?.stats ?? null;
}

/** Told the size of every batch committed, on any database (metrics/). Returns its removal. */
export type GroupCommitListener = (db: Db, units: number) => void;
const batchListeners = new Set<GroupCommitListener>();
export function onGroupCommitBatch(listener: GroupCommitListener): () => void {
  batchListeners.add(listener);
  return () => batchListeners.delete(listener);
}

/** Resolves when this database's open group commit (if any) has committed (graceful shutdown). */
export function groupCommitIdle(db: Db): Promise<void> {
  return queues.get(db)?.idle() ?? Promise.resolve();
}
