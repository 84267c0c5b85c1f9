// What other features may import from metrics/ (architecture.test.ts holds every import to it).
// Nothing: the app (http/) registers the metrics, no feature reads them.
export const publicFiles = [] as const;
