// The plan endpoints, typed by core's response contracts (the routes' response schemas).
import type { PlanContent, PlanView, UnitPlans } from '@doithoai/core';
import { api } from '../../api';

/** A plan as the plan routes answer it (core's PlanView). */
export type Plan = PlanView;

export const fetchPlans = (unitId: string) => api<UnitPlans>('GET', `/api/units/${unitId}/plans`);
export const createPlan = (unitId: string, year: number) =>
  api<Plan>('POST', `/api/units/${unitId}/plans`, { year });
export const savePlan = (id: string, content: PlanContent, version: number) =>
  api<Plan>('PUT', `/api/plans/${id}`, { content, version });
export const issuePlan = (id: string, date: string, version: number) =>
  api<Plan>('POST', `/api/plans/${id}/issue`, { date, version });
