// Conflict of interest: the office marks a matter as naming an official (a complaint about
// them, a dispute they are party to); from then on that official sees none of its petitioners
// (core petitionerView → 'hidden'), whatever their roles. A person named by a matter cannot
// remove the mark themselves. Marks and removals are audited with the matter.
import { DomainError, notFound, type Actor } from '@doithoai/core';
import { recordAudit } from '../audit/audit.js';
import type { Db } from '../db/open-database.js';
import { newId, nowIso } from '../db/ids.js';
import { requireAccess } from '../shared/require-access.js';
import { findPerson } from '../unit/unit.repository.js';
import {
  conflictRows,
  deleteConflict,
  insertConflict,
  namedUserIds,
} from './conflict.repository.js';
import { findMatter } from './opinion.repository.js';

async function matterToMark(db: Db, actor: Actor, matterId: string) {
  const found = await findMatter(db.kysely, matterId);
  requireAccess(actor, 'opinion.update', found && { unitPath: found.unitPath });
  const named = await namedUserIds(db.kysely, matterId);
  // The person named never handles the marks on their own matter (nor learns more through it).
  if (named.includes(actor.userId)) throw notFound();
  return found!;
}

export async function listConflicts({ db }: { db: Db }, actor: Actor, matterId: string) {
  await matterToMark(db, actor, matterId);
  return conflictsOf(db, matterId);
}

async function conflictsOf(db: Db, matterId: string) {
  const rows = await conflictRows(db.kysely, matterId);
  return {
    conflicts: rows.map((r) => ({
      personId: r.person_id,
      name: r.full_name,
      position: r.position,
      reason: r.reason,
      markedAt: r.created_at,
    })),
  };
}

export async function markConflict(
  { db }: { db: Db },
  actor: Actor,
  matterId: string,
  input: { personId: string; reason?: string | null },
) {
  const found = await matterToMark(db, actor, matterId);
  const person = await findPerson(db.kysely, input.personId);
  if (
    !person ||
    !(found.unitPath.startsWith(person.unitPath) || person.unitPath.startsWith(found.unitPath))
  ) {
    throw new DomainError('VALIDATION', undefined, [
      {
        field: 'personId',
        message: {
          vi: 'Trường «personId»: không có cán bộ này trong đơn vị',
          en: "Field 'personId': no such official in the unit",
        },
      },
    ]);
  }
  await db.kysely.transaction().execute(async (trx) => {
    await insertConflict(trx, {
      id: newId(),
      unit_id: found.matter.unit_id,
      matter_id: matterId,
      person_id: input.personId,
      reason: input.reason ?? null,
      created_by: actor.userId,
      created_at: nowIso(),
    });
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'opinion.conflict-marked',
      entity: 'matter',
      entityId: matterId,
      unitId: found.matter.unit_id,
      reason: input.reason ?? null,
      detail: { personId: input.personId },
    });
  });
  // Marking oneself is allowed (a clerk who is named steps aside); the answer is the list as it now stands.
  return conflictsOf(db, matterId);
}

export async function unmarkConflict(
  { db }: { db: Db },
  actor: Actor,
  matterId: string,
  personId: string,
) {
  const found = await matterToMark(db, actor, matterId);
  await db.kysely.transaction().execute(async (trx) => {
    if (!(await deleteConflict(trx, matterId, personId))) throw notFound();
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'opinion.conflict-removed',
      entity: 'matter',
      entityId: matterId,
      unitId: found.matter.unit_id,
      detail: { personId },
    });
  });
  return conflictsOf(db, matterId);
}
