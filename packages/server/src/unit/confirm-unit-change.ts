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
import { recordAudit } from '../audit/audit.js';
import { sessionChanged } from '../auth/session-cache.js';
import type { Db } from '../db/open-database.js';
import { newId, nowIso } from '../db/ids.js';
import { assertCanApply } from './propose-unit-change.js';
import { requireAccess } from '../shared/require-access.js';
import { unitChangeTexts } from './unit-change-text.js';
import { insertOrganisation } from './unit.repository.js';
import type { Q } from '../shared/query.js';
import {
  deleteGrant,
  grantsAt,
  holdsRoleAt,
  insertUnit,
  mattersNotIn,
  moveGrant,
  moveMatters,
  movePerson,
  moveRoutes,
  organisationRowsOf,
  parentIdOf,
  peopleAt,
  slugTaken,
  touchUnit,
  unitPlace,
  unitRows,
} from './unit-merger.repository.js';
import {
  childrenValidOn,
  decideUnitChange,
  findUnitChange,
  moveSubtree,
  setValidity,
  toUnitChange,
} from './unit-history.repository.js';

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
    const row = await decideUnitChange(trx, changeId, change.version, {
      state: 'confirmed',
      applied: JSON.stringify(applied),
      decided_by: actor.userId,
      decided_at: nowIso(),
    });
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

async function uniqueSlug(trx: Q, name: string): Promise<string> {
  const base =
    foldVietnamese(name)
      .replace(/^(xa|phuong|thi tran|dac khu) /, '')
      .replace(/ /g, '-') || 'don-vi';
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await slugTaken(trx, slug))) return slug;
  }
}

async function applyMerger(trx: Q, changeId: string, input: UnitMergerInput, touched: Set<string>) {
  const on = input.effectiveOn;
  const lastDay = dayBefore(on);
  const now = nowIso();
  const predecessors = await unitRows(trx, input.predecessorIds);
  const parentId = input.parentId ?? predecessors[0]!.parent_id!;
  const parent = await unitPlace(trx, parentId);

  const successorId = newId();
  const path = `${parent.path}${successorId}/`;
  await insertUnit(trx, {
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
  });
  await setValidity(trx, successorId, { valid_from: on });

  // Organisations of the new commune: one of each kind the predecessors had ('chi-bo' and 'khac' are copied as they are).
  const orgs = await organisationRowsOf(trx, input.predecessorIds);
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
    await insertOrganisation(trx, {
      id,
      unit_id: successorId,
      kind: o.kind,
      name,
      abbreviation: o.abbreviation,
      version: 0,
      created_at: now,
      updated_at: now,
    });
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
    await touchUnit(trx, p.id, now);

    // People of the commune itself (village heads moved with their villages).
    for (const person of await peopleAt(trx, p.id)) {
      const organisationId = person.organisation_id
        ? (orgMap.get(person.organisation_id) ?? null)
        : null;
      await movePerson(trx, person, { unitId: successorId, organisationId }, now);
      people++;
    }
    // Users' grants: the same role at the successor (one grant, if two predecessors gave the same).
    for (const g of await grantsAt(trx, p.id)) {
      touched.add(g.user_id);
      if (await holdsRoleAt(trx, { userId: g.user_id, unitId: successorId, role: g.role }))
        await deleteGrant(trx, g.id);
      else await moveGrant(trx, g.id, successorId);
      grants++;
    }
    routes += await moveRoutes(trx, p.id, successorId, now);

    // Open matters, with what they carry; deadlines (conclusion items, extensions) are not touched.
    const open = (await mattersNotIn(trx, p.id, mattersStayingWithFormerUnit))
      .filter((m) => matterMovesToSuccessor(m.state))
      .map((m) => m.id);
    await moveMatters(trx, open, successorId, now);
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
  trx: Q,
  changeId: string,
  input: UnitParentChangeInput,
  touched: Set<string>,
) {
  const on = input.effectiveOn;
  const former = new Set<string>();
  for (const id of input.unitIds) {
    const parentId = await parentIdOf(trx, id);
    if (parentId) former.add(parentId);
    for (const user of await moveSubtree(trx, changeId, id, input.toParentId, on))
      touched.add(user);
  }
  const retired: string[] = [];
  if (input.retireFormerParent) {
    for (const f of former) {
      if ((await childrenValidOn(trx, f, on)).length === 0) {
        await setValidity(trx, f, { valid_to: dayBefore(on) });
        await touchUnit(trx, f, nowIso());
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
