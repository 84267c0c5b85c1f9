// Shared by the dashboards: the unit asked for (refused like "not found" outside the caller's
// scope), the period (a year by default, or from/to), and the regulation profile of each commune
// (a commune follows the nearest profile chosen on its path, as unitProfile does for one unit,
// resolved here for many at once), and the area whose matters a dashboard counts.
import {
  BUILT_IN_PROFILES,
  DEFAULT_PROFILE_CODE,
  DomainError,
  chosenProfileCode,
  type Action,
  type Actor,
  type RegulationProfile,
} from '@doithoai/core';
import { requireAccess } from '../shared/require-access.js';
import { listProfiles } from '../calendar/profile.repository.js';
import type { Q } from '../shared/query.js';
import { dashboardUnit, unitsWithOwnProfile } from './dashboard.repository.js';

export interface DashboardUnit {
  id: string;
  name: string;
  path: string;
  kind: string;
  parent_id: string | null;
}

export async function unitInScope(
  db: Q,
  actor: Actor,
  unitId: string,
  action: Action = 'dashboard.read',
): Promise<DashboardUnit> {
  const unit = await dashboardUnit(db, unitId);
  requireAccess(actor, action, unit ? { unitPath: unit.path } : undefined);
  return unit!;
}

/**
 * Whose matters a dashboard counts: a commune's own, or, for a province or a district (which
 * receive none themselves), those of every unit under it, so its figures are the sum of its
 * communes' (the oversight table has them commune by commune).
 */
export type Area = { unitId: string } | { path: string };

export const areaOf = (unit: DashboardUnit): Area =>
  unit.kind === 'tinh' || unit.kind === 'huyen' ? { path: unit.path } : { unitId: unit.id };

export const isWholeArea = (area: Area): area is { path: string } => 'path' in area;

export interface PeriodQuery {
  from?: string;
  to?: string;
  year?: number;
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** The period asked for: from/to, else a year, else the current year. */
export function periodOf(q: PeriodQuery, today: string): { from: string; to: string } {
  if (q.from || q.to) {
    if (!q.from || !q.to || !isoDay.test(q.from) || !isoDay.test(q.to) || q.from > q.to) {
      const message = {
        vi: 'Khoảng thời gian không hợp lệ: cần «từ ngày» (from) và «đến ngày» (to) dạng YYYY-MM-DD, từ ngày không sau đến ngày',
        en: 'Invalid period: "from" and "to" (YYYY-MM-DD) are both needed, from not after to',
      };
      throw new DomainError('VALIDATION', message, [
        { field: q.from && isoDay.test(q.from) ? 'to' : 'from', message },
      ]);
    }
    return { from: q.from, to: q.to };
  }
  const year = q.year ?? Number(today.slice(0, 4));
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** Profiles of many units at once: unit path → its profile (chosen on the path, else the default). */
export async function profilesFor(
  db: Q,
  paths: readonly string[],
): Promise<(path: string) => RegulationProfile> {
  // Only units that chose a profile matter; most choose none.
  const chosen = await unitsWithOwnProfile(db);
  const ids = new Set<string>();
  if (chosen.length)
    for (const p of paths) for (const id of p.split('/').filter(Boolean)) ids.add(id);
  const choice = new Map(chosen.filter((c) => ids.has(c.id)).map((c) => [c.id, c.profile_code]));
  const all = choice.size ? (await listProfiles(db)).map((p) => p.profile) : [...BUILT_IN_PROFILES];
  const byCode = new Map(all.map((p) => [p.code, p]));
  const fallback = byCode.get(DEFAULT_PROFILE_CODE)!;
  if (!choice.size) return () => fallback;
  return (path: string) => {
    const code = chosenProfileCode(
      path
        .split('/')
        .filter(Boolean)
        .map((id) => ({ profileCode: choice.get(id) ?? null })),
    );
    return (code && byCode.get(code)) || fallback;
  };
}
