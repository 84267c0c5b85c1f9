// What the dashboard endpoints answer (packages/server/src/dashboard): core's contracts, the
// routes' response schemas, where a route has one (the oversight table has not yet).
import type {
  DashboardMatter,
  DashboardMatters,
  OversightRowData,
  UnitDashboard,
} from '@doithoai/core';

/** A figure's row: how many of one key (a village's also with its name). */
export type Count = UnitDashboard['matters']['byField'][number] & { name?: string | null };
export type { DashboardMatter, DashboardMatters, UnitDashboard };
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
