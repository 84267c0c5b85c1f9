// What the account routes answer, as zod contracts shared by the server's response schemas and
// the web app's types: an administrator's accounts and their sessions (server: auth/user-admin.ts),
// and the few answers of better-auth's own routes (/api/auth/*) the web app reads. The serializer
// drops a key a contract does not name: a field added to a use case's answer is added here too.
import { z } from 'zod';
import { roles } from '../policy/roles.js';

/** A user in an administrator's reach, with the roles held and how many sessions are open. */
export const AccountSummary = z.object({
  id: z.string(),
  name: z.string(),
  username: z.string(),
  grants: z.array(z.object({ role: z.enum(roles), unitId: z.string(), unitName: z.string() })),
  sessions: z.number(),
});
export type AccountSummary = z.infer<typeof AccountSummary>;

/** GET /api/units/:id/users */
export const UnitAccounts = z.object({ users: z.array(AccountSummary) });
export type UnitAccounts = z.infer<typeof UnitAccounts>;

/** One open sign-in session of a user (times ISO 8601). */
export const OpenSession = z.object({
  id: z.string(),
  createdAt: z.string(),
  lastRefreshedAt: z.string(),
  expiresAt: z.string(),
  ipAddress: z.string().nullable(),
  userAgent: z.string().nullable(),
});
export type OpenSession = z.infer<typeof OpenSession>;

/** GET /api/users/:id/sessions */
export const UserSessions = z.object({ sessions: z.array(OpenSession) });
export type UserSessions = z.infer<typeof UserSessions>;

/** POST /api/users/:id/sessions/revoke, DELETE /api/users/:id/sessions/:sessionId: how many ended. */
export const RevokedSessions = z.object({ revoked: z.number() });
export type RevokedSessions = z.infer<typeof RevokedSessions>;

/** PUT /api/users/:id/grants: the grants now held, and how many of the user's sessions ended. */
export const ChangedGrants = z.object({
  grants: z.array(z.object({ role: z.enum(roles), unitId: z.string() })),
  revokedSessions: z.number(),
});
export type ChangedGrants = z.infer<typeof ChangedGrants>;

// better-auth answers these itself (/api/auth/*, passed through by auth/auth.routes.ts): no route
// of ours declares them, so they name only what the web app reads and let the rest pass.

/** POST /api/auth/sign-in/username: with a second factor on, `twoFactorRedirect` and no session yet. */
export const SignInAnswer = z.looseObject({ twoFactorRedirect: z.boolean().optional() }).nullable();
export type SignInAnswer = z.infer<typeof SignInAnswer>;

/** GET /api/auth/get-session: null when signed out. */
export const AuthSession = z
  .looseObject({
    user: z.looseObject({ twoFactorEnabled: z.boolean().nullable().optional() }).optional(),
  })
  .nullable();
export type AuthSession = z.infer<typeof AuthSession>;

/** POST /api/auth/two-factor/enable: the secret as an otpauth:// URI, and the one-time backup codes. */
export const TotpEnrolment = z.looseObject({
  totpURI: z.string(),
  backupCodes: z.array(z.string()),
});
export type TotpEnrolment = z.infer<typeof TotpEnrolment>;
