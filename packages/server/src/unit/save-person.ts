// Adds or edits a person holding a position in a unit (Bí thư, Chủ tịch UBND, công chức…).
import {
  DomainError,
  type Actor,
  type Person,
  type PersonInput,
  type PersonUpdate,
} from '@doithoai/core';
import { recordAudit } from '../audit/audit.js';
import type { Db } from '../db/open-database.js';
import { newId, nowIso } from '../db/ids.js';
import {
  findPerson,
  findUnit,
  insertPerson,
  isOrganisationOf,
  toPerson,
  updatePersonRow,
} from './unit.repository.js';
import { requireAccess } from '../shared/require-access.js';
import type { Q } from '../shared/query.js';
import { auditVersionedEdit } from './versioned-edit.js';

export async function createPerson(
  { db }: { db: Db },
  actor: Actor,
  unitId: string,
  input: PersonInput,
): Promise<Person> {
  return db.kysely.transaction().execute(async (trx) => {
    const unit = await findUnit(trx, unitId);
    requireAccess(actor, 'person.create', unit && { unitPath: unit.path });
    if (input.organisationId) await requireOrganisationOf(trx, unitId, input.organisationId);
    const at = nowIso();
    const row = await insertPerson(trx, {
      id: newId(),
      unit_id: unitId,
      organisation_id: input.organisationId ?? null,
      full_name: input.fullName,
      position: input.position,
      fields: JSON.stringify(input.fields ?? []),
      phone: input.phone ?? null,
      email: input.email ?? null,
      user_id: null,
      version: 0,
      created_at: at,
      updated_at: at,
    });
    const created = toPerson(row);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'person.create',
      entity: 'person',
      entityId: created.id,
      unitId,
      detail: { after: created },
    });
    return created;
  });
}

export async function updatePerson(
  { db }: { db: Db },
  actor: Actor,
  id: string,
  input: PersonUpdate,
): Promise<Person> {
  return db.kysely.transaction().execute(async (trx) => {
    const found = await findPerson(trx, id);
    requireAccess(actor, 'person.update', found);
    if (input.organisationId)
      await requireOrganisationOf(trx, found!.person.unitId, input.organisationId);
    const row = await updatePersonRow(trx, id, input.version, {
      ...(input.fullName !== undefined && { full_name: input.fullName }),
      ...(input.position !== undefined && { position: input.position }),
      ...(input.organisationId !== undefined && { organisation_id: input.organisationId }),
      ...(input.fields !== undefined && { fields: JSON.stringify(input.fields) }),
      ...(input.phone !== undefined && { phone: input.phone }),
      ...(input.email !== undefined && { email: input.email }),
    });
    return auditVersionedEdit(
      trx,
      actor,
      { action: 'person.update', entity: 'person', id, before: found!.person },
      row && toPerson(row),
    );
  });
}

/** The organisation a person belongs to must be one of the unit's own (found by the API fuzzing: an unknown id was a 500). */
async function requireOrganisationOf(trx: Q, unitId: string, organisationId: string) {
  if (!(await isOrganisationOf(trx, unitId, organisationId)))
    throw new DomainError('VALIDATION', undefined, [
      {
        field: 'organisationId',
        message: {
          vi: 'Trường «organisationId»: không có tổ chức này trong đơn vị',
          en: "Field 'organisationId': no such organisation in this unit",
        },
      },
    ]);
}
