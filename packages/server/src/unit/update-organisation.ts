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
import { nowIso } from '../db/ids.js';
import { findOrganisation, toOrganisation } from './unit.repository.js';
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
    const row = await trx
      .updateTable('organisation')
      .set({
        ...(input.name !== undefined && { name: input.name }),
        ...(input.kind !== undefined && { kind: input.kind }),
        ...(input.abbreviation !== undefined && { abbreviation: input.abbreviation }),
        version: input.version + 1,
        updated_at: nowIso(),
      })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .returningAll()
      .executeTakeFirst();
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
