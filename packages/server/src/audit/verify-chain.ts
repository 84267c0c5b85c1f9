// Walks the audit log in seq order and recomputes every hash. The first entry that does not
// match is reported with what differs: its own content changed (hash), or the entry before it
// is not the one it was chained to (an entry removed, inserted or reordered: prev_hash).
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { chainHash, GENESIS_HASH } from './chain.js';
import { sealAuditChain } from './seal.js';
import { isPostgres } from './audit.js';
import { chainedEventsAfter, countUnsealed, unsealedEvents } from './audit.repository.js';

export interface ChainBreak {
  seq: number;
  id: string;
  what: 'hash' | 'prev_hash' | 'missing';
  message: { vi: string; en: string };
  stored: string | null;
  expected: string;
}

export interface ChainReport {
  ok: boolean;
  entries: number;
  /** The last entry's hash: write it down elsewhere to detect a cut-off tail later. */
  headHash: string;
  headSeq: number | null;
  firstBreak: ChainBreak | null;
  /** PostgreSQL: entries of transactions still running, sealed on a later pass (not a break). */
  unsealed: number;
}

const BATCH = 2000;

export async function verifyAuditChain(db: Kysely<Database>): Promise<ChainReport> {
  await sealAuditChain(db);
  let prev = GENESIS_HASH;
  let lastSeq = -1;
  let lastPos = -1;
  let entries = 0;
  const unsealed = await countUnsealed(db);
  for (;;) {
    const rows = await chainedEventsAfter(db, lastPos, BATCH);
    for (const r of rows) {
      const seq = Number(r.seq);
      const expected = chainHash(prev, r);
      const broken = (
        what: ChainBreak['what'],
        stored: string | null,
        exp: string,
        vi: string,
        en: string,
      ): ChainReport => ({
        ok: false,
        entries,
        headHash: prev,
        headSeq: lastSeq < 0 ? null : lastSeq,
        unsealed,
        firstBreak: { seq, id: r.id, what, stored, expected: exp, message: { vi, en } },
      });
      if (r.hash === null || r.prev_hash === null) {
        return broken(
          'missing',
          null,
          expected,
          `Mục ${seq} không có mã băm (ghi ngoài chuỗi)`,
          `entry ${seq} has no hash (written outside the chain)`,
        );
      }
      if (r.prev_hash !== prev) {
        return broken(
          'prev_hash',
          r.prev_hash,
          prev,
          `Mục ${seq} không nối với mục trước nó: có mục bị xóa, chèn hoặc đổi thứ tự trước mục này`,
          `entry ${seq} does not follow the entry before it: an entry was removed, inserted or reordered before it`,
        );
      }
      if (r.hash !== expected) {
        return broken(
          'hash',
          r.hash,
          expected,
          `Nội dung mục ${seq} (${r.action} ${r.entity} ${r.entity_id}, lúc ${r.at}) đã bị sửa sau khi ghi`,
          `entry ${seq} (${r.action} ${r.entity} ${r.entity_id}, at ${r.at}) was changed after it was written`,
        );
      }
      prev = r.hash;
      lastSeq = seq;
      lastPos = Number(r.chain_seq);
      entries++;
    }
    if (rows.length < BATCH) break;
  }
  if (unsealed > 0 && !isPostgres(db)) {
    // SQLite chains at write: an entry with no chain position was written outside recordAudit or
    // had its position removed. (PostgreSQL: entries of transactions still running, sealed later.)
    const r = (await unsealedEvents(db, 1))[0]!;
    const seq = Number(r.seq);
    return {
      ok: false,
      entries,
      headHash: prev,
      headSeq: lastSeq < 0 ? null : lastSeq,
      unsealed,
      firstBreak: {
        seq,
        id: r.id,
        what: 'missing',
        stored: r.hash,
        expected: chainHash(prev, r),
        message: {
          vi: `Mục ${seq} nằm ngoài chuỗi (không có vị trí trong chuỗi)`,
          en: `entry ${seq} is outside the chain (no chain position)`,
        },
      },
    };
  }
  return {
    ok: true,
    entries,
    headHash: prev,
    headSeq: lastSeq < 0 ? null : lastSeq,
    firstBreak: null,
    unsealed,
  };
}
