// One Vitest run for every package: core and documents unit tests (colocated *.test.ts),
// server integration tests (packages/server/test, on SQLite and PostgreSQL).
// Workspace packages resolve to their TypeScript sources, so tests never need a build.
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const src = (p: string) => fileURLToPath(new URL(`./packages/${p}/src/index.ts`, import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      '@doithoai/core': src('core'),
      '@doithoai/documents': src('documents'),
    },
  },
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'packages/web/src/**/*.test.tsx',
      'packages/server/test/**/*.test.ts',
    ],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
