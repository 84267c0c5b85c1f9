// A zip (an .xlsx) may inflate to a thousand times its size: 1 MB uploaded, 1 GB in memory, and
// the server is gone. Before a spreadsheet library opens one, its entries are inflated here with
// a cap on the total, so the answer is measured, not read from headers that may lie.
import { inflateRawSync } from 'node:zlib';

/** More than any real list: 20,000 rows of long cells inflate to a few tens of MB. */
export const MAX_INFLATED_BYTES = 100 * 1024 * 1024;
export const MAX_ZIP_ENTRIES = 1000;

/**
 * 'ok' when every entry of the zip inflates and all of them together stay within `max` bytes;
 * 'too-big' when they would not; 'unreadable' when the zip's directory cannot be read.
 */
export function checkZipSize(
  bytes: Uint8Array,
  max = MAX_INFLATED_BYTES,
): 'ok' | 'too-big' | 'unreadable' {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record: in the last 22 + 65,535 bytes (it may carry a comment).
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return 'unreadable';
  const entries = buf.readUInt16LE(eocd + 10);
  if (entries > MAX_ZIP_ENTRIES) return 'too-big';
  let at = buf.readUInt32LE(eocd + 16);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50) return 'unreadable';
    const method = buf.readUInt16LE(at + 10);
    const compressed = buf.readUInt32LE(at + 20);
    const local = buf.readUInt32LE(at + 42);
    at += 46 + buf.readUInt16LE(at + 28) + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50) return 'unreadable';
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    // A zip64 size (0xFFFFFFFF) is not trusted: the entry runs at most to the end of the file.
    const data = buf.subarray(
      start,
      compressed === 0xffffffff ? buf.length : Math.min(buf.length, start + compressed),
    );
    if (method === 0) total += data.length;
    else if (method === 8) {
      try {
        total += inflateRawSync(data, { maxOutputLength: Math.max(1, max - total + 1) }).length;
      } catch (e) {
        if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return 'too-big';
        return 'unreadable';
      }
    } else return 'unreadable';
    if (total > max) return 'too-big';
  }
  return 'ok';
}
