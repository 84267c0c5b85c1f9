// Shapes the server sends, from core's contracts.
import type { Action, Organisation, Person, Role, Unit } from '@doithoai/core';

export interface Me {
  userId: string;
  name: string;
  username: string;
  grants: { role: Role; unitId: string; unitPath: string; unitName: string }[];
}

export interface UnitTreeNode extends Unit {
  organisations: Organisation[];
  people: Person[];
  children: UnitTreeNode[];
  can: Action[];
}
