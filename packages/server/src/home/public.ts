// What other features may import from home/ (architecture.test.ts holds every import to it).
// Nothing: "Việc của tôi" reads the other features, none reads it.
export const publicFiles = [] as const;
