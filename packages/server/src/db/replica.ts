// A streaming read replica of the PostgreSQL primary (DATABASE_REPLICA_URL), for the reads that
// tolerate a little lag: dashboards, oversight, search, reports, exports, the portal's pages and
// open data (docs/SCALE-OUT.md). Everything else reads and writes the primary.
//
// How far behind it is (ADR 0005): every `checkMs` this process notes the primary's WAL position
// (`pg_current_wal_lsn()`) with the time it asked, then asks the replica how far it has replayed
// (`pg_last_wal_replay_lsn()`). The replica is "caught up to" the latest noted time whose position
// it has replayed: every commit acknowledged before that time is visible on it. A request whose
// user wrote something later than that (the write time travels in a cookie, so every process
// honours it) reads the primary; so does every request while the replica is down, not a standby,
// or caught up to a time more than `maxLagMs` ago. A replica query that fails mid-request is
// retried on the primary (http/reads.ts): a replica costs no failed request.
import { Kysely, PostgresDialect } from 'kysely';
import type pg from 'pg';
import type { Db } from './open-database.js';
import { loadPg } from './pg.js';
import type { Database } from './schema.js';

export interface ReplicaSettings {
  url: string;
  /** Further behind than this (ms), the replica is not used. */
  maxLagMs: number;
  /** How often its position is checked (ms). */
  checkMs: number;
}

export interface ReplicaStatus {
  ok: boolean;
  /** Upper bound of the lag: now minus the time the replica is known to be caught up to (null: never). */
  lagMs: number | null;
  /** WAL bytes the replica has yet to replay, at the last check (null: unknown). */
  lagBytes: number | null;
  /** Why it is not used, when it is not. */
  reason?: string;
}

/** A pg_lsn ('16/B374D848') as a number of bytes. */
export function lsnBytes(lsn: string): bigint {
  const [hi, lo] = lsn.split('/');
  return (BigInt(`0x${hi}`) << 32n) + BigInt(`0x${lo}`);
}

export const REPLICA_APPLICATION_NAME = 'doithoai-replica';

export class Replica {
  readonly db: Db;
  private readonly pool: pg.Pool;
  /** Primary positions noted and when (ms), oldest first; pruned as the replica passes them. */
  private samples: { lsn: bigint; at: number }[] = [];
  private caughtUpTo = 0;
  private lagBytes: number | null = null;
  private problem: string | null = 'not checked yet';
  /** What was last said in the log (a reason, or null for "in use"), so each change is logged once. */
  private said: string | null = null;
  private timer: NodeJS.Timeout | null = null;
  private checking = false;
  private closed = false;

  constructor(
    private readonly primary: Db,
    private readonly settings: ReplicaSettings,
    private readonly warn: (msg: string) => void = () => {},
  ) {
    const url = new URL(settings.url);
    this.pool = new (loadPg().Pool)({
      connectionString: settings.url,
      max: 10,
      // Seen in the replica's pg_stat_activity; the URL may say otherwise.
      application_name: url.searchParams.get('application_name') ?? REPLICA_APPLICATION_NAME,
      // A replica that stopped answering must not hold a request for long: it falls back.
      connectionTimeoutMillis: 2000,
      query_timeout: 30_000,
      allowExitOnIdle: true,
    });
    // Nothing is written through it: a hot standby refuses writes, and a URL that is not a
    // standby is never used (check()).
    this.pool.on('connect', (client) => {
      // A connection the replica ends while a query holds it (the replica stopped) emits 'error'
      // after the query failed: without a listener that would end the process.
      client.on('error', (err) => this.failed(err));
    });
    this.pool.on('error', (err) => this.failed(err));
    const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool: this.pool }) });
    this.db = {
      kysely,
      dialect: 'postgres',
      location: settings.url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@'),
      pgPool: this.pool,
      close: () => kysely.destroy(),
    };
  }

  /** Starts the periodic check (the first one at once). */
  start(): this {
    if (!this.timer && !this.closed) {
      void this.check();
      this.timer = setInterval(() => void this.check(), this.settings.checkMs);
      this.timer.unref();
    }
    return this;
  }

  /** One check of the primary's and the replica's positions. */
  async check(): Promise<void> {
    if (this.checking || this.closed) return;
    this.checking = true;
    try {
      const at = Date.now();
      let primaryLsn: bigint;
      try {
        const r = await this.primary.pgPool!.query<{ lsn: string }>(
          'select pg_current_wal_lsn()::text as lsn',
        );
        primaryLsn = lsnBytes(r.rows[0]!.lsn);
      } catch {
        return; // the primary's trouble is not the replica's; the next check tries again
      }
      this.samples.push({ lsn: primaryLsn, at });
      if (this.samples.length > 10_000) this.samples.shift();
      let replayed: bigint;
      try {
        const r = await this.pool.query<{ replay: string | null; standby: boolean }>(
          'select pg_last_wal_replay_lsn()::text as replay, pg_is_in_recovery() as standby',
        );
        const row = r.rows[0]!;
        if (!row.standby || !row.replay) {
          // A promoted replica (or a primary's URL) has its own history: reading it could be wrong.
          this.setProblem('not a standby (pg_is_in_recovery() is false)');
          return;
        }
        replayed = lsnBytes(row.replay);
      } catch (e) {
        this.failed(e as Error);
        return;
      }
      let passed = -1;
      for (let i = 0; i < this.samples.length; i++)
        if (this.samples[i]!.lsn <= replayed) passed = i;
      if (passed >= 0) {
        this.caughtUpTo = Math.max(this.caughtUpTo, this.samples[passed]!.at);
        this.samples = this.samples.slice(passed + 1);
      }
      const latest = this.samples.length ? this.samples[this.samples.length - 1]!.lsn : primaryLsn;
      this.lagBytes = Number(latest > replayed ? latest - replayed : 0n);
      this.setProblem(null);
    } finally {
      this.checking = false;
    }
  }

  private setProblem(problem: string | null) {
    this.problem = problem;
    this.status();
  }

  /** Logs each change once, when it is first seen: 'unreachable', 'behind', 'not a standby', or back in use. */
  private note(reason: string | undefined) {
    const kind = reason ? reason.replace(/ \(.*$| by .*$/, '') : null;
    if (kind === this.said) return;
    const starting = (k: string | null) => k === 'not checked yet' || k === 'not caught up yet';
    if (reason && !starting(kind))
      this.warn(`read replica not used: ${reason}; reading the primary`);
    else if (!reason && this.said && !starting(this.said)) this.warn('read replica back in use');
    this.said = kind;
  }

  /** A replica query failed (connection refused, terminated, timed out): not used until a check succeeds. */
  failed(err: Error): void {
    this.setProblem(`unreachable (${err.message})`);
  }

  status(now = Date.now()): ReplicaStatus {
    const lagMs = this.caughtUpTo ? Math.max(0, now - this.caughtUpTo) : null;
    const reason =
      this.problem ??
      (lagMs === null
        ? 'not caught up yet'
        : lagMs > this.settings.maxLagMs
          ? `behind by ${lagMs} ms (more than ${this.settings.maxLagMs})`
          : undefined);
    this.note(reason);
    return { ok: !reason, lagMs, lagBytes: this.lagBytes, ...(reason ? { reason } : {}) };
  }

  /**
   * Whether a read may go to the replica, for a user whose latest write was answered at
   * `lastWriteAt` (ms, 0 for none). `skewMs` allows for clocks of other machines.
   */
  usableFor(lastWriteAt: number, now = Date.now(), skewMs = 500): boolean {
    if (!this.status(now).ok) return false;
    return !lastWriteAt || this.caughtUpTo > lastWriteAt + skewMs;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.db.close();
  }
}

export function openReplica(
  primary: Db,
  settings: ReplicaSettings,
  warn?: (msg: string) => void,
): Replica {
  if (primary.dialect !== 'postgres' || !primary.pgPool)
    throw new Error('DATABASE_REPLICA_URL needs DATABASE_URL (PostgreSQL)');
  return new Replica(primary, settings, warn).start();
}
