// Encrypted backups: the gzip'd backup stream goes through AES-256-GCM with a key derived from a
// passphrase by scrypt. Layout: MAGIC, a 4-byte header length, a JSON header (kdf and its
// parameters, salt, iv, a key check), the ciphertext, and the 16-byte GCM tag at the very end.
// The key check tells a wrong passphrase from a damaged file before anything is decrypted; the
// tag authenticates every byte, and restore checks it over the whole file before it touches
// the database.
import fs from 'node:fs';
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  randomBytes,
  scryptSync,
  timingSafeEqual,
  type CipherGCM,
  type DecipherGCM,
} from 'node:crypto';
import { once } from 'node:events';
import { Transform, type Readable } from 'node:stream';

export const MAGIC = Buffer.from('DOITHOAI-ENC1\n');
const TAG_BYTES = 16;

export interface EncryptionHeader {
  kdf: 'scrypt';
  N: number;
  r: number;
  p: number;
  salt: string; // base64
  cipher: 'aes-256-gcm';
  iv: string; // base64
  keyCheck: string; // hex: sha256(key ‖ "doithoai-key-check"), first 16 bytes
}

export class BackupPassphraseError extends Error {}

const params = { N: 2 ** 15, r: 8, p: 1 };

function deriveKey(
  passphrase: string,
  salt: Buffer,
  h: { N: number; r: number; p: number },
): Buffer {
  return scryptSync(passphrase.normalize('NFC'), salt, 32, {
    N: h.N,
    r: h.r,
    p: h.p,
    maxmem: 256 * h.N * h.r,
  });
}

function keyCheck(key: Buffer): string {
  return createHash('sha256')
    .update(key)
    .update('doithoai-key-check')
    .digest()
    .subarray(0, 16)
    .toString('hex');
}

/** Reads the passphrase from --passphrase-file or DOITHOAI_BACKUP_PASSPHRASE; undefined when neither. */
export function readPassphrase(
  file: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  let p: string | undefined;
  if (file) {
    if (!fs.existsSync(file))
      throw new BackupPassphraseError(
        `Không tìm thấy tệp mật khẩu / passphrase file not found: ${file}`,
      );
    p = fs.readFileSync(file, 'utf8').replace(/\r?\n$/, '');
  } else if (env.DOITHOAI_BACKUP_PASSPHRASE) {
    p = env.DOITHOAI_BACKUP_PASSPHRASE;
  }
  if (p !== undefined && p.length < 8)
    throw new BackupPassphraseError(
      'Mật khẩu sao lưu cần ít nhất 8 ký tự / the backup passphrase needs at least 8 characters',
    );
  return p;
}

/** The header bytes to write first, and the cipher the gzip'd stream goes through. */
export function startEncryption(passphrase: string): { head: Buffer; cipher: CipherGCM } {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const key = deriveKey(passphrase, salt, params);
  const header: EncryptionHeader = {
    kdf: 'scrypt',
    ...params,
    salt: salt.toString('base64'),
    cipher: 'aes-256-gcm',
    iv: iv.toString('base64'),
    keyCheck: keyCheck(key),
  };
  const json = Buffer.from(JSON.stringify(header));
  const len = Buffer.alloc(4);
  len.writeUInt32BE(json.length);
  return {
    head: Buffer.concat([MAGIC, len, json]),
    cipher: createCipheriv('aes-256-gcm', key, iv),
  };
}

export function isEncryptedBackup(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(MAGIC.length);
    const n = fs.readSync(fd, buf, 0, MAGIC.length, 0);
    return n === MAGIC.length && buf.equals(MAGIC);
  } finally {
    fs.closeSync(fd);
  }
}

interface Opened {
  decipher: () => DecipherGCM;
  start: number;
  end: number;
}

function open(file: string, passphrase: string | undefined): Opened {
  if (!passphrase)
    throw new BackupPassphraseError(
      'Bản sao lưu đã được mã hóa: cần mật khẩu (--passphrase-file hoặc DOITHOAI_BACKUP_PASSPHRASE) / this backup is encrypted: give the passphrase (--passphrase-file or DOITHOAI_BACKUP_PASSPHRASE)',
    );
  const size = fs.statSync(file).size;
  const fd = fs.openSync(file, 'r');
  try {
    const len = Buffer.alloc(4);
    fs.readSync(fd, len, 0, 4, MAGIC.length);
    const jsonLen = len.readUInt32BE();
    if (jsonLen > 4096 || MAGIC.length + 4 + jsonLen + TAG_BYTES > size)
      throw new BackupPassphraseError(
        'Tệp sao lưu mã hóa bị hỏng (phần đầu) / encrypted backup damaged (header)',
      );
    const json = Buffer.alloc(jsonLen);
    fs.readSync(fd, json, 0, jsonLen, MAGIC.length + 4);
    const h = JSON.parse(json.toString('utf8')) as EncryptionHeader;
    if (h.kdf !== 'scrypt' || h.cipher !== 'aes-256-gcm' || h.N > 2 ** 20 || h.r > 32 || h.p > 16)
      throw new BackupPassphraseError(
        'Tệp sao lưu mã hóa theo cách không hỗ trợ / unsupported backup encryption',
      );
    const key = deriveKey(passphrase, Buffer.from(h.salt, 'base64'), h);
    if (!timingSafeEqual(Buffer.from(keyCheck(key), 'hex'), Buffer.from(h.keyCheck, 'hex'))) {
      throw new BackupPassphraseError(
        'Sai mật khẩu sao lưu: không khôi phục gì / wrong backup passphrase: nothing restored',
      );
    }
    const tag = Buffer.alloc(TAG_BYTES);
    fs.readSync(fd, tag, 0, TAG_BYTES, size - TAG_BYTES);
    const iv = Buffer.from(h.iv, 'base64');
    return {
      decipher: () => createDecipheriv('aes-256-gcm', key, iv).setAuthTag(tag),
      start: MAGIC.length + 4 + jsonLen,
      end: size - TAG_BYTES - 1,
    };
  } finally {
    fs.closeSync(fd);
  }
}

function plainStream(file: string, o: Opened): Readable {
  const decipher = o.decipher();
  const src = fs.createReadStream(file, { start: o.start, end: o.end });
  const out = new Transform({
    transform(chunk: Buffer, _e, cb) {
      cb(null, decipher.update(chunk));
    },
    flush(cb) {
      try {
        cb(null, decipher.final());
      } catch {
        cb(
          new BackupPassphraseError(
            'Tệp sao lưu mã hóa bị hỏng hoặc bị sửa (xác thực thất bại): không khôi phục gì / encrypted backup damaged or altered (authentication failed): nothing restored',
          ),
        );
      }
    },
  });
  src.on('error', (e) => out.destroy(e));
  return src.pipe(out);
}

/**
 * Checks the passphrase and the whole file's authentication tag first (one pass, nothing kept),
 * then returns the decrypted gzip stream for restore.
 */
export async function openEncryptedBackup(
  file: string,
  passphrase: string | undefined,
): Promise<Readable> {
  const o = open(file, passphrase);
  const check = plainStream(file, o);
  check.resume();
  await once(check, 'end'); // rejects with the stream's error (wrong tag: damaged or altered)
  return plainStream(file, o);
}
