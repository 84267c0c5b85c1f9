// Sealing (PostgreSQL): every committed entry not yet in the chain is appended after the chain's
// head, in seq order. An entry of a transaction still running is invisible here; it is appended
// by a later pass once it commits. So the chain's order (chain_seq) is the order entries became
// final; a sealed entry never changes and nothing is ever inserted before it.
// One sealer at a time: a transaction-scoped advisory lock, taken before reading the head.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { chainHash, GENESIS_HASH } from './chain.js';
import { isPostgres } from './audit.js';
import { chainHead, lockSealer, sealEvent, unsealedEvents } from './audit.repository.js';

const SEAL_LOCK = 1013_0002;
const BATCH = 2000;

/**
 * Seals what can be sealed now; returns how many entries. On SQLite entries are chained at write,
 * so it runs there only when asked (`anyDialect`: after a restore of a PostgreSQL backup that
 * carried entries committed between its seal and its snapshot).
 */
export async function sealAuditChain(
  db: Kysely<Database>,
  opts: { anyDialect?: boolean } = {},
): Promise<number> {
  const postgres = isPostgres(db);
  if (!postgres && !opts.anyDialect) return 0;
  let total = 0;
  for (;;) {
    const n = await db.transaction().execute(async (trx) => {
      if (postgres) await lockSealer(trx, SEAL_LOCK);
      const rows = await unsealedEvents(trx, BATCH);
      if (!rows.length) return 0;
      const head = await chainHead(trx);
      let prev = head?.hash ?? GENESIS_HASH;
      let pos = Number(head?.chain_seq ?? 0);
      for (const r of rows) {
        const hash = chainHash(prev, r);
        pos++;
        await sealEvent(trx, r.seq, { prevHash: prev, hash, chainSeq: pos });
        prev = hash;
      }
      return rows.length;
    });
    total += n;
    if (n < BATCH) return total;
  }
}
