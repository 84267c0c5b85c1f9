// What other features may import from portal/ (architecture.test.ts holds every import to it).
export const publicFiles = [
  'mask.ts', // maskName: an erased petitioner's name, as the portal masks it
  'portal.repository.ts', // upcomingSessions: printed on a paper petition's receipt
  'published-answers.ts', // the open data publishes the portal's answers
  'tracking-code.ts', // paper petitions get the portal's tracking codes
] as const;
