// Appends to the audit log inside the caller's transaction: the change and its history
// commit together or not at all. Entries form a hash chain (audit/chain.ts): the chain head is
// read and extended under a lock held until commit — PostgreSQL: a transaction-scoped advisory
// lock; SQLite: the single writer — so concurrent transactions append one after another.
import { PostgresAdapter, sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import { newId, nowIso } from '../db/ids.js';
import { chainHash, GENESIS_HASH } from './chain.js';

export interface AuditEntry {
  actorUserId: string | null;
  action: string;
  entity: string;
  entityId: string;
  unitId: string | null;
  reason?: string | null;
  detail?: Record<string, unknown>;
}

/** Any fixed number: the advisory lock that serialises appends to the chain on PostgreSQL. */
const AUDIT_CHAIN_LOCK = 1013_0001;

export async function recordAudit(db: Kysely<Database> | Transaction<Database>, e: AuditEntry) {
  if (!db.isTransaction) {
    // Outside a transaction the head read and the insert could interleave with another append.
    await db.transaction().execute((trx) => append(trx, e));
    return;
  }
  await append(db, e);
}

async function append(trx: Kysely<Database>, e: AuditEntry) {
  const postgres = isPostgres(trx);
  if (postgres) await sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`.execute(trx);
  const head = await trx.selectFrom('audit_event').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  const seq = postgres
    ? Number((await sql<{ seq: string }>`select nextval(pg_get_serial_sequence('audit_event', 'seq')) as seq`.execute(trx)).rows[0]!.seq)
    : Number(head?.seq ?? 0) + 1;
  const prevHash = head ? (head.hash ?? GENESIS_HASH) : GENESIS_HASH;
  const row = {
    seq,
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
  await trx.insertInto('audit_event').values({ ...row, prev_hash: prevHash, hash: chainHash(prevHash, row) }).execute();
}

function isPostgres(db: Kysely<Database>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
