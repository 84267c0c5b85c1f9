// The regulation-profile endpoints the web app calls, typed with core's contracts.
import type {
  ProfileUpdate,
  RegulationProfile,
  RegulationProfiles,
  StoredProfile,
  UnitProfile,
} from '@doithoai/core';
import { api } from '../../api';

export type { StoredProfile, UnitProfile };

export const fetchProfiles = () => api<RegulationProfiles>('GET', '/api/profiles');

export const cloneProfile = (from: string, code: string, name: { vi: string; en: string }) =>
  api<StoredProfile>('POST', '/api/profiles', { from, code, name });

export const updateProfile = (
  code: string,
  body: { profile: RegulationProfile; version: number; confirm: boolean; reason?: string },
) => api<ProfileUpdate>('PUT', `/api/profiles/${code}`, body);

export const fetchUnitProfile = (unitId: string) =>
  api<UnitProfile>('GET', `/api/units/${unitId}/profile`);

export const chooseUnitProfile = (unitId: string, code: string | null) =>
  api<UnitProfile>('PUT', `/api/units/${unitId}/profile`, { code });
