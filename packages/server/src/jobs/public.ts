// What other features may import from jobs/ (architecture.test.ts holds every import to it).
export const publicFiles = [
  'job.repository.ts', // enqueueJob and the queue's other statements
  'jobs.commands.ts', // the CLI's `jobs` commands
  'runner.ts', // JobRunner and the JobKind a feature's job implements
] as const;
