// What other features may import from cli/ (architecture.test.ts holds every import to it).
// Nothing: the CLI uses the features, none uses it.
export const publicFiles = [] as const;
