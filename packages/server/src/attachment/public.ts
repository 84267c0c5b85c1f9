// What other features may import from attachment/ (architecture.test.ts holds every import to it).
export const publicFiles = [
  'attachment.repository.ts', // the portal holds a citizen's photos until the petition is saved
  'photo-type.ts',
  'strip-metadata.ts',
] as const;
