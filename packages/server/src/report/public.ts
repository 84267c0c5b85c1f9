// What other features may import from report/ (architecture.test.ts holds every import to it).
export const publicFiles = [
  'report-source.ts', // the report's document source
  'report.repository.ts', // unitBySlug
] as const;
