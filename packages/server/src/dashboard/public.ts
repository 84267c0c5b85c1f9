// What other features may import from dashboard/ (architecture.test.ts holds every import to it).
// The exports (report/) and "Việc của tôi" (home/) show the dashboards' figures.
export const publicFiles = [
  'dashboard-matters.ts',
  'dashboard-scope.ts', // which units and profiles a dashboard covers
  'oversight.ts',
  'unit-dashboard.ts',
] as const;
