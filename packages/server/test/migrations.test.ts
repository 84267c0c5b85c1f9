// Migrations: the list is in order with one number each (but for the two 0011 files databases
// already know by name), a new migration runs only after every one a database has run, a
// database that ran the early ones in the order they were written still upgrades, and the
// state-change tables built by one helper are the tables the shipped migrations always made.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  DummyDriver,
  Kysely,
  Migrator,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  sql,
  type Migration,
  type MigrationProvider,
} from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import type { Dialect } from '../src/db/columns.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { outOfOrderMigrations, UNORDERED_ERA } from '../src/db/migration-order.js';
import { migrationProvider } from '../src/db/migrations/index.js';
import { createStateChangeTable } from '../src/db/state-change-table.js';
import type { Db } from '../src/db/open-database.js';
import {
  createTestDatabase,
  dialectCases,
  postgresAvailable,
  type TestDatabase,
} from './support/databases.js';

/** Numbers two shipped files share. Their names are recorded in databases: never renamed. */
const SHARED_NUMBERS: Record<string, string[]> = {
  '0011': ['0011-attachments', '0011-portal-limits'],
};

const registered = async (dialect: Dialect = 'sqlite') =>
  Object.keys(await migrationProvider(dialect).getMigrations());

describe('the migration list', () => {
  it('is sorted, one number per migration but for the listed legacy pair', async () => {
    const names = await registered();
    expect(names).toEqual([...names].sort());
    const byNumber = new Map<string, string[]>();
    for (const name of names) {
      const number = /^(\d{4})-[a-z0-9-]+$/.exec(name)?.[1];
      expect(number, `${name}: NNNN-words`).toBeDefined();
      byNumber.set(number!, [...(byNumber.get(number!) ?? []), name]);
    }
    const shared = Object.fromEntries([...byNumber].filter(([, list]) => list.length > 1));
    expect(shared).toEqual(SHARED_NUMBERS);
  });

  it('keeps every shipped migration and puts every new one after the last of them', async () => {
    const names = await registered();
    for (const old of UNORDERED_ERA) expect(names).toContain(old);
    const lastShipped = [...UNORDERED_ERA].sort().at(-1)!;
    for (const name of names.filter((n) => !UNORDERED_ERA.has(n)))
      expect(name > lastShipped, `${name} after ${lastShipped}`).toBe(true);
  });

  it('registers every file in the folder, on both dialects alike', async () => {
    const dir = fileURLToPath(new URL('../src/db/migrations/', import.meta.url));
    const files = fs
      .readdirSync(dir)
      .filter((f) => /^\d{4}-.*\.ts$/.test(f))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(await registered('sqlite')).toEqual(files);
    expect(await registered('postgres')).toEqual(files);
  });
});

describe('a migration after the shipped ones runs in order', () => {
  const shipped = [...UNORDERED_ERA].sort();
  const upTo = (last: string) => shipped.filter((n) => n <= last);

  it('lets the shipped ones run in the order they were written', () => {
    const ranBy1405 = [...upTo('0010-follow-up-2'), '0013-audit-chain-privacy'];
    expect(outOfOrderMigrations(shipped, ranBy1405)).toEqual([]);
    expect(
      outOfOrderMigrations(shipped, [
        ...ranBy1405,
        '0014-dashboard-indexes',
        '0011-attachments',
        '0012-security',
      ]),
    ).toEqual([]);
  });

  it('refuses a new one numbered before a migration the database has run (the 0023 gap included)', () => {
    expect(outOfOrderMigrations([...shipped, '0023-late'], shipped)).toEqual([
      { pending: '0023-late', after: '0026-dashboard-matter-summary' },
    ]);
    expect(outOfOrderMigrations([...shipped, '0027-b', '0027-a'], [...shipped, '0027-b'])).toEqual([
      { pending: '0027-a', after: '0027-b' },
    ]);
    expect(
      outOfOrderMigrations([...shipped, '0027-new'], upTo('0025-units-in-time').concat('0027-new')),
    ).toEqual([{ pending: '0026-dashboard-matter-summary', after: '0027-new' }]);
  });

  it('lets a new one after the last run', () => {
    expect(outOfOrderMigrations([...shipped, '0027-new'], shipped)).toEqual([]);
    expect(
      outOfOrderMigrations([...shipped, '0027-new', '0028-next'], [...shipped, '0027-new']),
    ).toEqual([]);
    expect(outOfOrderMigrations([...shipped, '0027-new'], [])).toEqual([]);
  });
});

describe.each(dialectCases)('upgrading an existing database on $dialect', ({ dialect, skip }) => {
  let d: TestDatabase | undefined;
  afterEach(async () => {
    await d?.db.close();
    await d?.drop();
    d = undefined;
  });

  const tables = {
    migrationTableName: 'schema_migration',
    migrationLockTableName: 'schema_migration_lock',
  };
  const only = (names: readonly string[]): MigrationProvider => ({
    async getMigrations() {
      const all = await migrationProvider(dialect).getMigrations();
      return Object.fromEntries(Object.entries(all).filter(([name]) => names.includes(name)));
    },
  });
  const plus = (extra: Record<string, Migration>): MigrationProvider => ({
    async getMigrations() {
      return { ...(await migrationProvider(dialect).getMigrations()), ...extra };
    },
  });

  it.skipIf(skip)(
    'upgrades a database that ran 0013 before 0010–0012, and refuses a new migration out of order',
    async () => {
      d = await createTestDatabase(dialect);
      const stages = [
        [
          '0001-foundation',
          '0002-opinions',
          '0003-calendar',
          '0004-documents',
          '0005-plans-sessions',
          '0006-opinion-search-prefix',
        ],
        [
          '0007-follow-up',
          '0008-portal',
          '0009-notifications',
          '0010-follow-up-2',
          '0013-audit-chain-privacy',
        ],
        ['0014-dashboard-indexes', '0011-attachments'],
      ];
      const ran: string[] = [];
      for (const stage of stages) {
        ran.push(...stage);
        const old = new Migrator({
          db: d.db.kysely,
          provider: only(ran),
          ...tables,
          allowUnorderedMigrations: true,
        });
        const r = await old.migrateToLatest();
        expect(r.error).toBeUndefined();
        await new Promise((resolve) => setTimeout(resolve, 5));
      }

      // Kysely's own order check would refuse this database: why it stays off.
      const strict = await new Migrator({
        db: d.db.kysely,
        provider: migrationProvider(dialect),
        ...tables,
      }).migrateToLatest();
      expect(String(strict.error)).toMatch(/corrupted migrations/);

      const applied = await migrateToLatest(d.db);
      const shipped = Object.keys(await migrationProvider(dialect).getMigrations()).sort();
      expect(applied).toEqual(shipped.filter((n) => !ran.includes(n)));
      expect(applied).toContain('0011-portal-limits');

      let plantedRan = false;
      const planted = { up: async () => void (plantedRan = true) };
      await expect(migrateToLatest(d.db, plus({ '0023-planted': planted }))).rejects.toThrow(
        new RegExp(`0023-planted < ${shipped.at(-1)}`),
      );
      expect(plantedRan).toBe(false);

      const next: Migration = {
        up: async (db) =>
          void (await db.schema.createTable('planted_after').addColumn('id', 'text').execute()),
      };
      expect(await migrateToLatest(d.db, plus({ '9990-planted-after': next }))).toEqual([
        '9990-planted-after',
      ]);
      const rows = await sql<{
        name: string;
      }>`select name from schema_migration where name like '%planted%'`.execute(d.db.kysely);
      expect(rows.rows.map((r) => r.name)).toEqual(['9990-planted-after']);
    },
  );
});

describe('the state-change tables', () => {
  /** A Kysely that runs nothing and keeps the SQL it would send. */
  const recorder = (dialect: Dialect) => {
    const statements: string[] = [];
    const db = new Kysely<unknown>({
      dialect: {
        createAdapter: () => (dialect === 'sqlite' ? new SqliteAdapter() : new PostgresAdapter()),
        createDriver: () => new DummyDriver(),
        createIntrospector: (k) =>
          dialect === 'sqlite' ? new SqliteIntrospector(k) : new PostgresIntrospector(k),
        createQueryCompiler: () =>
          dialect === 'sqlite' ? new SqliteQueryCompiler() : new PostgresQueryCompiler(),
      },
      log: (e) => void (e.level === 'query' && statements.push(e.query.sql)),
    });
    return { db, statements };
  };
  // What migrations 0002 and 0005 sent before the helper existed (the same on both dialects).
  const tail = `"from_state" text, "to_state" text not null, "at" text not null, "actor_user_id" text, "reason" text, "detail" text default '{}' not null)`;
  const shipped = [
    `create table "matter_state_change" ("id" text primary key, "matter_id" text not null references "matter" ("id"), ${tail}`,
    `create index "matter_state_change_idx" on "matter_state_change" ("matter_id", "at")`,
    `create table "session_state_change" ("id" text primary key, "entity" text not null, "entity_id" text not null, ${tail}`,
    `create index "session_state_change_idx" on "session_state_change" ("entity_id", "at")`,
  ];

  it.each(['sqlite', 'postgres'] as const)(
    'are built by the shipped migrations as before on %s',
    async (dialect) => {
      const { db, statements } = recorder(dialect);
      const [m0002, m0005] = await Promise.all([
        import('../src/db/migrations/0002-opinions.js'),
        import('../src/db/migrations/0005-plans-sessions.js'),
      ]);
      await m0002.up(db, dialect);
      await m0005.up(db, dialect);
      expect(statements.filter((s) => s.includes('state_change'))).toEqual(shipped);
    },
  );

  it('gives a new table the same columns around its own subject', async () => {
    const { db, statements } = recorder('postgres');
    await createStateChangeTable(db, 'postgres', {
      table: 'answer_state_change',
      subject: (t) => t.addColumn('answer_id', 'text', (col) => col.notNull()),
      indexedBy: 'answer_id',
    });
    expect(statements).toEqual([
      `create table "answer_state_change" ("id" text primary key, "answer_id" text not null, ${tail}`,
      `create index "answer_state_change_idx" on "answer_state_change" ("answer_id", "at")`,
    ]);
  });
});

describe.skipIf(!postgresAvailable)('the migration lock on PostgreSQL', () => {
  let d: TestDatabase | undefined;
  afterEach(async () => {
    await d?.db.close();
    await d?.drop();
    d = undefined;
  });

  /** Every statement the database's pool is sent from now on. */
  const recordStatements = (db: Db) => {
    const sent: string[] = [];
    db.pgPool!.on('connect', (client) => {
      const query = client.query.bind(client) as (...a: unknown[]) => unknown;
      (client as unknown as { query: typeof query }).query = (...a: unknown[]) => {
        const text = typeof a[0] === 'string' ? a[0] : (a[0] as { text?: string }).text;
        sent.push(String(text));
        return query(...a);
      };
    });
    return sent;
  };

  it('is transaction-scoped, so a pooler in transaction mode keeps it; a start with nothing to run takes none', async () => {
    d = await createTestDatabase('postgres');
    const sent = recordStatements(d.db);
    expect((await migrateToLatest(d.db)).length).toBeGreaterThan(20);
    const locks = sent.filter((s) => /advisory/.test(s));
    // Kysely's own lock is session-level: behind PgBouncer its unlock could reach another server
    // connection and leave the lock held, and the next server to start waited for it (CI, stop 28).
    expect(locks).toEqual(['select pg_advisory_xact_lock($1::bigint)']);

    sent.length = 0;
    const again = d.reopen();
    const sentAgain = recordStatements(again);
    try {
      expect(await migrateToLatest(again)).toEqual([]);
      expect(sentAgain.filter((s) => /advisory/.test(s))).toEqual([]);
    } finally {
      await again.close();
    }
  });

  it('lets one process migrate at a time: the other waits, then finds nothing to run', async () => {
    d = await createTestDatabase('postgres');
    const other = d.reopen();
    try {
      const [a, b] = await Promise.all([migrateToLatest(d.db), migrateToLatest(other)]);
      const shipped = Object.keys(await migrationProvider('postgres').getMigrations()).sort();
      expect([a, b].sort((x, y) => y.length - x.length)).toEqual([shipped, []]);
      const held = await sql<{
        n: string;
      }>`select count(*) as n from pg_locks l join pg_database b on b.oid = l.database
         where l.locktype = 'advisory' and b.datname = current_database()`.execute(d.db.kysely);
      expect(Number(held.rows[0]!.n)).toBe(0);
    } finally {
      await other.close();
    }
  });
});
