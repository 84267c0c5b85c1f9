// Behind PgBouncer in transaction mode (issue 21): Debian's pgbouncer, started by this test as the
// postgres user with its own ini (pool_mode = transaction) in front of the PostgreSQL on 5432. The
// scale-out assertions (sessions shared and ended everywhere, 409 on a concurrent change, each job
// run once) and the exactly-once reminder assertions run again with every app connection through
// the bouncer; only LISTEN (the session cache's) goes straight to PostgreSQL, by
// DATABASE_LISTEN_URL. The bouncer's own figures show the traffic went through it.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../src/db/migrate.js';
import { openPostgres } from '../src/db/open-database.js';
import { freePort, postgresStore, type Store } from './support/child-server.js';
import { postgresAvailable } from './support/databases.js';
import {
  pgbouncerMissing,
  skipUnlessAvailable,
  startPgbouncer,
  type Bouncer,
} from './support/pg-cluster.js';
import { describeRemindersOnce, describeScaleOut } from './support/scale-out-suite.js';

const target = new URL(
  process.env.DATABASE_URL_TEST ?? 'postgres://postgres@127.0.0.1:5432/postgres',
);
const skip = !postgresAvailable || skipUnlessAvailable('PgBouncer tests', pgbouncerMissing);
let bouncer: Bouncer | undefined;
const databases: string[] = [];

/** A fresh database on 5432, reached through the bouncer; LISTEN straight to PostgreSQL. */
async function throughBouncer(): Promise<Store> {
  const direct = await postgresStore();
  const name = new URL(direct.databaseUrl!).pathname.slice(1);
  databases.push(name);
  const via = bouncer!.url(name);
  return {
    ...direct,
    env: { ...direct.env, DATABASE_URL: via, DATABASE_LISTEN_URL: direct.databaseUrl },
    databaseUrl: via,
  };
}

async function showStats(): Promise<{ database: string; total_xact_count: string }[]> {
  // The bouncer's admin console: simple protocol only, which a parameterless query uses.
  const c = new pg.Client({ connectionString: bouncer!.url('pgbouncer') });
  await c.connect();
  try {
    return (await c.query('show stats')).rows as { database: string; total_xact_count: string }[];
  } finally {
    await c.end();
  }
}

describe.skipIf(skip)('PgBouncer in transaction mode in front of PostgreSQL', () => {
  beforeAll(async () => {
    bouncer = await startPgbouncer(await freePort(), {
      host: target.hostname,
      port: Number(target.port || 5432),
    });
  }, 60_000);
  afterAll(async () => {
    await bouncer?.stop();
  });

  it('is in transaction mode and passes queries through', async () => {
    const c = new pg.Client({ connectionString: bouncer!.url('pgbouncer') });
    await c.connect();
    const config = (await c.query('show config')).rows as { key: string; value: string }[];
    await c.end();
    expect(config.find((r) => r.key === 'pool_mode')?.value).toBe('transaction');
  });

  it('two processes migrating one new database at once through it both finish, and leave no lock held', async () => {
    const store = await postgresStore();
    const via = bouncer!.url(new URL(store.databaseUrl!).pathname.slice(1));
    const [a, b] = [openPostgres(via, 3), openPostgres(via, 3)];
    try {
      const ran = await Promise.all([migrateToLatest(a), migrateToLatest(b)]);
      expect(ran.map((r) => r.length).sort((x, y) => x - y)[0]).toBe(0);
      // A session-level lock left on a pooled server connection would show here, held.
      const direct = new pg.Client({ connectionString: store.databaseUrl });
      await direct.connect();
      const held = await direct.query(
        "select count(*)::int as n from pg_locks l join pg_database d on d.oid = l.database where l.locktype = 'advisory' and d.datname = current_database()",
      );
      await direct.end();
      expect(held.rows[0].n).toBe(0);
      // And a third start, as a server's, does not wait.
      expect(await migrateToLatest(a)).toEqual([]);
    } finally {
      await a.close();
      await b.close();
      await store.drop();
    }
  }, 120_000);

  describeScaleOut('the scale-out tests, through PgBouncer', skip, throughBouncer);
  describeRemindersOnce('the exactly-once reminders, through PgBouncer', skip, throughBouncer);

  it("the app's transactions went through the bouncer", async () => {
    const stats = await showStats();
    for (const name of databases) {
      const row = stats.find((r) => r.database === name);
      expect(
        row,
        `${name} in SHOW STATS: ${JSON.stringify(stats)}\n${bouncer!.log().slice(-3000)}`,
      ).toBeDefined();
      expect(Number(row!.total_xact_count)).toBeGreaterThan(100);
    }
  });
});
