// Appends to the audit log inside the caller's transaction: the change and its history
// commit together or not at all.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import { newId, nowIso } from '../db/ids.js';

export interface AuditEntry {
  actorUserId: string | null;
  action: string;
  entity: string;
  entityId: string;
  unitId: string | null;
  reason?: string | null;
  detail?: Record<string, unknown>;
}

export async function recordAudit(db: Kysely<Database> | Transaction<Database>, e: AuditEntry) {
  await db
    .insertInto('audit_event')
    .values({
      id: newId(),
      at: nowIso(),
      actor_user_id: e.actorUserId,
      action: e.action,
      entity: e.entity,
      entity_id: e.entityId,
      unit_id: e.unitId,
      reason: e.reason ?? null,
      detail: JSON.stringify(e.detail ?? {}),
    })
    .execute();
}
