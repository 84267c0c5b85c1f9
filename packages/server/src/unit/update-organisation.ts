// Edits an organisation (name, kind, abbreviation) with optimistic concurrency: the editor
// sends the version they saw; if someone saved in between, they are told, nothing is lost.
import {
  DomainError,
  type Actor,
  type Organisation,
  type OrganisationUpdate,
} from '@doithoai/core';
import { recordAudit } from '../audit/audit.js';
import type { Db } from '../db/open-database.js';
import { findOrganisation, toOrganisation, updateOrganisationRow } from './unit.repository.js';
import { requireAccess } from '../shared/require-access.js';

export async function updateOrganisation(
  { db }: { db: Db },
  actor: Actor,
  id: string,
  input: OrganisationUpdate,
): Promise<Organisation> {
  return db.kysely.transaction().execute(async (trx) => {
    const found = await findOrganisation(trx, id);
    requireAccess(actor, 'organisation.update', found);
    const before = found!.organisation;
    const row = await updateOrganisationRow(trx, id, input.version, {
      ...(input.name !== undefined && { name: input.name }),
      ...(input.kind !== undefined && { kind: input.kind }),
      ...(input.abbreviation !== undefined && { abbreviation: input.abbreviation }),
    });
    if (!row) throw new DomainError('CONFLICT');
    const after = toOrganisation(row);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'organisation.update',
      entity: 'organisation',
      entityId: id,
      unitId: after.unitId,
      detail: { before, after },
    });
    return after;
  });
}
