// What other features may import from auth/ (architecture.test.ts holds every import to it).
export const publicFiles = [
  'auth.ts', // the type of the better-auth instance
  'grant.repository.ts',
  'session-cache.ts', // sessionChanged: a merger changes grants, so the signed-in sessions are forgotten
  'users.ts', // createStaffUser: the demo's accounts
] as const;
