// `doithoai backup --passphrase-file` encrypts (scrypt + AES-256-GCM); restore needs the same
// passphrase. A wrong passphrase, no passphrase, or one altered byte: a clear error and nothing
// restored. On both dialects, and through the CLI.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../src/audit/verify-chain.js';
import { backupDatabase, restoreDatabase } from '../src/backup/backup.js';
import { prepareDatabase } from '../src/bootstrap.js';
import type { AppDeps } from '../src/http/deps.js';
import { createTestDatabase, dialectCases, type TestDatabase } from './support/databases.js';
import { runCli } from './support/run-cli.js';
import { startTestApp, testConfig, type TestApp } from './support/test-app.js';

const tmpDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'doithoai-enc-'));
const PASS = 'mật khẩu sao lưu đủ dài';

async function snapshot(db: AppDeps['db']) {
  const petitioners = await db.kysely
    .selectFrom('petitioner')
    .select(['id', 'full_name', 'phone'])
    .orderBy('id')
    .execute();
  const units = await db.kysely.selectFrom('unit').select(['id', 'name']).orderBy('id').execute();
  const audit = await db.kysely
    .selectFrom('audit_event')
    .select(['id', 'hash'])
    .orderBy('seq')
    .execute();
  return { petitioners, units, audit };
}

describe.each(dialectCases)('encrypted backups on $dialect', ({ dialect, skip }) => {
  let source: TestApp | undefined;
  let target: TestDatabase | undefined;
  afterEach(async () => {
    await source?.close();
    await target?.db.close();
    await target?.drop();
    source = target = undefined;
  });

  it.skipIf(skip)(
    'round-trips with the passphrase; wrong, missing or altered: a clear error and nothing restored',
    async () => {
      source = await startTestApp(dialect);
      const file = path.join(tmpDir(), 'b.enc');
      const { rows, encrypted } = await backupDatabase(source.deps.db, file, { passphrase: PASS });
      expect(encrypted).toBe(true);
      const bytes = fs.readFileSync(file);
      expect(bytes.subarray(0, 14).toString()).toBe('DOITHOAI-ENC1\n');
      expect(() => zlib.gunzipSync(bytes)).toThrow();
      const someName = (
        await source.deps.db.kysely
          .selectFrom('petitioner')
          .select('full_name')
          .where('full_name', 'is not', null)
          .executeTakeFirstOrThrow()
      ).full_name!;
      expect(bytes.includes(Buffer.from(someName))).toBe(false);

      target = await createTestDatabase(dialect);
      const deps = await prepareDatabase(target.db, testConfig());
      await deps.db.kysely
        .insertInto('app_setting')
        .values({ key: 'marker', value: 'kept' })
        .execute();
      const untouched = async () => {
        expect(
          await deps.db.kysely
            .selectFrom('app_setting')
            .select('value')
            .where('key', '=', 'marker')
            .executeTakeFirst(),
        ).toEqual({ value: 'kept' });
        expect(await deps.db.kysely.selectFrom('unit').select('id').execute()).toEqual([]);
      };

      await expect(
        restoreDatabase(deps.db, file, { passphrase: 'sai mật khẩu rồi' }),
      ).rejects.toThrow(/Sai mật khẩu sao lưu.*wrong backup passphrase/);
      await untouched();
      await expect(restoreDatabase(deps.db, file)).rejects.toThrow(/đã được mã hóa.*encrypted/);
      await untouched();

      const altered = path.join(tmpDir(), 'altered.enc');
      const copy = Buffer.from(bytes);
      const at = Math.floor(copy.length * 0.6);
      copy[at] = copy[at]! ^ 0x01;
      fs.writeFileSync(altered, copy);
      await expect(restoreDatabase(deps.db, altered, { passphrase: PASS })).rejects.toThrow(
        /xác thực thất bại.*authentication failed/,
      );
      await untouched();

      const restored = await restoreDatabase(deps.db, file, { passphrase: PASS });
      expect(restored.rows).toBe(rows);
      expect(await snapshot(deps.db)).toEqual(await snapshot(source.deps.db));
      expect((await verifyAuditChain(deps.db.kysely)).ok).toBe(true);
    },
  );
});

describe('backup --passphrase-file through the CLI', () => {
  const dir = tmpDir();
  const saved = {
    DATA_DIR: process.env.DATA_DIR,
    DATABASE_URL: process.env.DATABASE_URL,
    BASE_URL: process.env.BASE_URL,
    DOITHOAI_BACKUP_PASSPHRASE: process.env.DOITHOAI_BACKUP_PASSPHRASE,
  };
  afterEach(() => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });

  it('encrypts with the file, refuses a restore without it, restores with the environment variable', async () => {
    process.env.DATA_DIR = path.join(dir, 'data');
    process.env.DATABASE_URL = '';
    process.env.BASE_URL = 'http://localhost:3999';
    delete process.env.DOITHOAI_BACKUP_PASSPHRASE;
    expect((await runCli(['demo'])).code).toBe(0);
    const passFile = path.join(dir, 'pass.txt');
    fs.writeFileSync(passFile, `${PASS}\n`);
    const file = path.join(dir, 'b.enc');
    const made = await runCli(['backup', file, '--passphrase-file', passFile]);
    expect(made.code).toBe(0);
    expect(made.out).toMatch(/\d+ rows\tencrypted/);

    const refused = await runCli(['restore', file]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('cần mật khẩu');
    fs.writeFileSync(path.join(dir, 'wrong.txt'), 'hoàn toàn sai\n');
    const wrong = await runCli(['restore', file, '--passphrase-file', path.join(dir, 'wrong.txt')]);
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('Sai mật khẩu sao lưu');

    process.env.DOITHOAI_BACKUP_PASSPHRASE = PASS;
    const ok = await runCli(['restore', file]);
    expect(ok.err).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/rows restored/);
    const verify = await runCli(['audit', 'verify']);
    expect(verify.code).toBe(0);
  });
});
