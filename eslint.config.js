// Lint for the whole repo. The rule that matters most: packages/core is the pure domain,
// so it may not import IO, frameworks or other packages (docs/ARCHITECTURE.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const ioModules = [
  'fs',
  'fs/promises',
  'path',
  'http',
  'https',
  'net',
  'child_process',
  'os',
  'worker_threads',
  'dgram',
  'dns',
  'tls',
  'cluster',
  'process',
];

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'data/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['**/*.{js,mjs,ts,tsx}'], languageOptions: { globals: { ...globals.node } } },
  {
    files: ['packages/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['packages/core/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ioModules
            .flatMap((m) => [m, `node:${m}`])
            .map((name) => ({
              name,
              message: 'packages/core is pure: no IO. Pass data in from the server.',
            })),
          patterns: [
            {
              group: [
                'kysely',
                'pg',
                'better-sqlite3',
                'fastify',
                'fastify-*',
                '@fastify/*',
                'react',
                'react-*',
                'docx',
                'playwright*',
                'nodemailer',
                'exceljs',
                'pino',
              ],
              message: 'packages/core is pure: no frameworks or IO libraries.',
            },
            { group: ['@doithoai/*'], message: 'packages/core depends on nothing of ours.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'core has no IO' },
        { name: 'process', message: 'core has no IO' },
      ],
    },
  },
);
