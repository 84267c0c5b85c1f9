// What the dashboard endpoints answer (packages/server/src/dashboard): core's contracts, the
// routes' response schemas.
import type { DashboardMatter, DashboardMatters, Oversight, UnitDashboard } from '@doithoai/core';

/** A figure's row: how many of one key (a village's also with its name). */
export type Count = UnitDashboard['matters']['byField'][number] & { name?: string | null };
/** Oversight: one page of the oversight table, in the order asked; `total` counts every commune. */
export type { DashboardMatter, DashboardMatters, Oversight, UnitDashboard };
/** A figure's filter: the query the list behind it takes. */
export type Filter = Record<string, string>;
