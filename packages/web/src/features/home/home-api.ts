// What GET /api/units/:id/my-work answers: core's MyWork contract, the route's response schema.
import type { MyWork } from '@doithoai/core';
import { api } from '../../api';

export const fetchMyWork = (unitId: string) =>
  api<MyWork>('GET', `/api/units/${encodeURIComponent(unitId)}/my-work`);
