// The chosen unit as the opinion pages need it: its villages (for selects) and its people.
import { useEffect, useState } from 'react';
import type { UnitTree, UnitTreeNode } from '@doithoai/core';
import { api } from '../../api';

function find(nodes: UnitTreeNode[], id: string): UnitTreeNode | undefined {
  for (const n of nodes) {
    if (n.id === id) return n;
    const inner = find(n.children, id);
    if (inner) return inner;
  }
  return undefined;
}

export function useCommune(unitId: string) {
  const [unit, setUnit] = useState<UnitTreeNode | null>(null);
  useEffect(() => {
    api<UnitTree>('GET', '/api/units/tree')
      .then((r) => setUnit(find(r.units, unitId) ?? null))
      .catch(() => setUnit(null));
  }, [unitId]);
  return {
    unit,
    villages: (unit?.children ?? []).map((c) => ({ value: c.id, label: c.name })),
    people: (unit?.people ?? []).map((p) => ({
      value: p.id,
      label: `${p.fullName} — ${p.position}`,
    })),
  };
}
