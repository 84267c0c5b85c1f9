// Appends to the audit log inside the caller's transaction: the change and its history
// commit together or not at all. Entries form a hash chain (audit/chain.ts).
// SQLite (one writer): the entry is chained at once — the head is read and extended inside the
// writing transaction. PostgreSQL: holding a chain lock until commit would serialise every
// audited transaction's commit (measured: 12× fewer writes/s, bench/audit.bench.mjs), so the
// entry is written (with its transaction id, for the record) and sealed into the chain in commit
// order just after (audit/seal.ts: by the server every second, before a backup and by verify).
import type { Kysely } from 'kysely';
import { PostgresAdapter } from 'kysely';
import type { Database } from '../db/schema.js';
import { newId, nowIso } from '../db/ids.js';
import { chainHash, GENESIS_HASH } from './chain.js';
import type { Q } from '../shared/query.js';
import {
  insertChainedEvent,
  insertUnsealedEvent,
  lastBySeq,
  type AuditRow,
} from './audit.repository.js';

export interface AuditEntry {
  actorUserId: string | null;
  action: string;
  entity: string;
  entityId: string;
  unitId: string | null;
  reason?: string | null;
  detail?: Record<string, unknown>;
}

export async function recordAudit(db: Q, e: AuditEntry) {
  const row: AuditRow = {
    id: newId(),
    at: nowIso(),
    actor_user_id: e.actorUserId,
    action: e.action,
    entity: e.entity,
    entity_id: e.entityId,
    unit_id: e.unitId,
    reason: e.reason ?? null,
    detail: JSON.stringify(e.detail ?? {}),
  };
  if (isPostgres(db)) {
    await insertUnsealedEvent(db, row);
    return;
  }
  if (!db.isTransaction) {
    // Outside a transaction the head read and the insert could interleave with another append.
    await db.transaction().execute((trx) => appendSqlite(trx, row));
    return;
  }
  await appendSqlite(db, row);
}

async function appendSqlite(trx: Kysely<Database>, row: AuditRow) {
  const head = await lastBySeq(trx);
  const seq = Number(head?.seq ?? 0) + 1;
  const prevHash = head ? (head.hash ?? GENESIS_HASH) : GENESIS_HASH;
  const full = { ...row, seq };
  await insertChainedEvent(trx, { ...full, prev_hash: prevHash, hash: chainHash(prevHash, full) });
}

export function isPostgres(db: Kysely<Database>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
