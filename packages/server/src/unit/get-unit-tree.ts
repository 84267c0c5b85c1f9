// The unit tree the caller may see, with organisations and people, and what they may do on each.
// Each unit carries its days when it has any (units in time); with `on`, the tree as it stood
// that day (units valid then, each under the parent it had then).
import {
  abilities,
  buildUnitTree,
  scopePrefixes,
  treeOnDate,
  type Action,
  type Actor,
  type Unit,
  type UnitNode,
  type UnitTreeNode,
} from '@doithoai/core';
import type { Db } from '../db/open-database.js';
import {
  listOrganisations,
  listPeople,
  listUnitsInScope,
  unitValidities,
} from './unit.repository.js';
import { allMoves } from './unit-history.repository.js';

const unitActions: Action[] = [
  'unit.update',
  'organisation.create',
  'organisation.update',
  'person.create',
  'person.update',
  'person.delete',
];

type UnitWithDays = Unit & {
  validFrom: string | null;
  validTo: string | null;
  successorId: string | null;
};

export async function getUnitTree(
  { db }: { db: Db },
  actor: Actor,
  on?: string,
): Promise<UnitTreeNode[]> {
  const all = await listUnitsInScope(db.kysely, scopePrefixes(actor, 'unit.read'));
  // Both history tables hold rows only for units a change touched: read whole, not by a list of ids.
  const days = new Map((await unitValidities(db.kysely)).map((v) => [v.unit_id, v]));
  const withDays: UnitWithDays[] = all.map((u) => {
    const v = days.get(u.id);
    return {
      ...u,
      validFrom: v?.valid_from ?? null,
      validTo: v?.valid_to ?? null,
      successorId: v?.successor_id ?? null,
    };
  });
  const units = on ? treeOnDate(withDays, await allMoves(db.kysely), on) : withDays;
  const ids = units.map((u) => u.id);
  const [orgs, people] = await Promise.all([
    listOrganisations(db.kysely, ids),
    listPeople(db.kysely, ids),
  ]);
  // Each node carries its row's days, in the contract's order (unit, days, organisations, people,
  // children); `can` comes last.
  const decorate = (n: UnitNode<UnitWithDays>): UnitTreeNode => ({
    ...n,
    can: abilities(actor, { unitPath: n.path }, unitActions),
    children: n.children.map(decorate),
  });
  return buildUnitTree(units, orgs, people).map(decorate);
}
