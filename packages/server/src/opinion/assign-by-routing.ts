// Routing: the commune's table field (× village, optional) → responsible official. A classified
// matter is assigned to the route for its field and village, else for its field alone; with no
// route it stays classified and waits in the triage queue.
import type { MatterState } from '@doithoai/core';
import { recordStateChange, type MatterRow } from './opinion.repository.js';
import { assignMatterByRoute, routesForField } from './routing.repository.js';
import type { Q } from '../shared/query.js';

/** The route for the field and village, else for the field alone. */
export async function findRoute(db: Q, unitId: string, field: string, villageId: string | null) {
  const routes = await routesForField(db, unitId, field);
  return (
    (villageId ? routes.find((r) => r.village_id === villageId) : undefined) ??
    routes.find((r) => r.village_id === null)
  );
}

/** Assigns a classified matter by the routing table; returns the new state. */
export async function assignByRouting(
  db: Q,
  m: Pick<MatterRow, 'id' | 'unit_id' | 'field' | 'village_id' | 'state' | 'version'>,
  actorUserId: string | null,
): Promise<MatterState> {
  if (m.state !== 'classified' || !m.field) return m.state as MatterState;
  const route = await findRoute(db, m.unit_id, m.field, m.village_id);
  if (!route) return 'classified';
  await assignMatterByRoute(db, m, route.person_id);
  await recordStateChange(db, {
    matterId: m.id,
    from: 'classified',
    to: 'assigned',
    actorUserId,
    reason: 'Giao theo bảng phân công / assigned by the routing table',
    detail: { personId: route.person_id },
  });
  return 'assigned';
}
