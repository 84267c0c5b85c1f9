// The layering rules are enforced, not just written down: packages/core may not do IO or import
// frameworks or other packages of ours (eslint.config.js), and the rule really fires; no file
// imports itself back through others (support/import-cycles.ts), and a planted loop is caught;
// the server's queries stand in repositories and db/ (support/query-layer.ts), and a planted query
// in a use case is caught; a feature of the server imports from another only the files that one
// lists in its public.ts (support/feature-boundaries.ts), and a planted import of another file is
// caught.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import {
  boundaryBreaches,
  featuresOf,
  stalePublicFiles,
  type PublicFiles,
} from './support/feature-boundaries.js';
import { buildImportGraph, importCycles, readSources } from './support/import-cycles.js';
import { queriesOutsideRepositories } from './support/query-layer.js';
import { queriesOutsideRepositoriesToMove } from './support/query-layer.known.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const serverSrc = 'packages/server/src/';
/** The server's sources (tests left out), keyed by their path under packages/server/src. */
const serverFiles = () => {
  const { files } = readSources(root);
  return new Map(
    [...files]
      .filter(([f]) => f.startsWith(serverSrc))
      .map(([f, text]) => [f.slice(serverSrc.length), text] as const),
  );
};
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

describe('the server queries in repositories and db/ only', () => {
  it('no new file queries outside them, and the list of files still to move only shrinks', () => {
    const found = queriesOutsideRepositories(serverFiles());
    const known = new Set(queriesOutsideRepositoriesToMove);
    expect(found.filter((f) => !known.has(f))).toEqual([]);
    expect([...known].filter((f) => !found.includes(f))).toEqual([]);
  });

  it('is caught when planted: a use case that selects, a route with raw SQL; a repository may', () => {
    const files = new Map([
      [
        'opinion/close-matter.ts',
        "export const close = (db: Q) => db.updateTable('matter').set({ state: 'closed' });",
      ],
      [
        'opinion/opinion.routes.ts',
        'const n = await sql`select count(*) from matter`.execute(db);',
      ],
      [
        'opinion/opinion.repository.ts',
        "export const find = (db: Q, id: string) => db.selectFrom('matter').where('id', '=', id);",
      ],
      ['db/migrations/0099_x.ts', "await db.schema.createTable('x').execute(); sql`vacuum`;"],
      [
        'opinion/summary.ts',
        "export const label = (m: { selectFrom?: string }) => m.selectFrom ?? '';",
      ],
    ]);
    expect(queriesOutsideRepositories(files)).toEqual([
      'opinion/close-matter.ts',
      'opinion/opinion.routes.ts',
    ]);
  });
});

describe("a feature imports from another only the files listed in that one's public.ts", () => {
  const files = serverFiles();
  const graph = buildImportGraph(files);
  const features = featuresOf(files.keys());
  const publicFiles = async (): Promise<PublicFiles> =>
    new Map(
      await Promise.all(
        features.map(async (feature) => {
          const list = pathToFileURL(path.join(root, serverSrc, feature, 'public.ts')).href;
          const { publicFiles } = (await import(list)) as { publicFiles: readonly string[] };
          return [feature, publicFiles] as const;
        }),
      ),
    );

  it('every feature has its public.ts', () => {
    expect(features.length).toBeGreaterThan(15);
    expect(features.filter((f) => !files.has(`${f}/public.ts`))).toEqual([]);
  });

  it('every import across features is of a listed file; shared/ imports no feature', async () => {
    expect(
      boundaryBreaches(graph, await publicFiles()),
      "import what the other feature's public.ts lists, or add the file there",
    ).toEqual([]);
  });

  it('every listed file exists and another feature imports it', async () => {
    expect(stalePublicFiles(graph, await publicFiles())).toEqual([]);
  });

  it('is caught when planted: a static, a type-only, a lazy and a re-exported import', () => {
    const planted = buildImportGraph(
      new Map([
        [
          'follow-up/answer.ts',
          [
            "import { findMatter } from '../opinion/opinion.repository.js';",
            "import type { Merge } from '../opinion/merge.repository.js';",
            "import { todayInVietnam } from '../shared/clock.js';",
            "import { newId } from '../db/ids.js';",
            "import { requireActor } from '../http/actor.js';",
            "import { worklist } from './worklist.js';",
          ].join('\n'),
        ],
        [
          'follow-up/worklist.ts',
          "export const scope = () => import('../opinion/opinion-scope.js');",
        ],
        ['follow-up/follow-up.routes.ts', 'export const followUpRoutes = 1;'],
        [
          'session/sources/minutes.ts',
          "export { merge } from '../../opinion/merge.repository.js';",
        ],
        ['opinion/opinion.repository.ts', 'export const findMatter = 1;'],
        ['opinion/merge.repository.ts', 'export type Merge = 1; export const merge = 1;'],
        ['opinion/opinion-scope.ts', "import { model } from './similarity-model.js';"],
        ['opinion/similarity-model.ts', 'export const model = 1;'],
        ['http/actor.ts', 'export const requireActor = 1;'],
        [
          'http/features.ts',
          "import { followUpRoutes } from '../follow-up/follow-up.routes.js';\nimport { model } from '../opinion/similarity-model.js';",
        ],
        ['shared/clock.ts', 'export const todayInVietnam = 1;'],
        [
          'shared/issuing-body.repository.ts',
          "import { headerOn } from '../unit/unit-history.repository.js';",
        ],
        ['unit/unit-history.repository.ts', 'export const headerOn = 1;'],
        ['db/ids.ts', 'export const newId = 1;'],
      ]),
    );
    expect(featuresOf(planted.keys())).toEqual(['follow-up', 'opinion', 'session', 'unit']);
    const lists: PublicFiles = new Map([
      ['opinion', ['opinion.repository.ts', 'gone.ts', 'similarity-model.ts']],
      ['unit', ['unit-history.repository.ts']],
    ]);
    expect(boundaryBreaches(planted, lists)).toEqual([
      'follow-up/answer.ts → opinion/merge.repository.ts',
      'follow-up/worklist.ts → opinion/opinion-scope.ts',
      'session/sources/minutes.ts → opinion/merge.repository.ts',
      'shared/issuing-body.repository.ts → unit/unit-history.repository.ts',
    ]);
    expect(stalePublicFiles(planted, lists)).toEqual([
      'opinion/public.ts lists gone.ts: no such file',
      'opinion/public.ts lists similarity-model.ts: no other feature imports it',
      'unit/public.ts lists unit-history.repository.ts: no other feature imports it',
    ]);
  });
});
