// The unit tree the caller may see, with organisations and people, and what they may do on each.
import { abilities, buildUnitTree, scopePrefixes, type Action, type Actor, type UnitNode } from '@doithoai/core';
import type { Db } from '../db/open-database.js';
import { listOrganisations, listPeople, listUnitsInScope } from './unit.repository.js';

const unitActions: Action[] = ['unit.update', 'organisation.create', 'organisation.update', 'person.create', 'person.update', 'person.delete'];

export interface UnitTreeNode extends Omit<UnitNode, 'children'> {
  can: Action[];
  children: UnitTreeNode[];
}

export async function getUnitTree({ db }: { db: Db }, actor: Actor): Promise<UnitTreeNode[]> {
  const units = await listUnitsInScope(db.kysely, scopePrefixes(actor, 'unit.read'));
  const ids = units.map((u) => u.id);
  const [orgs, people] = await Promise.all([listOrganisations(db.kysely, ids), listPeople(db.kysely, ids)]);
  const decorate = (n: UnitNode): UnitTreeNode => ({
    ...n,
    can: abilities(actor, { unitPath: n.path }, unitActions),
    children: n.children.map(decorate),
  });
  return buildUnitTree(units, orgs, people).map(decorate);
}
