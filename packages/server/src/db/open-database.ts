// Opens the database chosen by the configuration: PostgreSQL when DATABASE_URL is set,
// otherwise an embedded SQLite file in DATA_DIR. One Kysely type for both.
import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { CompiledQuery, Kysely, PostgresDialect, SqliteDialect, type Driver } from 'kysely';
import type pg from 'pg';
import type { Dialect } from './columns.js';
import { loadPg } from './pg.js';
import type { Database } from './schema.js';

export interface Db {
  kysely: Kysely<Database>;
  dialect: Dialect;
  /** For SQLite: the file; for PostgreSQL: the URL with any password hidden. */
  location: string;
  /** The raw SQLite handle (online backup), absent on PostgreSQL. */
  sqlite?: SqliteDatabase.Database;
  pgPool?: pg.Pool;
  /** Where LISTEN connects when not through pgPool (DATABASE_LISTEN_URL: the primary itself, not a pooler). */
  listenUrl?: string;
  close(): Promise<void>;
}

export function sqliteFile(dataDir: string): string {
  return path.join(dataDir, 'doithoai.sqlite');
}

export function openSqlite(file: string): Db {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SqliteDatabase(file);
  // WAL + synchronous=FULL: every acknowledged commit is on disk before we answer (ADR 0001).
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const kysely = new Kysely<Database>({
    dialect: new ImmediateSqliteDialect({ database: withStatementCache(sqlite) }),
  });
  return {
    kysely,
    dialect: 'sqlite',
    location: file,
    sqlite,
    close: () => kysely.destroy(),
  };
}

/**
 * A transaction started with access mode 'read write' (the group commit's batches) is
 * BEGIN IMMEDIATE: it takes the write lock at once, waiting up to busy_timeout, instead of failing
 * with SQLITE_BUSY when it reads, then writes while another process (the CLI) wrote meanwhile.
 * Other transactions stay deferred, so a long reader (a backup from the CLI) does not hold the
 * write lock and block the server's writes.
 */
class ImmediateSqliteDialect extends SqliteDialect {
  override createDriver(): Driver {
    const driver = super.createDriver();
    driver.beginTransaction = async (connection, settings) => {
      await connection.executeQuery(
        CompiledQuery.raw(settings.accessMode === 'read write' ? 'begin immediate' : 'begin'),
      );
    };
    return driver;
  }
}

/**
 * Kysely prepares every SQLite statement anew (~45 µs each, a dozen per opinion entry); the same
 * SQL text keeps its prepared statement here instead. Safe because Kysely runs one statement at a
 * time on its single connection; SQLite re-prepares a statement itself after a schema change.
 */
function withStatementCache(sqlite: SqliteDatabase.Database, size = 500) {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(text: string): SqliteDatabase.Statement {
      let statement = cache.get(text);
      if (statement) return statement;
      statement = sqlite.prepare(text);
      if (cache.size >= size) cache.delete(cache.keys().next().value!);
      cache.set(text, statement);
      return statement;
    },
  };
}

export function openPostgres(url: string, poolSize = 10): Db {
  const pool = new (loadPg().Pool)({ connectionString: url, max: poolSize });
  // An idle connection the server ends (restart, failover, a dropped test database) is not an
  // error of ours: the pool replaces it on next use. Unhandled, it would crash the process.
  pool.on('error', (err) => {
    process.emitWarning(`PostgreSQL: idle connection closed (${err.message})`);
  });
  // The same for a connection ended while a query holds it (the query fails; the pool drops the
  // connection on release): its late 'error' event must not end the process either.
  pool.on('connect', (client) =>
    client.on('error', (err) =>
      process.emitWarning(`PostgreSQL: connection closed (${err.message})`),
    ),
  );
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    kysely,
    dialect: 'postgres',
    location: url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@'),
    pgPool: pool,
    close: () => kysely.destroy(),
  };
}

export function openDatabase(config: {
  dataDir: string;
  databaseUrl: string | null;
  databaseListenUrl?: string | null;
}): Db {
  if (!config.databaseUrl) return openSqlite(sqliteFile(config.dataDir));
  const db = openPostgres(config.databaseUrl);
  // Behind PgBouncer in transaction mode a LISTEN is not kept: it needs its own direct connection.
  if (config.databaseListenUrl) db.listenUrl = config.databaseListenUrl;
  return db;
}
