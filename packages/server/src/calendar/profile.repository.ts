// Regulation profiles: the built-ins from core plus those an administrator cloned and edited,
// and which one a unit follows (its own choice, else the nearest ancestor's, else the default).
import {
  BUILT_IN_PROFILES,
  RegulationProfile,
  chosenProfileCode,
  DEFAULT_PROFILE_CODE,
  profileInForce,
} from '@doithoai/core';
import type { Q } from '../shared/query.js';

export interface StoredProfile {
  profile: RegulationProfile;
  builtIn: boolean;
  version: number;
}

export async function listProfiles(db: Q): Promise<StoredProfile[]> {
  const rows = await db.selectFrom('regulation_profile').selectAll().orderBy('code').execute();
  return [
    ...BUILT_IN_PROFILES.map((profile) => ({ profile, builtIn: true, version: 0 })),
    ...rows.map((r) => ({
      profile: RegulationProfile.parse(JSON.parse(r.definition)),
      builtIn: false,
      version: r.version,
    })),
  ];
}

export async function findProfile(db: Q, code: string): Promise<StoredProfile | undefined> {
  return (await listProfiles(db)).find((p) => p.profile.code === code);
}

/** The unit's chain from the root (its path lists the ancestors' ids) and the profile it follows. */
export async function unitProfile(db: Q, unitPath: string) {
  const ids = unitPath.split('/').filter(Boolean);
  const rows = await db
    .selectFrom('unit')
    .select(['id', 'name', 'profile_code'])
    .where('id', 'in', ids)
    .execute();
  const chain = ids.map((id) => rows.find((r) => r.id === id)).filter((r) => r !== undefined);
  const code =
    chosenProfileCode(chain.map((r) => ({ profileCode: r.profile_code }))) ?? DEFAULT_PROFILE_CODE;
  const from = [...chain].reverse().find((r) => r.profile_code === code);
  const own = chain.at(-1)?.profile_code ?? null;
  const found = await findProfile(db, code);
  return {
    code,
    own,
    inheritedFrom: from && from.id !== chain.at(-1)?.id ? from.name : null,
    profile: found?.profile ?? null,
  };
}

/**
 * The profile in force on `date` for the unit: its chosen one (unitProfile), or the one that
 * replaced it or that it replaced when the date lies outside its period (issue 20: a 2022 plan
 * follows ha-tinh-657, a 2026 one ha-tinh-hai-cap, whichever of the two the province chose).
 */
export async function unitProfileOn(db: Q, unitPath: string, date: string) {
  const chosen = await unitProfile(db, unitPath);
  if (!chosen.profile) return chosen;
  const profile = profileInForce(
    chosen.profile,
    date,
    (await listProfiles(db)).map((p) => p.profile),
  );
  return { ...chosen, code: profile.code, profile };
}
