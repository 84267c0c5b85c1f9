// What other features may import from privacy/ (architecture.test.ts holds every import to it).
export const publicFiles = [
  'breach.ts',
  'personal-document-view.ts', // a document naming a person is audited when read
  'retention-job.ts', // the daily retention sweep, planned by the job runner
  'retention-sweep.ts',
] as const;
