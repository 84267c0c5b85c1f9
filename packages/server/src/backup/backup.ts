// Online, consistent backup and restore, the same format on SQLite and PostgreSQL: a gzip'd
// stream of JSON lines (a header, then one line per row), read inside one snapshot transaction.
// Because the format is logical, a commune's SQLite backup also restores into a province's
// PostgreSQL (the upgrade path), and the other way round.
import fs from 'node:fs';
import readline from 'node:readline';
import zlib from 'node:zlib';
import { once } from 'node:events';
import type { Db } from '../db/open-database.js';
import { ourTablesInOrder } from '../db/schema.js';
import { sealAuditChain } from '../audit/seal.js';
import {
  allRows,
  appliedMigrations,
  deleteAllRows,
  insertRows,
  moveSequencesPastRows,
} from './backup.repository.js';
import { isEncryptedBackup, openEncryptedBackup, startEncryption } from './encryption.js';

export const BACKUP_FORMAT = 'doithoai-backup';
const tablesInOrder = [
  'app_setting',
  'user',
  'account',
  'session',
  'verification',
  ...ourTablesInOrder.filter((t) => t !== 'app_setting'),
];

interface Header {
  format: string;
  version: 1;
  createdAt: string;
  dialect: string;
  migrations: string[];
  tables: string[];
}

export interface BackupOptions {
  /** Encrypt with this passphrase (scrypt + AES-256-GCM, backup/encryption.ts). */
  passphrase?: string;
}

export async function backupDatabase(
  db: Db,
  file: string,
  options: BackupOptions = {},
): Promise<{ rows: number; encrypted: boolean }> {
  await sealAuditChain(db.kysely); // the copy carries a chain with no loose entries
  const gzip = zlib.createGzip();
  const out = fs.createWriteStream(`${file}.partial`);
  let cipherDone: Promise<unknown> | undefined;
  if (options.passphrase) {
    const { head, cipher } = startEncryption(options.passphrase);
    out.write(head);
    gzip.pipe(cipher).pipe(out, { end: false });
    cipherDone = once(cipher, 'end').then(() => {
      out.end(cipher.getAuthTag());
    });
  } else {
    gzip.pipe(out);
  }
  const write = async (obj: unknown) => {
    if (!gzip.write(`${JSON.stringify(obj)}\n`)) await once(gzip, 'drain');
  };
  let rows = 0;
  const tx =
    db.dialect === 'postgres'
      ? db.kysely.transaction().setIsolationLevel('repeatable read')
      : db.kysely.transaction();
  await tx.execute(async (trx) => {
    const header: Header = {
      format: BACKUP_FORMAT,
      version: 1,
      createdAt: new Date().toISOString(),
      dialect: db.dialect,
      migrations: await appliedMigrations(trx),
      tables: tablesInOrder,
    };
    await write(header);
    for (const table of tablesInOrder) {
      for (const row of await allRows(trx, table)) {
        await write({ t: table, r: encodeRow(row) });
        rows++;
      }
    }
  });
  gzip.end();
  await cipherDone;
  await once(out, 'finish');
  fs.renameSync(`${file}.partial`, file); // a half-written backup never carries the final name
  return { rows, encrypted: Boolean(options.passphrase) };
}

/** Replaces every row of the (migrated) database with the backup's, in one transaction. */
export async function restoreDatabase(
  db: Db,
  file: string,
  options: BackupOptions = {},
): Promise<{ rows: number }> {
  if (!fs.existsSync(file))
    throw new Error(`Không tìm thấy tệp sao lưu / backup file not found: ${file}`);
  // An encrypted backup is authenticated in full (and the passphrase checked) before any row is touched.
  const source = isEncryptedBackup(file)
    ? await openEncryptedBackup(file, options.passphrase)
    : fs.createReadStream(file);
  const lines = readline.createInterface({
    input: source.pipe(zlib.createGunzip()),
    crlfDelay: Infinity,
  });
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next().catch(() => ({ done: true, value: '' }));
  let header: Header;
  try {
    header = JSON.parse(String(first.value)) as Header;
  } catch {
    throw new Error('Tệp không phải bản sao lưu Đối Thoại / not a Đối Thoại backup');
  }
  if (first.done || header.format !== BACKUP_FORMAT)
    throw new Error('Tệp không phải bản sao lưu Đối Thoại / not a Đối Thoại backup');
  const have = await appliedMigrations(db.kysely);
  const missing = header.migrations.filter((m) => !have.includes(m));
  if (missing.length)
    throw new Error(
      `Bản sao lưu mới hơn phần mềm (cần ${missing.join(', ')}) / backup is newer than this version`,
    );

  let rows = 0;
  await db.kysely.transaction().execute(async (trx) => {
    for (const table of [...tablesInOrder].reverse()) await deleteAllRows(trx, table);
    const batch: Record<string, Record<string, unknown>[]> = {};
    const flush = async (table: string) => {
      const list = batch[table];
      if (!list?.length) return;
      await insertRows(trx, table, list);
      batch[table] = [];
    };
    let current = '';
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      if (!next.value) continue;
      const { t, r } = JSON.parse(next.value) as { t: string; r: Record<string, unknown> };
      if (t !== current) {
        await flush(current);
        current = t;
      }
      (batch[t] ??= []).push(adaptRow(r, db.dialect));
      rows++;
      if (batch[t]!.length >= 200) await flush(t);
    }
    await flush(current);
    if (db.dialect === 'postgres') {
      // Keep the audit log's sequence ahead of restored rows.
      await moveSequencesPastRows(trx);
    }
  });
  // A PostgreSQL backup may carry entries committed after its seal: chain them here, at the end.
  await sealAuditChain(db.kysely, { anyDialect: true });
  return { rows };
}

/** Bytes travel as {"$b64": "…"}: JSON has no binary type. */
function encodeRow(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row))
    out[k] = Buffer.isBuffer(v) ? { $b64: v.toString('base64') } : v;
  return out;
}

function adaptRow(row: Record<string, unknown>, dialect: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    if (v && typeof v === 'object' && '$b64' in v)
      out[k] = Buffer.from(String((v as { $b64: string }).$b64), 'base64');
    else if (dialect === 'sqlite' && typeof v === 'boolean') out[k] = v ? 1 : 0;
    else out[k] = v;
  }
  return out;
}
