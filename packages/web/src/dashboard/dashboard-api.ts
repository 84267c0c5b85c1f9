// What the dashboard endpoints answer (packages/server/src/dashboard).
import type {
  AnswerStatus,
  OversightRowData,
  StepStatus,
  Timeliness,
  TimelineStep,
} from '@doithoai/core';

export interface Count {
  key: string;
  count: number;
  name?: string | null;
}
export interface UnitDashboard {
  unit: { id: string; name: string };
  period: { from: string; to: string };
  today: string;
  readOnly: boolean;
  matters: {
    total: number;
    byField: Count[];
    bySource: Count[];
    byVillage: Count[];
    byState: Count[];
  };
  answers: Timeliness;
  trend: ({ month: string } & Timeliness)[];
  overdue: {
    matterId: string;
    content: string;
    field: string | null;
    official: string | null;
    due: string;
    workingDaysLate: number;
  }[];
  /** Every overdue item (the list above holds the oldest few). */
  overdueCount?: number;
  round: null | {
    sessionId: string;
    round: number | null;
    state: string;
    date: string | null;
    items: number;
    open: number;
    timeline: { step: TimelineStep; due: string | null; done: string | null; status: StepStatus }[];
  };
}
export interface DashboardMatter {
  id: string;
  content: string;
  field: string | null;
  source: string;
  village: string | null;
  state: string;
  receivedOn: string;
  official: string | null;
  due: string | null;
  answeredOn: string | null;
  answer: AnswerStatus | null;
}
/** One page of the oversight table, in the order asked; `total` counts every commune. */
export interface Oversight {
  unit: { id: string; name: string };
  period: { from: string; to: string };
  today: string;
  total: number;
  rows: OversightRowData[];
}
/** A figure's filter: the query the list behind it takes. */
export type Filter = Record<string, string>;
