// The routing table of a commune: field (× village, optional) → responsible official. Read by
// those who handle opinions; edited by an administrator ('opinion.route').
import { DomainError, type Actor, type RouteInput } from '@doithoai/core';
import { recordAudit } from '../audit/audit.js';
import type { Db } from '../db/open-database.js';
import { newId, nowIso } from '../db/ids.js';
import { findUnit } from '../unit/unit.repository.js';
import { requireAccess } from '../shared/require-access.js';
import { checkVillage } from './create-opinion.js';

export async function listRoutes({ db }: { db: Db }, actor: Actor, unitId: string) {
  const unit = await findUnit(db.kysely, unitId);
  requireAccess(actor, 'opinion.read', unit && { unitPath: unit.path });
  return db.kysely
    .selectFrom('opinion_route as r')
    .innerJoin('person as p', 'p.id', 'r.person_id')
    .leftJoin('unit as v', 'v.id', 'r.village_id')
    .select([
      'r.id',
      'r.field',
      'r.village_id as villageId',
      'v.name as villageName',
      'r.person_id as personId',
      'p.full_name as personName',
    ])
    .where('r.unit_id', '=', unitId)
    .orderBy('r.field')
    .execute();
}

/** Removes a line of the routing table: matters of that field (and village) go to the triage queue. */
export async function removeRoute({ db }: { db: Db }, actor: Actor, routeId: string) {
  return db.kysely.transaction().execute(async (trx) => {
    const route = await trx
      .selectFrom('opinion_route')
      .selectAll()
      .where('id', '=', routeId)
      .executeTakeFirst();
    const unit = route && (await findUnit(trx, route.unit_id));
    requireAccess(actor, 'opinion.route', unit && { unitPath: unit.path });
    await trx.deleteFrom('opinion_route').where('id', '=', routeId).execute();
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
    const person = await trx
      .selectFrom('person')
      .select('unit_id')
      .where('id', '=', input.personId)
      .executeTakeFirst();
    if (!person || person.unit_id !== unitId) {
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
    const existing = await trx
      .selectFrom('opinion_route')
      .select('id')
      .where('unit_id', '=', unitId)
      .where('field', '=', input.field)
      .where((eb) =>
        input.villageId ? eb('village_id', '=', input.villageId) : eb('village_id', 'is', null),
      )
      .executeTakeFirst();
    const at = nowIso();
    const id = existing?.id ?? newId();
    if (existing)
      await trx
        .updateTable('opinion_route')
        .set({ person_id: input.personId, updated_by: actor.userId, updated_at: at })
        .where('id', '=', id)
        .execute();
    else
      await trx
        .insertInto('opinion_route')
        .values({
          id,
          unit_id: unitId,
          field: input.field,
          village_id: input.villageId ?? null,
          person_id: input.personId,
          updated_by: actor.userId,
          updated_at: at,
        })
        .execute();
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
