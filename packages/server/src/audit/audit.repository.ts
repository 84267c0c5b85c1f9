// The audit log's table: appending an entry, the chain's head, sealing entries into the chain,
// reading a page of the log. The chain's rules are in chain.ts, where to append in audit.ts.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Q } from '../shared/query.js';
import { compiledOnce } from '../db/compiled-query.js';

export type AuditRow = Omit<
  Database['audit_event'],
  'seq' | 'txid' | 'prev_hash' | 'hash' | 'chain_seq'
>;

/** PostgreSQL: the entry with its transaction id; sealed into the chain later (seal.ts). */
export async function insertUnsealedEvent(db: Q, row: AuditRow): Promise<void> {
  await db
    .insertInto('audit_event')
    .values({ ...row, txid: sql<string>`(pg_current_xact_id()::text)::bigint` })
    .execute();
}

/** The newest entry by seq: where SQLite's next entry is chained (compiled once: every entry reads it). */
const newestBySeq = compiledOnce((db) =>
  db.selectFrom('audit_event').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1),
);
export async function lastBySeq(db: Q) {
  return (await newestBySeq(db, {}))[0];
}

const insertChained = compiledOnce(
  (db, v: AuditRow & { seq: number; prev_hash: string; hash: string }) =>
    db.insertInto('audit_event').values({
      id: v.id,
      at: v.at,
      actor_user_id: v.actor_user_id,
      action: v.action,
      entity: v.entity,
      entity_id: v.entity_id,
      unit_id: v.unit_id,
      reason: v.reason,
      detail: v.detail,
      seq: v.seq,
      prev_hash: v.prev_hash,
      hash: v.hash,
      chain_seq: v.seq,
    }),
);
/** An entry written already chained (SQLite): its seq is its place in the chain. */
export async function insertChainedEvent(
  db: Q,
  row: AuditRow & { seq: number; prev_hash: string; hash: string },
): Promise<void> {
  await insertChained(db, row);
}

/** One sealer at a time (PostgreSQL): held until the transaction ends. */
export async function lockSealer(db: Q, lock: number): Promise<void> {
  await sql`select pg_advisory_xact_lock(${lock})`.execute(db);
}

/** Entries not in the chain yet, oldest first. */
export async function unsealedEvents(db: Q, limit: number) {
  return db
    .selectFrom('audit_event')
    .selectAll()
    .where('chain_seq', 'is', null)
    .orderBy('seq')
    .limit(limit)
    .execute();
}

export async function countUnsealed(db: Q): Promise<number> {
  const row = await db
    .selectFrom('audit_event')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('chain_seq', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The last entry in the chain: where sealing goes on. */
export async function chainHead(db: Q) {
  return db
    .selectFrom('audit_event')
    .select(['chain_seq', 'hash'])
    .where('chain_seq', 'is not', null)
    .orderBy('chain_seq', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function sealEvent(
  db: Q,
  seq: number,
  link: { prevHash: string; hash: string; chainSeq: number },
): Promise<void> {
  await db
    .updateTable('audit_event')
    .set({ prev_hash: link.prevHash, hash: link.hash, chain_seq: link.chainSeq })
    .where('seq', '=', seq)
    .execute();
}

/** Chained entries after a chain position, in chain order. */
export async function chainedEventsAfter(db: Q, chainSeq: number, limit: number) {
  return db
    .selectFrom('audit_event')
    .selectAll()
    .where('chain_seq', '>', chainSeq)
    .orderBy('chain_seq')
    .limit(limit)
    .execute();
}

export interface AuditPageQuery {
  /** Unit path prefixes the reader's grant reaches; null: the whole log (the CLI). */
  scope: { prefixes: string[]; root: boolean } | null;
  userId?: string;
  entity?: string;
  entityId?: string;
  /** Instants (ISO), from inclusive, before exclusive. */
  atFrom?: string;
  atBefore?: string;
  beforeSeq?: number;
  limit: number;
}

/** A page of the log, newest first (one row more than asked: there is a next page). */
export async function auditPage(db: Kysely<Database>, f: AuditPageQuery) {
  let q = db
    .selectFrom('audit_event as a')
    .leftJoin('unit as u', 'u.id', 'a.unit_id')
    .select([
      'a.seq',
      'a.id',
      'a.at',
      'a.actor_user_id',
      'a.action',
      'a.entity',
      'a.entity_id',
      'a.unit_id',
      'a.reason',
      'a.detail',
      'a.hash',
    ]);
  const scope = f.scope;
  if (scope) {
    q = q.where((eb) =>
      eb.or([
        ...scope.prefixes.map((p) => eb('u.path', 'like', `${p}%`)),
        ...(scope.root ? [eb('a.unit_id', 'is', null)] : []),
        sql<boolean>`1 = 0`,
      ]),
    );
  }
  if (f.userId) q = q.where('a.actor_user_id', '=', f.userId);
  if (f.entity) q = q.where('a.entity', '=', f.entity);
  if (f.entityId) q = q.where('a.entity_id', '=', f.entityId);
  if (f.atFrom) q = q.where('a.at', '>=', f.atFrom);
  if (f.atBefore) q = q.where('a.at', '<', f.atBefore);
  if (f.beforeSeq !== undefined) q = q.where('a.seq', '<', f.beforeSeq);
  return q
    .orderBy('a.seq', 'desc')
    .limit(f.limit + 1)
    .execute();
}

/** Sign-in names from the auth library's table (typed by it, not in our schema). */
export async function usernames(db: Kysely<Database>, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const r = await sql<{
    id: string;
    username: string | null;
  }>`select id, username from ${sql.table('user')} where id in (${sql.join(ids)})`.execute(db);
  return new Map(r.rows.map((x) => [x.id, x.username ?? x.id]));
}
