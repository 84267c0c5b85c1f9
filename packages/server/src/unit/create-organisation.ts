// Adds an organisation (a đoàn thể, a chi bộ…) to a unit.
import type { Actor, Organisation, OrganisationInput } from '@doithoai/core';
import { recordAudit } from '../audit/audit.js';
import type { Db } from '../db/open-database.js';
import { newId, nowIso } from '../db/ids.js';
import { findUnit, insertOrganisation, toOrganisation } from './unit.repository.js';
import { requireAccess } from '../shared/require-access.js';

export async function createOrganisation(
  { db }: { db: Db },
  actor: Actor,
  unitId: string,
  input: OrganisationInput,
): Promise<Organisation> {
  return db.kysely.transaction().execute(async (trx) => {
    const unit = await findUnit(trx, unitId);
    requireAccess(actor, 'organisation.create', unit && { unitPath: unit.path });
    const at = nowIso();
    const row = await insertOrganisation(trx, {
      id: newId(),
      unit_id: unitId,
      kind: input.kind,
      name: input.name,
      abbreviation: input.abbreviation ?? null,
      version: 0,
      created_at: at,
      updated_at: at,
    });
    const created = toOrganisation(row);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'organisation.create',
      entity: 'organisation',
      entityId: created.id,
      unitId,
      detail: { after: created },
    });
    return created;
  });
}
