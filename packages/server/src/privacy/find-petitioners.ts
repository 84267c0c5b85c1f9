// Finding the person a data-subject request is about: petitioners of the unit (and below) whose
// name or phone contains the query, except those whose matter names the caller (a conflict of
// interest). The answer holds personal data, so each search is logged.
import { DomainError, foldVietnamese, type Actor } from '@doithoai/core';
import { recordAudit } from '../audit/audit.js';
import type { Db } from '../db/open-database.js';
import { findUnit } from '../unit/unit.repository.js';
import { requireAccess } from '../shared/require-access.js';
import { petitionersNamingCaller } from './conflict-guard.js';
import { petitionersUnder } from './petitioner.repository.js';

export async function findPetitioners(
  { db }: { db: Db },
  actor: Actor,
  unitId: string,
  query: string,
) {
  const unit = await findUnit(db.kysely, unitId);
  requireAccess(actor, 'privacy.manage', unit && { unitPath: unit.path });
  const q = query.trim();
  if (q.length < 2)
    throw new DomainError(
      'VALIDATION',
      {
        vi: 'Nhập ít nhất 2 ký tự của họ tên hoặc số điện thoại',
        en: 'type at least 2 characters of the name or phone',
      },
      [{ field: 'q', message: { vi: 'Ít nhất 2 ký tự', en: 'at least 2 characters' } }],
    );
  const rows = await petitionersUnder(db.kysely, unit!.path);
  const needle = foldVietnamese(q);
  const digits = q.replace(/\D/g, '');
  const matching = rows.filter(
    (r) =>
      foldVietnamese(r.full_name ?? '').includes(needle) ||
      (digits.length >= 3 && (r.phone ?? '').replace(/\D/g, '').includes(digits)),
  );
  // People whose matter names the caller are not theirs to find (conflict-guard.ts).
  const hidden = await petitionersNamingCaller(
    db.kysely,
    actor,
    matching.map((r) => r.id),
  );
  const hits = matching.filter((r) => !hidden.has(r.id)).slice(0, 50);
  await recordAudit(db.kysely, {
    actorUserId: actor.userId,
    action: 'petitioner.search',
    entity: 'unit',
    entityId: unitId,
    unitId,
    detail: { petitionerIds: hits.map((h) => h.id) },
  });
  return hits.map((r) => ({
    id: r.id,
    fullName: r.full_name,
    phone: r.phone,
    email: r.email,
    village: r.village,
    erased: Boolean(r.erased_at),
  }));
}
