// `doithoai backup` then `restore` round-trips the database, on each dialect, and from a
// commune's SQLite into PostgreSQL (the move from a laptop to a province server).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupDatabase, restoreDatabase } from '../src/backup/backup.js';
import { prepareDatabase } from '../src/bootstrap.js';
import { buildApp } from '../src/http/app.js';
import {
  createTestDatabase,
  dialectCases,
  postgresAvailable,
  type TestDatabase,
} from './support/databases.js';
import { startTestApp, testConfig, type TestApp } from './support/test-app.js';

const tmpFile = () =>
  path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'doithoai-backup-')), 'backup.ndjson.gz');

async function snapshot(db: TestDatabase['db']) {
  const units = await db.kysely
    .selectFrom('unit')
    .select(['id', 'name', 'path'])
    .orderBy('id')
    .execute();
  const orgs = await db.kysely
    .selectFrom('organisation')
    .select(['id', 'name', 'version'])
    .orderBy('id')
    .execute();
  const audit = await db.kysely
    .selectFrom('audit_event')
    .select(['id', 'action'])
    .orderBy('id')
    .execute();
  return { units, orgs, audit };
}

describe.each(dialectCases)('backup and restore on $dialect', ({ dialect, skip }) => {
  let source: TestApp | undefined;
  let target: TestDatabase | undefined;
  afterEach(async () => {
    await source?.close();
    await target?.db.close();
    await target?.drop();
    source = target = undefined;
  });

  const targets = [
    dialect,
    ...(dialect === 'sqlite' && postgresAvailable ? (['postgres'] as const) : []),
  ];
  for (const into of targets) {
    it.skipIf(skip)(
      `round-trips everything into a fresh ${into} database, and sign-in still works`,
      async () => {
        source = await startTestApp(dialect);
        const cookie = await source.login('vanphong');
        const org = await source.deps.db.kysely
          .selectFrom('organisation')
          .selectAll()
          .executeTakeFirstOrThrow();
        const edited = await source.app.inject({
          method: 'PATCH',
          url: `/api/organisations/${org.id}`,
          headers: { cookie },
          payload: { name: 'Đã sửa trước sao lưu', version: org.version },
        });
        expect(edited.statusCode).toBe(200);

        const file = tmpFile();
        const { rows } = await backupDatabase(source.deps.db, file);
        expect(rows).toBeGreaterThan(30);

        target = await createTestDatabase(into);
        const deps = await prepareDatabase(target.db, testConfig());
        const restored = await restoreDatabase(deps.db, file);
        expect(restored.rows).toBe(rows);
        expect(await snapshot(deps.db)).toEqual(await snapshot(source.deps.db));

        const app = await buildApp(deps);
        const login = await app.inject({
          method: 'POST',
          url: '/api/auth/sign-in/username',
          headers: { origin: 'http://localhost:3999' },
          payload: { username: 'vanphong', password: 'doithoai2026' },
        });
        expect(login.statusCode).toBe(200);
        await app.close();
      },
    );
  }

  it.skipIf(skip)('refuses a file that is not a backup, and changes nothing', async () => {
    source = await startTestApp(dialect);
    const file = tmpFile();
    fs.writeFileSync(file, 'not a backup');
    const before = await snapshot(source.deps.db);
    await expect(restoreDatabase(source.deps.db, file)).rejects.toThrow(
      /không phải bản sao lưu|not a Đối Thoại backup/,
    );
    expect(await snapshot(source.deps.db)).toEqual(before);
  });
});
