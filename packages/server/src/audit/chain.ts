// The audit log's hash chain: each entry's hash = sha256(previous hash + the entry's canonical
// JSON). Changing, removing or reordering any stored entry breaks every hash after it, so
// `doithoai audit verify` can name the first entry that no longer matches.
import { createHash } from 'node:crypto';

/** The hash the first entry points back to. */
export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedFields {
  seq: number | string | bigint;
  id: string;
  at: string;
  actor_user_id: string | null;
  action: string;
  entity: string;
  entity_id: string;
  unit_id: string | null;
  reason: string | null;
  detail: string;
}

/** Keys in a fixed order, values as stored (detail is the stored JSON text, not re-serialised). */
export function canonicalEntry(e: ChainedFields): string {
  return JSON.stringify([
    Number(e.seq), e.id, e.at, e.actor_user_id, e.action, e.entity, e.entity_id, e.unit_id, e.reason, e.detail,
  ]);
}

export function chainHash(prevHash: string, e: ChainedFields): string {
  return createHash('sha256').update(prevHash).update(canonicalEntry(e)).digest('hex');
}
