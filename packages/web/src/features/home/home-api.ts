// What GET /api/units/:id/my-work answers (packages/server/src/home/my-work.ts).
import type { Role, StepStatus } from '@doithoai/core';
import { api } from '../../api';

export type WorkGroupKey =
  | 'overdue'
  | 'due-soon'
  | 'unassigned-overdue'
  | 'unclassified'
  | 'duplicates'
  | 'to-approve'
  | 'my-answers'
  | 'notices'
  | 'late-communes';
export interface WorkItem {
  id: string;
  title: string;
  due: string | null;
  workingDays: number | null;
  detail: string | null;
}
export interface WorkGroup {
  key: WorkGroupKey;
  count: number;
  items: WorkItem[];
}
export type RoundStep = 'plan' | 'notice' | 'session' | 'conclusion' | 'answers';
export interface RoundStage {
  sessionId: string | null;
  round: number | null;
  date: string | null;
  current: number;
  steps: { step: RoundStep; due: string | null; done: string | null; status: StepStatus }[];
}
export interface MyWork {
  unit: { id: string; name: string; kind: string };
  today: string;
  roles: Role[];
  groups: WorkGroup[];
  round: RoundStage | null;
}

export const fetchMyWork = (unitId: string) =>
  api<MyWork>('GET', `/api/units/${encodeURIComponent(unitId)}/my-work`);
