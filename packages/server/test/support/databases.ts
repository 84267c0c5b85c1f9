// Test databases: a fresh SQLite file per test, and a fresh PostgreSQL database per test when a
// server answers (DATABASE_URL_TEST, else 127.0.0.1:5432 as user postgres). Without one, the
// PostgreSQL half of each suite is skipped — and says so loudly.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPostgres, openSqlite, type Db } from '../../src/db/open-database.js';

const adminUrl = process.env.DATABASE_URL_TEST ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function portAnswers(url: string): Promise<boolean> {
  const u = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: u.hostname, port: Number(u.port || 5432) });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

export const postgresAvailable: boolean =
  process.env.SKIP_POSTGRES === '1' ? false : await portAnswers(adminUrl);

if (!postgresAvailable && process.env.REQUIRE_POSTGRES === '1') {
  throw new Error(`REQUIRE_POSTGRES=1 but PostgreSQL does not answer at ${new URL(adminUrl).host}`);
}
if (!postgresAvailable) {
  console.warn(
    `\n⚠ PostgreSQL tests SKIPPED: nothing answers at ${new URL(adminUrl).host} ` +
      '(set DATABASE_URL_TEST to a server where the user may CREATE DATABASE).\n',
  );
}

export const dialects = ['sqlite', 'postgres'] as const;
export type TestDialect = (typeof dialects)[number];

export interface TestDatabase {
  db: Db;
  /** Opens a second connection to the same database (a "restart"). */
  reopen(): Db;
  drop(): Promise<void>;
}

export async function createTestDatabase(dialect: TestDialect): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'doithoai-test-'));
    const file = path.join(dir, 'test.sqlite');
    return {
      db: openSqlite(file),
      reopen: () => openSqlite(file),
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `doithoai_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    db: openPostgres(url.toString(), 4),
    reopen: () => openPostgres(url.toString(), 4),
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** `describe.each` rows: SQLite always, PostgreSQL when available. */
export const dialectCases = dialects.map((d) => ({
  dialect: d,
  skip: d === 'postgres' && !postgresAvailable,
}));
