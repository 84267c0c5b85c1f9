// The regulation-profile endpoints the web app calls, typed with core's shapes.
import type { DueChange, RegulationProfile } from '@doithoai/core';
import { api } from '../../api';

export interface StoredProfile {
  profile: RegulationProfile;
  builtIn: boolean;
  version: number;
}

export interface UnitProfile {
  /** The code the unit follows (its own choice, an ancestor's, or the default). */
  code: string;
  /** The unit's own choice, null if it inherits. */
  own: string | null;
  /** The ancestor whose choice it follows, null if its own or the default. */
  inheritedFrom: string | null;
  profile: RegulationProfile | null;
}

export interface UpdateResult {
  applied: boolean;
  impact: DueChange[];
  version: number;
}

export const fetchProfiles = () =>
  api<{ profiles: StoredProfile[]; canManage: boolean }>('GET', '/api/profiles');

export const cloneProfile = (from: string, code: string, name: { vi: string; en: string }) =>
  api<StoredProfile>('POST', '/api/profiles', { from, code, name });

export const updateProfile = (
  code: string,
  body: { profile: RegulationProfile; version: number; confirm: boolean; reason?: string },
) => api<UpdateResult>('PUT', `/api/profiles/${code}`, body);

export const fetchUnitProfile = (unitId: string) =>
  api<UnitProfile>('GET', `/api/units/${unitId}/profile`);

export const chooseUnitProfile = (unitId: string, code: string | null) =>
  api<UnitProfile>('PUT', `/api/units/${unitId}/profile`, { code });
