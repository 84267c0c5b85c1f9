// What other features may import from plan/ (architecture.test.ts holds every import to it).
export const publicFiles = [
  'create-plan.ts', // the demo's plans
  'issue-plan.ts',
  'plan-source.ts', // the plan's document source
  'plan.repository.ts', // recordStateChange: plans and sessions share one history table
  'update-plan.ts',
] as const;
