// The audit log's hash chain: each entry's hash = sha256(previous hash + the entry's canonical
// JSON). Changing, removing or reordering any stored entry breaks every hash after it, so
// `doithoai audit verify` can name the first entry that no longer matches.
import { createHash } from 'node:crypto';
import type { AuditEventTable } from '../db/schema.js';

/** The hash the first entry points back to. */
export const GENESIS_HASH = '0'.repeat(64);

/** The stored columns the hash covers (the chain's own columns aside); seq as the driver returns it. */
export type ChainedFields = Omit<
  AuditEventTable,
  'seq' | 'prev_hash' | 'hash' | 'chain_seq' | 'txid'
> & { seq: number | string | bigint };

/** Keys in a fixed order, values as stored (detail is the stored JSON text, not re-serialised). */
export function canonicalEntry(e: ChainedFields): string {
  return JSON.stringify([
    Number(e.seq),
    e.id,
    e.at,
    e.actor_user_id,
    e.action,
    e.entity,
    e.entity_id,
    e.unit_id,
    e.reason,
    e.detail,
  ]);
}

export function chainHash(prevHash: string, e: ChainedFields): string {
  return createHash('sha256').update(prevHash).update(canonicalEntry(e)).digest('hex');
}
