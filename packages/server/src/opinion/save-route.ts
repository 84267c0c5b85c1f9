// The routing table of a commune: field (× village, optional) → responsible official. Read by
// those who handle opinions; edited by an administrator ('opinion.route').
import { DomainError, type Actor, type RouteInput } from '@doithoai/core';
import { recordAudit } from '../audit/audit.js';
import type { Db } from '../db/open-database.js';
import { newId, nowIso } from '../db/ids.js';
import { findUnit } from '../unit/unit.repository.js';
import { requireAccess } from '../shared/require-access.js';
import { checkVillage } from './create-opinion.js';
import {
  deleteRoute,
  findRouteRow,
  insertRoute,
  listRouteRows,
  personUnitId,
  routeIdFor,
  setRoutePerson,
} from './routing.repository.js';

export async function listRoutes({ db }: { db: Db }, actor: Actor, unitId: string) {
  const unit = await findUnit(db.kysely, unitId);
  requireAccess(actor, 'opinion.read', unit && { unitPath: unit.path });
  return listRouteRows(db.kysely, unitId);
}

/** Removes a line of the routing table: matters of that field (and village) go to the triage queue. */
export async function removeRoute({ db }: { db: Db }, actor: Actor, routeId: string) {
  return db.kysely.transaction().execute(async (trx) => {
    const route = await findRouteRow(trx, routeId);
    const unit = route && (await findUnit(trx, route.unit_id));
    requireAccess(actor, 'opinion.route', unit && { unitPath: unit.path });
    await deleteRoute(trx, routeId);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'opinion.route.remove',
      entity: 'opinion_route',
      entityId: routeId,
      unitId: route!.unit_id,
      detail: { field: route!.field, villageId: route!.village_id, personId: route!.person_id },
    });
    return { id: routeId, removed: true };
  });
}

export async function saveRoute(
  { db }: { db: Db },
  actor: Actor,
  unitId: string,
  input: RouteInput,
) {
  return db.kysely.transaction().execute(async (trx) => {
    const unit = await findUnit(trx, unitId);
    requireAccess(actor, 'opinion.route', unit && { unitPath: unit.path });
    await checkVillage(trx, unitId, input.villageId);
    if ((await personUnitId(trx, input.personId)) !== unitId) {
      throw new DomainError('VALIDATION', undefined, [
        {
          field: 'personId',
          message: {
            vi: 'Trường «personId» không phải cán bộ của xã',
            en: "Field 'personId' is not an official of this commune",
          },
        },
      ]);
    }
    const existing = await routeIdFor(trx, unitId, input.field, input.villageId);
    const at = nowIso();
    const id = existing ?? newId();
    if (existing) await setRoutePerson(trx, id, { personId: input.personId, by: actor.userId, at });
    else
      await insertRoute(trx, {
        id,
        unit_id: unitId,
        field: input.field,
        village_id: input.villageId ?? null,
        person_id: input.personId,
        updated_by: actor.userId,
        updated_at: at,
      });
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'opinion.route',
      entity: 'opinion_route',
      entityId: id,
      unitId,
      detail: { ...input },
    });
    return { id };
  });
}
