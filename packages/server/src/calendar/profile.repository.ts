// Regulation profiles: the built-ins from core plus those an administrator cloned and edited,
// and which one a unit follows (its own choice, else the nearest ancestor's, else the default).
// Writes: a stored profile added or saved, a unit's own choice.
import {
  BUILT_IN_PROFILES,
  RegulationProfile,
  chosenProfileCode,
  DEFAULT_PROFILE_CODE,
  profileInForce,
  type StoredProfile,
} from '@doithoai/core';
import type { Q } from '../shared/query.js';

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

export async function insertProfile(db: Q, profile: RegulationProfile, at: string) {
  await db
    .insertInto('regulation_profile')
    .values({
      code: profile.code,
      definition: JSON.stringify(profile),
      version: 0,
      created_at: at,
      updated_at: at,
    })
    .execute();
}

/** Saves the profile under the version the editor read: its new version, or undefined when stale. */
export async function saveProfile(
  db: Q,
  profile: RegulationProfile,
  version: number,
  at: string,
): Promise<number | undefined> {
  const row = await db
    .updateTable('regulation_profile')
    .set({ definition: JSON.stringify(profile), version: version + 1, updated_at: at })
    .where('code', '=', profile.code)
    .where('version', '=', version)
    .returning('version')
    .executeTakeFirst();
  return row?.version;
}

/** The profile the unit itself chose (null: it follows its ancestors'). */
export async function ownProfileCode(db: Q, unitId: string): Promise<string | null> {
  const row = await db
    .selectFrom('unit')
    .select('profile_code')
    .where('id', '=', unitId)
    .executeTakeFirstOrThrow();
  return row.profile_code;
}

export async function setOwnProfileCode(db: Q, unitId: string, code: string | null, at: string) {
  await db
    .updateTable('unit')
    .set({ profile_code: code, updated_at: at })
    .where('id', '=', unitId)
    .execute();
}
