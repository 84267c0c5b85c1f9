// What other features may import from backup/ (architecture.test.ts holds every import to it).
export const publicFiles = [
  'backup.repository.ts', // deleteAllRows: the demo's reset
  'backup.ts',
  'encryption.ts',
] as const;
