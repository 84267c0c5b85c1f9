// The plan endpoints, typed.
import type { PlanContent, PlanState } from '@doithoai/core';
import { api } from '../../api';

export interface Plan {
  id: string;
  unitId: string;
  year: number;
  state: PlanState;
  content: PlanContent;
  numberText: string | null;
  version: number;
  can?: string[];
}

export const fetchPlans = (unitId: string) =>
  api<{ plans: Plan[]; can: string[]; thisYear: number }>('GET', `/api/units/${unitId}/plans`);
export const createPlan = (unitId: string, year: number) =>
  api<Plan>('POST', `/api/units/${unitId}/plans`, { year });
export const savePlan = (id: string, content: PlanContent, version: number) =>
  api<Plan>('PUT', `/api/plans/${id}`, { content, version });
export const issuePlan = (id: string, date: string, version: number) =>
  api<Plan>('POST', `/api/plans/${id}/issue`, { date, version });
