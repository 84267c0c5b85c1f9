// What the regulation-profile routes answer (server: calendar/profile.routes.ts and its use
// cases), as zod contracts shared by the server's response schemas and the web app's types. The
// serializer drops a key a contract does not name: a field added to a use case's answer is added
// here too.
import { z } from 'zod';
import { DeadlineContract } from '../opinion/matter-page.js';
import { deadlineKinds } from './profile-deadlines.js';
import { RegulationProfile } from './regulation-profile.js';

/** A profile as kept: a built-in (version 0, not editable) or one an administrator cloned. */
export const StoredProfile = z.object({
  profile: RegulationProfile,
  builtIn: z.boolean(),
  version: z.number(),
});
export type StoredProfile = z.infer<typeof StoredProfile>;

/** GET /api/profiles: with whether this user may clone and edit them. */
export const RegulationProfiles = z.object({
  profiles: z.array(StoredProfile),
  canManage: z.boolean(),
});
export type RegulationProfiles = z.infer<typeof RegulationProfiles>;

/** An open deadline a change of profile moves (change-impact.ts `DueChange`). */
export const DueChangeContract = z.object({
  id: z.string(),
  kind: z.enum(deadlineKinds),
  start: z.string(),
  currentDue: z.string(),
  newDue: z.string(),
  direction: z.enum(['earlier', 'later']),
  /** The current due date is not what the old profile gives: someone set it by hand. */
  manuallySet: z.boolean(),
  deadline: DeadlineContract,
});

/**
 * PUT /api/profiles/:code: applied, or (deadlines would move and the edit was not confirmed) not,
 * with the deadlines it moves and the profile's version now.
 */
export const ProfileUpdate = z.object({
  applied: z.boolean(),
  impact: z.array(DueChangeContract),
  version: z.number(),
});
export type ProfileUpdate = z.infer<typeof ProfileUpdate>;

/** GET and PUT /api/units/:id/profile: the profile a unit follows, and whose choice it is. */
export const UnitProfile = z.object({
  /** The code the unit follows (its own choice, an ancestor's, or the default). */
  code: z.string(),
  /** The unit's own choice, null if it inherits. */
  own: z.string().nullable(),
  /** The ancestor whose choice it follows (its name), null if its own or the default. */
  inheritedFrom: z.string().nullable(),
  profile: RegulationProfile.nullable(),
});
export type UnitProfile = z.infer<typeof UnitProfile>;
