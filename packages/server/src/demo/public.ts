// What other features may import from demo/ (architecture.test.ts holds every import to it).
export const publicFiles = [
  'load-demo.ts',
  'province-scale.ts', // `doithoai demo --scale province`
] as const;
