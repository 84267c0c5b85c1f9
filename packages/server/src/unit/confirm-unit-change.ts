// Confirms a proposed change of the tree, in one transaction with its audit entry:
//  - merger: the new commune is created (valid from the effective date) under the chosen parent;
//    each predecessor's villages move under it; its people (with new organisations of the same
//    kinds), the users' grants, the routing table and every open matter (with its answer in
//    progress, escalations and attachments; deadlines untouched) move to it. The predecessor ends
//    the day before and is nested under its successor with what stays with it (closed matters,
//    sessions, plans, documents), so a search or a grant at the successor reaches its history.
//  - change of parent: each unit (and its subtree) is placed under the new parent; the former
//    parent ends the day before when asked and nothing valid is left under it.
// Every parent change is written as a move, from which the tree of an earlier date is read
// (document headers of their day). Cached sessions of the users concerned are forgotten after
// commit, since their grants' paths changed.
import {
  canMoveUnitChange,
  dayBefore,
  DomainError,
  foldVietnamese,
  matterMovesToSuccessor,
  mattersStayingWithFormerUnit,
  organisationKindNames,
  organisationKinds,
  UnitChangeInput,
  type Actor,
  type OrganisationKind,
  type UnitChange,
  type UnitMergerInput,
  type UnitParentChangeInput,
} from '@doithoai/core';
import type { Transaction } from 'kysely';
import { recordAudit } from '../audit/audit.js';
import { sessionChanged } from '../auth/session-cache.js';
import type { Db } from '../db/open-database.js';
import type { Database } from '../db/schema.js';
import { newId, nowIso } from '../db/ids.js';
import { assertCanApply } from './propose-unit-change.js';
import { requireAccess } from '../shared/require-access.js';
import { unitChangeTexts } from './unit-change-text.js';
import {
  childrenValidOn,
  findUnitChange,
  moveSubtree,
  setValidity,
  toUnitChange,
} from './unit-history.repository.js';

type Trx = Transaction<Database>;

export async function confirmUnitChange(
  { db }: { db: Db },
  actor: Actor,
  unitId: string,
  changeId: string,
): Promise<UnitChange> {
  const touchedUsers = new Set<string>();
  const result = await db.kysely.transaction().execute(async (trx) => {
    const found = await findUnitChange(trx, changeId);
    requireAccess(
      actor,
      'unit.change',
      found && found.change.unitId === unitId ? found : undefined,
    );
    const change = found!.change;
    if (!canMoveUnitChange(change.state, 'confirmed'))
      throw new DomainError('RULE_VIOLATION', unitChangeTexts.notProposed);
    const input = UnitChangeInput.parse(change.proposal);
    await assertCanApply(trx, input);
    const applied =
      input.kind === 'merger'
        ? await applyMerger(trx, changeId, input, touchedUsers)
        : await applyParentChange(trx, changeId, input, touchedUsers);
    const row = await trx
      .updateTable('unit_change')
      .set({
        state: 'confirmed',
        applied: JSON.stringify(applied),
        decided_by: actor.userId,
        decided_at: nowIso(),
        version: change.version + 1,
      })
      .where('id', '=', changeId)
      .where('version', '=', change.version)
      .returningAll()
      .executeTakeFirst();
    if (!row) throw new DomainError('CONFLICT');
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: `unit.change.confirm`,
      entity: 'unit_change',
      entityId: changeId,
      unitId,
      reason: input.legalBasis,
      detail: { kind: input.kind, effectiveOn: input.effectiveOn, ...applied },
    });
    return toUnitChange(row);
  });
  // After commit: the grants' paths changed, so cached sessions must be read again.
  for (const userId of touchedUsers) await sessionChanged(db, { kind: 'user', id: userId });
  return result;
}

async function uniqueSlug(trx: Trx, name: string): Promise<string> {
  const base =
    foldVietnamese(name)
      .replace(/^(xa|phuong|thi tran|dac khu) /, '')
      .replace(/ /g, '-') || 'don-vi';
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await trx.selectFrom('unit').select('id').where('slug', '=', slug).executeTakeFirst()))
      return slug;
  }
}

async function applyMerger(
  trx: Trx,
  changeId: string,
  input: UnitMergerInput,
  touched: Set<string>,
) {
  const on = input.effectiveOn;
  const lastDay = dayBefore(on);
  const now = nowIso();
  const predecessors = await trx
    .selectFrom('unit')
    .selectAll()
    .where('id', 'in', input.predecessorIds)
    .execute();
  const parentId = input.parentId ?? predecessors[0]!.parent_id!;
  const parent = await trx
    .selectFrom('unit')
    .select(['path', 'depth'])
    .where('id', '=', parentId)
    .executeTakeFirstOrThrow();

  const successorId = newId();
  const path = `${parent.path}${successorId}/`;
  await trx
    .insertInto('unit')
    .values({
      id: successorId,
      parent_id: parentId,
      code: input.successor.code,
      slug: await uniqueSlug(trx, input.successor.name),
      name: input.successor.name,
      kind: input.successor.kind,
      path,
      depth: parent.depth + 1,
      profile_code: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await setValidity(trx, successorId, { valid_from: on });

  // Organisations of the new commune: one of each kind the predecessors had ('chi-bo' and 'khac' are copied as they are).
  const orgs = await trx
    .selectFrom('organisation')
    .selectAll()
    .where('unit_id', 'in', input.predecessorIds)
    .execute();
  const orgMap = new Map<string, string>();
  const byKind = new Map<string, string>();
  for (const o of [...orgs].sort(
    (a, b) =>
      organisationKinds.indexOf(a.kind as OrganisationKind) -
      organisationKinds.indexOf(b.kind as OrganisationKind),
  )) {
    const copy = o.kind === 'chi-bo' || o.kind === 'khac';
    const existing = copy ? undefined : byKind.get(o.kind);
    if (existing) {
      orgMap.set(o.id, existing);
      continue;
    }
    const id = newId();
    const name = copy
      ? o.name
      : unitChangeTexts.organisationOf(
          organisationKindNames[o.kind as OrganisationKind].vi,
          input.successor.name,
        );
    await trx
      .insertInto('organisation')
      .values({
        id,
        unit_id: successorId,
        kind: o.kind,
        name,
        abbreviation: o.abbreviation,
        version: 0,
        created_at: now,
        updated_at: now,
      })
      .execute();
    orgMap.set(o.id, id);
    if (!copy) byKind.set(o.kind, id);
  }

  const movedVillages: string[] = [];
  let people = 0;
  let grants = 0;
  let routes = 0;
  const matters: string[] = [];
  for (const p of predecessors) {
    // Villages (valid on the day) go straight under the new commune.
    for (const v of await childrenValidOn(trx, p.id, on)) {
      for (const u of await moveSubtree(trx, changeId, v, successorId, on)) touched.add(u);
      movedVillages.push(v);
    }
    // The predecessor ends the day before and is nested under its successor with its history.
    for (const u of await moveSubtree(trx, changeId, p.id, successorId, on)) touched.add(u);
    await setValidity(trx, p.id, { valid_to: lastDay, successor_id: successorId });
    await trx.updateTable('unit').set({ updated_at: now }).where('id', '=', p.id).execute();

    // People of the commune itself (village heads moved with their villages).
    for (const person of await trx
      .selectFrom('person')
      .select(['id', 'organisation_id', 'version'])
      .where('unit_id', '=', p.id)
      .execute()) {
      await trx
        .updateTable('person')
        .set({
          unit_id: successorId,
          organisation_id: person.organisation_id
            ? (orgMap.get(person.organisation_id) ?? null)
            : null,
          version: person.version + 1,
          updated_at: now,
        })
        .where('id', '=', person.id)
        .execute();
      people++;
    }
    // Users' grants: the same role at the successor (one grant, if two predecessors gave the same).
    for (const g of await trx
      .selectFrom('role_grant')
      .selectAll()
      .where('unit_id', '=', p.id)
      .execute()) {
      touched.add(g.user_id);
      const dup = await trx
        .selectFrom('role_grant')
        .select('id')
        .where('user_id', '=', g.user_id)
        .where('unit_id', '=', successorId)
        .where('role', '=', g.role)
        .executeTakeFirst();
      if (dup) await trx.deleteFrom('role_grant').where('id', '=', g.id).execute();
      else
        await trx
          .updateTable('role_grant')
          .set({ unit_id: successorId })
          .where('id', '=', g.id)
          .execute();
      grants++;
    }
    routes += Number(
      (
        await trx
          .updateTable('opinion_route')
          .set({ unit_id: successorId, updated_at: now })
          .where('unit_id', '=', p.id)
          .executeTakeFirst()
      ).numUpdatedRows,
    );

    // Open matters, with what they carry; deadlines (conclusion items, extensions) are not touched.
    const open = (
      await trx
        .selectFrom('matter')
        .select(['id', 'state'])
        .where('unit_id', '=', p.id)
        .where('state', 'not in', [...mattersStayingWithFormerUnit])
        .execute()
    )
      .filter((m) => matterMovesToSuccessor(m.state))
      .map((m) => m.id);
    for (let i = 0; i < open.length; i += 500) {
      const ids = open.slice(i, i + 500);
      await trx
        .updateTable('matter')
        .set({ unit_id: successorId, updated_at: now })
        .where('id', 'in', ids)
        .execute();
      await trx
        .updateTable('matter_answer')
        .set({ unit_id: successorId })
        .where('matter_id', 'in', ids)
        .where('state', '<>', 'sent')
        .execute();
      await trx
        .updateTable('escalation')
        .set({ unit_id: successorId })
        .where('matter_id', 'in', ids)
        .execute();
      await trx
        .updateTable('attachment')
        .set({ unit_id: successorId })
        .where('matter_id', 'in', ids)
        .execute();
    }
    matters.push(...open);
  }
  return {
    successorId,
    predecessorIds: input.predecessorIds,
    parentId,
    villages: movedVillages,
    people,
    grants,
    routes,
    openMatters: matters.length,
    matterIds: matters,
  };
}

async function applyParentChange(
  trx: Trx,
  changeId: string,
  input: UnitParentChangeInput,
  touched: Set<string>,
) {
  const on = input.effectiveOn;
  const former = new Set<string>();
  for (const id of input.unitIds) {
    const u = await trx
      .selectFrom('unit')
      .select('parent_id')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    if (u.parent_id) former.add(u.parent_id);
    for (const user of await moveSubtree(trx, changeId, id, input.toParentId, on))
      touched.add(user);
  }
  const retired: string[] = [];
  if (input.retireFormerParent) {
    for (const f of former) {
      if ((await childrenValidOn(trx, f, on)).length === 0) {
        await setValidity(trx, f, { valid_to: dayBefore(on) });
        await trx.updateTable('unit').set({ updated_at: nowIso() }).where('id', '=', f).execute();
        retired.push(f);
      }
    }
  }
  return {
    unitIds: input.unitIds,
    toParentId: input.toParentId,
    formerParentIds: [...former],
    retired,
  };
}
