// Reading the audit log: by user, by record (entity and id), by date. A caller sees the entries
// of the units their 'audit.read' grant reaches; entries of no unit (deployment-wide) only at
// the root. The CLI passes scope null: the whole log.
import { vietnamDayStart, canAtRoot, DomainError, scopePrefixes, type Actor } from '@doithoai/core';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { auditPage, usernames } from './audit.repository.js';

export interface AuditFilter {
  userId?: string;
  entity?: string;
  entityId?: string;
  /** ISO date (inclusive). */
  from?: string;
  /** ISO date (inclusive). */
  to?: string;
  /** Entries with seq below this (next page). */
  beforeSeq?: number;
  limit?: number;
}

export interface AuditEntryView {
  seq: number;
  id: string;
  at: string;
  actorUserId: string | null;
  actorName: string | null;
  action: string;
  entity: string;
  entityId: string;
  unitId: string | null;
  reason: string | null;
  detail: string;
  hash: string | null;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function checkDate(field: 'from' | 'to', v: string | undefined) {
  if (v !== undefined && !isoDate.test(v)) {
    throw new DomainError(
      'VALIDATION',
      {
        vi: `Ngày "${field}" không hợp lệ: cần dạng YYYY-MM-DD`,
        en: `"${field}" must be a date YYYY-MM-DD`,
      },
      [{ field, message: { vi: 'Cần ngày dạng YYYY-MM-DD', en: 'expected YYYY-MM-DD' } }],
    );
  }
}

/** The whole day `to` is included: compare against the next day's start. */
function dayAfter(d: string): string {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10);
}

export async function queryAudit(
  db: Kysely<Database>,
  f: AuditFilter,
  actor: Actor | null,
): Promise<{ entries: AuditEntryView[]; nextBeforeSeq: number | null }> {
  checkDate('from', f.from);
  checkDate('to', f.to);
  const limit = Math.min(Math.max(Number.isFinite(f.limit) ? Number(f.limit) : 100, 1), 1000);
  const rows = await auditPage(db, {
    scope: actor
      ? { prefixes: scopePrefixes(actor, 'audit.read'), root: canAtRoot(actor, 'audit.read') }
      : null,
    userId: f.userId,
    entity: f.entity,
    entityId: f.entityId,
    // The dates an administrator types are days in Vietnam, not UTC days.
    atFrom: f.from && vietnamDayStart(f.from),
    atBefore: f.to && vietnamDayStart(dayAfter(f.to)),
    beforeSeq: f.beforeSeq,
    limit,
  });
  const page = rows.slice(0, limit);
  const names = await usernames(db, [
    ...new Set(page.flatMap((r) => (r.actor_user_id ? [r.actor_user_id] : []))),
  ]);
  return {
    entries: page.map((r) => ({
      seq: Number(r.seq),
      id: r.id,
      at: r.at,
      actorUserId: r.actor_user_id,
      actorName: r.actor_user_id ? (names.get(r.actor_user_id) ?? null) : null,
      action: r.action,
      entity: r.entity,
      entityId: r.entity_id,
      unitId: r.unit_id,
      reason: r.reason,
      detail: r.detail,
      hash: r.hash,
    })),
    nextBeforeSeq: rows.length > limit ? Number(page[page.length - 1]!.seq) : null,
  };
}
