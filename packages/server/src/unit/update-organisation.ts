// Edits an organisation (name, kind, abbreviation) with optimistic concurrency: the editor
// sends the version they saw; if someone saved in between, they are told, nothing is lost.
import type { Actor, Organisation, OrganisationUpdate } from '@doithoai/core';
import type { Db } from '../db/open-database.js';
import { findOrganisation, toOrganisation, updateOrganisationRow } from './unit.repository.js';
import { requireAccess } from '../shared/require-access.js';
import { auditVersionedEdit } from './versioned-edit.js';

export async function updateOrganisation(
  { db }: { db: Db },
  actor: Actor,
  id: string,
  input: OrganisationUpdate,
): Promise<Organisation> {
  return db.kysely.transaction().execute(async (trx) => {
    const found = await findOrganisation(trx, id);
    requireAccess(actor, 'organisation.update', found);
    const row = await updateOrganisationRow(trx, id, input.version, {
      ...(input.name !== undefined && { name: input.name }),
      ...(input.kind !== undefined && { kind: input.kind }),
      ...(input.abbreviation !== undefined && { abbreviation: input.abbreviation }),
    });
    return auditVersionedEdit(
      trx,
      actor,
      { action: 'organisation.update', entity: 'organisation', id, before: found!.organisation },
      row && toOrganisation(row),
    );
  });
}
