// What other features may import from opinion/ (architecture.test.ts holds every import to it).
export const publicFiles = [
  'create-opinion.ts', // an opinion entered from the portal or the session floor
  'export-opinions.ts',
  'import-opinions.ts',
  'intake.repository.ts', // the demo's petitions written directly
  'matter-scope.repository.ts', // scopeCondition: which matters a caller sees, as SQL
  'opinion-access.ts', // petitionerFacts: who sees a petitioner's name and phone
  'opinion-classifier.ts', // the CLI's field suggestion
  'opinion-scope.ts', // which matters a caller sees, and one matter
  'opinion-search.repository.ts', // COUNT_CAP: counts stop at the same bound everywhere
  'opinion.repository.ts', // a matter: find it, move its state, refresh its search text
  'received-date.ts', // acknowledgementDeadline
  'routing.repository.ts', // the demo's routing rows
  'tracking-receipt.ts', // a tracking code for a portal petition
  'triage-opinions.ts', // the duplicate clusters "Việc của tôi" counts
] as const;
