// The layering rules are enforced, not just written down: packages/core may not do IO or import
// frameworks or other packages of ours (eslint.config.js), and the rule really fires; no file
// imports itself back through others (support/import-cycles.ts), and a planted loop is caught.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { buildImportGraph, importCycles, readSources } from './support/import-cycles.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const eslint = new ESLint({ cwd: root });
const lintCore = async (code: string) =>
  (
    await eslint.lintText(code, { filePath: path.join(root, 'packages/core/src/probe.ts') })
  )[0]!.messages.map((m) => m.ruleId);

describe('packages/core stays pure', () => {
  it.each([
    "import fs from 'node:fs'; export const x = fs;",
    "import { Kysely } from 'kysely'; export const x = Kysely;",
    "import { renderDocx } from '@doithoai/documents'; export const x = renderDocx;",
    'export const x = process.env.HOME;',
    "export const x = () => fetch('http://example.invalid');",
  ])('refuses %s', async (code) => {
    const rules = await lintCore(code);
    expect(rules.some((r) => r === 'no-restricted-imports' || r === 'no-restricted-globals')).toBe(
      true,
    );
  });

  it('allows pure code with zod', async () => {
    expect(await lintCore("import { z } from 'zod'; export const S = z.string();")).toEqual([]);
  });
});

describe('no import loop', () => {
  const printed = (graph: ReturnType<typeof buildImportGraph>) =>
    importCycles(graph).map((c) => `${c.size} files: ${c.loop.join(' → ')}`);

  it('in packages/*/src', () => {
    const { files, packages } = readSources(root);
    expect(files.size).toBeGreaterThan(400);
    expect(printed(buildImportGraph(files, packages))).toEqual([]);
  }, 60_000);

  it('is caught when planted: through a type-only import, a lazy import() and a package entry', () => {
    const files = new Map([
      [
        'server/app.ts',
        "import { routes } from './routes/a.routes.js';\nexport type App = { routes: typeof routes };",
      ],
      [
        'server/routes/a.routes.ts',
        "import type { App } from '../app.js';\nexport const routes = (app: App) => app;",
      ],
      [
        'server/other.ts',
        "import { routes } from './routes/a.routes.js';\nimport { z } from 'zod';\nexport const x = [routes, z];",
      ],
      ['web/Menu.tsx', "export const pages = [() => import('./pages/Home')];"],
      [
        'web/pages/Home.tsx',
        "import { pages } from '../Menu';\nexport const Home = () => pages.length;",
      ],
      ['core/index.ts', "export * from './calendar/index.js';"],
      ['core/calendar/index.ts', "export * from './deadline.js';"],
      [
        'core/calendar/deadline.ts',
        "import { explain } from '@fix/core';\nexport const deadline = explain;",
      ],
    ]);
    expect(printed(buildImportGraph(files, { '@fix/core': 'core/index.ts' }))).toEqual([
      '3 files: core/calendar/deadline.ts → core/index.ts → core/calendar/index.ts → core/calendar/deadline.ts',
      '2 files: server/app.ts → server/routes/a.routes.ts → server/app.ts',
      '2 files: web/Menu.tsx → web/pages/Home.tsx → web/Menu.tsx',
    ]);
    files.set(
      'server/routes/a.routes.ts',
      "import type { App } from '../zod-app.js';\nexport const routes = (app: App) => app;",
    );
    files.set('server/zod-app.ts', 'export type App = object;');
    expect(printed(buildImportGraph(files, { '@fix/core': 'core/index.ts' }))).toHaveLength(2);
  });
});
