// Which profile a unit follows: the nearest choice up its branch of the tree (a province's
// choice holds for every commune below it unless one chooses otherwise), else the default.
import { DomainError } from '../errors/domain-error.js';
import { RegulationProfile } from './regulation-profile.js';
import { BUILT_IN_PROFILES, DEFAULT_PROFILE_CODE, HA_TINH_657 } from './built-in.js';

export interface ProfileChoice {
  profileCode?: string | null;
}

/** The code chosen by the nearest unit, walking from the unit up to the root; null if none chose. */
export function chosenProfileCode(chainFromRootToUnit: readonly ProfileChoice[]): string | null {
  for (let i = chainFromRootToUnit.length - 1; i >= 0; i--) {
    const c = chainFromRootToUnit[i]?.profileCode;
    if (c) return c;
  }
  return null;
}

export function resolveProfile(
  chainFromRootToUnit: readonly ProfileChoice[],
  profiles: readonly RegulationProfile[] = BUILT_IN_PROFILES,
): RegulationProfile {
  const code = chosenProfileCode(chainFromRootToUnit) ?? DEFAULT_PROFILE_CODE;
  const found = profiles.find((p) => p.code === code);
  if (found) return found;
  if (code === DEFAULT_PROFILE_CODE) return HA_TINH_657;
  throw new DomainError('VALIDATION', {
    vi: `Không có bộ quy định mã "${code}"`,
    en: `no regulation profile with code "${code}"`,
  });
}

/**
 * The profile in force on `date` for a unit that chose `chosen`: a profile past its last day gives
 * way to the one that replaces it, one not yet in force to the one it replaces (a 2022 plan under
 * ha-tinh-hai-cap follows ha-tinh-657). Without such a profile, the chosen one stands.
 */
export function profileInForce(
  chosen: RegulationProfile,
  date: string,
  profiles: readonly RegulationProfile[] = BUILT_IN_PROFILES,
): RegulationProfile {
  let p = chosen;
  const seen = new Set<string>([p.code]);
  for (;;) {
    const next =
      p.validTo && date > p.validTo
        ? profiles.find((x) => x.replaces === p.code)
        : p.validFrom && date < p.validFrom && p.replaces
          ? profiles.find((x) => x.code === p.replaces)
          : undefined;
    if (!next || seen.has(next.code)) return p;
    seen.add(next.code);
    p = next;
  }
}

/** A copy to edit under a new code; records which profile it came from. */
export function cloneProfile(
  profile: RegulationProfile,
  newCode: string,
  newName: { vi: string; en: string },
): RegulationProfile {
  // Parsing builds fresh objects all the way down, so the copy shares nothing with the original.
  // A copy is a rule set of its own: not bound to the original's period or place in time.
  const { validFrom: _from, validTo: _to, replaces: _replaces, ...rest } = profile;
  return RegulationProfile.parse({
    ...rest,
    code: newCode,
    name: newName,
    basedOn: profile.code,
  });
}
