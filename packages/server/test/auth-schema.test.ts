// The auth library's tables are brought up to date by its own planner only when the stamp kept in
// app_setting differs (a new database, another version of the library, other plugins), so that a
// warm start does not load the library at all (auth/auth.ts, docs/PERFORMANCE.md).
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import {
  AUTH_SCHEMA_PLUGINS,
  authOptions,
  authSchemaStamp,
  createAuth,
  migrateAuth,
} from '../src/auth/auth.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { testConfig } from './support/test-app.js';

const stampOf = async (t: TestDatabase) =>
  (
    await t.db.kysely
      .selectFrom('app_setting')
      .select('value')
      .where('key', '=', 'auth_schema')
      .executeTakeFirst()
  )?.value;
const hasTwoFactorTable = async (t: TestDatabase) =>
  (
    await sql<{
      name: string;
    }>`select name from sqlite_master where type = 'table' and name = 'twoFactor'`.execute(
      t.db.kysely,
    )
  ).rows.length === 1;

describe('the auth schema stamp', () => {
  let t: TestDatabase | undefined;
  afterEach(async () => {
    await t?.db.close();
    await t?.drop();
    t = undefined;
  });

  it('names the plugins authOptions really uses and the installed version', async () => {
    t = await createTestDatabase('sqlite');
    const options = await authOptions(t.db, testConfig(), 'x'.repeat(32));
    expect(options.plugins.map((p) => p.id)).toEqual(AUTH_SCHEMA_PLUGINS);
    expect(authSchemaStamp()).toMatch(
      /^better-auth \d+\.\d+\.\d+[^;]*; plugins username, two-factor$/,
    );
  });

  it('runs the planner on a new database, skips it while the stamp matches, runs it again when the stamp differs', async () => {
    t = await createTestDatabase('sqlite');
    const config = testConfig();
    await migrateToLatest(t.db);
    await migrateAuth(t.db, config);
    expect(await stampOf(t)).toBe(authSchemaStamp());
    expect(await hasTwoFactorTable(t)).toBe(true);

    await sql`drop table "twoFactor"`.execute(t.db.kysely);
    await migrateAuth(t.db, config); // the stamp matches: the planner is not run
    expect(await hasTwoFactorTable(t)).toBe(false);

    await t.db.kysely
      .updateTable('app_setting')
      .set({ value: 'better-auth 0.0.0; plugins username' })
      .where('key', '=', 'auth_schema')
      .execute();
    await migrateAuth(t.db, config); // another version or other plugins: the planner runs
    expect(await hasTwoFactorTable(t)).toBe(true);
    expect(await stampOf(t)).toBe(authSchemaStamp());
  });

  it('builds the library once, at first use, and shares it', async () => {
    t = await createTestDatabase('sqlite');
    const auth = createAuth(t.db, testConfig(), 'x'.repeat(32));
    expect(auth.security.absoluteSeconds).toBeGreaterThan(0);
    const [a, b] = await Promise.all([auth.instance(), auth.instance()]);
    expect(a).toBe(b);
    expect(typeof a.handler).toBe('function');
  });
});
