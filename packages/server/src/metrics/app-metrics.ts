// The figures a province's Prometheus scrapes from each app process (docs/SCALE-OUT.md, deploy/):
// requests and their latency per route pattern (never the raw URL: one series per route, not
// per record), the job queue and the notification outbox as the database has them at scrape
// time (so every process reports the same shared queue), group-commit batch sizes, database
// pool use, replica lag, and Node's own process figures.
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type pg from 'pg';
import { onGroupCommitBatch } from '../db/group-commit.js';
import type { Db } from '../db/open-database.js';
import { replicaOf } from '../http/reads.js';
import { notifyChannels } from '../notify/outbox.js';
import { systemClock } from '../shared/clock.js';
import { dueJobsByKind, jobsByKindAndState, unsentDeliveries } from './metrics.repository.js';

/** Node's figures (CPU, memory, event-loop lag, GC) are the process's, so one registry for all apps in it. */
let processRegistry: Registry | null = null;
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

export interface AppMetrics {
  readonly contentType: string;
  observeRequest(method: string, route: string, status: number, seconds: number): void;
  /** Everything, in Prometheus' text format (queries the database). */
  text(): Promise<string>;
  stop(): void;
}

export function createAppMetrics(db: Db, clock: () => Date = systemClock): AppMetrics {
  const registry = new Registry();
  const registers = [registry];
  const collectErrors = new Counter({
    name: 'doithoai_metrics_collect_errors_total',
    help: 'Figures read from the database at scrape time that could not be read (the series is left out)',
    labelNames: ['figure'],
    registers,
  });
  /** Figures read from the database at scrape time: reset, then filled; a failed read leaves them empty and is counted. */
  const fromDatabase: { figure: string; gauges: Gauge[]; fill(): Promise<void> }[] = [];
  const readDatabase = () =>
    Promise.all(
      fromDatabase.map(async ({ figure, gauges, fill }) => {
        for (const g of gauges) g.reset();
        try {
          await fill();
        } catch {
          for (const g of gauges) g.reset();
          collectErrors.inc({ figure });
        }
      }),
    );

  const requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status code',
    labelNames: ['method', 'route', 'status_code'],
    registers,
  });
  const latency = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from the request received to the answer sent, by method and route pattern',
    labelNames: ['method', 'route'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers,
  });

  const jobs = new Gauge({
    name: 'doithoai_jobs',
    help: 'Jobs in the queue (job table) by kind and state: pending (due or not), running (leased), failed (gave up)',
    labelNames: ['kind', 'state'],
    registers,
  });
  fromDatabase.push({
    figure: 'jobs',
    gauges: [jobs],
    fill: async () => {
      const rows = await jobsByKindAndState(db.kysely, ['pending', 'running', 'failed']);
      for (const r of rows) jobs.set({ kind: r.kind, state: r.state }, Number(r.n));
    },
  });
  const due = new Gauge({
    name: 'doithoai_jobs_due',
    help: 'Pending jobs whose time has come (waiting for a runner), by kind',
    labelNames: ['kind'],
    registers,
  });
  const oldestDue = new Gauge({
    name: 'doithoai_jobs_oldest_due_age_seconds',
    help: 'How long the oldest due job has been waiting for a runner, by kind (0: none waiting)',
    labelNames: ['kind'],
    registers,
  });
  fromDatabase.push({
    figure: 'jobs_due',
    gauges: [due, oldestDue],
    fill: async () => {
      const now = clock();
      const rows = await dueJobsByKind(db.kysely, now.toISOString());
      for (const r of rows) {
        due.set({ kind: r.kind }, Number(r.n));
        oldestDue.set(
          { kind: r.kind },
          Math.max(0, (now.getTime() - Date.parse(String(r.oldest))) / 1000),
        );
      }
    },
  });

  const deliveries = new Gauge({
    name: 'doithoai_outbox_deliveries',
    help: 'Notification deliveries not yet sent, by channel and state: pending (first try to come), retrying (pending after a failed attempt), failed (gave up: shown to the administrator)',
    labelNames: ['channel', 'state'],
    registers,
  });
  fromDatabase.push({
    figure: 'outbox',
    gauges: [deliveries],
    fill: async () => {
      for (const channel of notifyChannels)
        for (const state of ['pending', 'retrying', 'failed'])
          deliveries.set({ channel, state }, 0);
      const rows = await unsentDeliveries(db.kysely);
      for (const r of rows) {
        if (r.state === 'failed')
          deliveries.set({ channel: r.channel, state: 'failed' }, Number(r.n));
        else {
          deliveries.set({ channel: r.channel, state: 'retrying' }, Number(r.retrying ?? 0));
          deliveries.set(
            { channel: r.channel, state: 'pending' },
            Number(r.n) - Number(r.retrying ?? 0),
          );
        }
      }
    },
  });

  const batchSize = new Histogram({
    name: 'doithoai_group_commit_batch_size',
    help: 'Write requests that shared one SQLite commit (db/group-commit.ts); empty on PostgreSQL',
    buckets: [1, 2, 4, 8, 16, 32, 64, 128, 256],
    registers,
  });
  const stopListening = onGroupCommitBatch((of, units) => {
    if (of === db) batchSize.observe(units);
  });

  const pools = (): [string, pg.Pool][] => {
    const found: [string, pg.Pool][] = [];
    if (db.pgPool) found.push(['primary', db.pgPool]);
    const replicaPool = replicaOf(db)?.db.pgPool;
    if (replicaPool) found.push(['replica', replicaPool]);
    return found;
  };
  const poolConnections: Gauge = new Gauge({
    name: 'doithoai_db_pool_connections',
    help: 'PostgreSQL pool connections by pool (primary, replica) and state: open, idle, in_use, and waiting (requests queued for a connection)',
    labelNames: ['pool', 'state'],
    registers,
    collect() {
      this.reset();
      for (const [pool, p] of pools()) {
        poolConnections.set({ pool, state: 'open' }, p.totalCount);
        poolConnections.set({ pool, state: 'idle' }, p.idleCount);
        poolConnections.set({ pool, state: 'in_use' }, p.totalCount - p.idleCount);
        poolConnections.set({ pool, state: 'waiting' }, p.waitingCount);
      }
    },
  });
  const poolMax: Gauge = new Gauge({
    name: 'doithoai_db_pool_max_connections',
    help: 'The most connections each PostgreSQL pool opens',
    labelNames: ['pool'],
    registers,
    collect() {
      this.reset();
      for (const [pool, p] of pools()) poolMax.set({ pool }, p.options.max ?? 10);
    },
  });

  const replicaLag: Gauge = new Gauge({
    name: 'doithoai_replica_lag_seconds',
    help: "Upper bound of the read replica's lag behind the primary (DATABASE_REPLICA_URL; absent without one or before its first check)",
    registers,
    collect() {
      this.reset();
      const lagMs = replicaOf(db)?.status().lagMs;
      if (lagMs !== null && lagMs !== undefined) replicaLag.set(lagMs / 1000);
    },
  });
  const replicaUsed: Gauge = new Gauge({
    name: 'doithoai_replica_in_use',
    help: '1 while reads may go to the replica, 0 while they fall back to the primary (down, not a standby, or too far behind)',
    registers,
    collect() {
      this.reset();
      const replica = replicaOf(db);
      if (replica) replicaUsed.set(replica.status().ok ? 1 : 0);
    },
  });

  return {
    contentType: registry.contentType,
    observeRequest(method, route, status, seconds) {
      requests.inc({ method, route, status_code: String(status) });
      latency.observe({ method, route }, seconds);
    },
    async text() {
      await readDatabase();
      return `${await processMetrics().metrics()}\n${await registry.metrics()}`;
    },
    stop: () => {
      stopListening();
    },
  };
}
