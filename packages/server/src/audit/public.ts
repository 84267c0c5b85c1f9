// What other features may import from audit/ (architecture.test.ts holds every import to it).
export const publicFiles = [
  'audit.ts', // recordAudit: every change writes its entry
  'list-audit.ts', // the CLI's `audit` commands
  'seal.ts', // a restored backup's chain sealed again
  'verify-chain.ts',
] as const;
