// What a route answers is written once, as a zod contract in packages/core: the route declares it
// as its response schema and the web app imports its inferred type. The web files that still write
// such a shape by hand are listed (support/web-response-types.known.ts); the list only shrinks.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readSources } from './support/import-cycles.js';
import { handWrittenResponseTypes } from './support/web-response-types.js';
import { webResponseTypesToMove } from './support/web-response-types.known.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));

describe("the web app reads a route's answer as core's contract", () => {
  const webFiles = () => {
    const prefix = 'packages/web/src/';
    return new Map(
      [...readSources(root).files]
        .filter(([f]) => f.startsWith(prefix))
        .map(([f, text]) => [f.slice(prefix.length), text] as const),
    );
  };

  it('no new file hand-writes a response type, and the list of files still to move only shrinks', () => {
    const found = handWrittenResponseTypes(webFiles());
    const known = new Set(webResponseTypesToMove);
    expect(found.filter((f) => !known.has(f))).toEqual([]);
    expect([...known].filter((f) => !found.includes(f))).toEqual([]);
  });

  it('is caught when planted: a literal, a local interface, an imported one; a contract from core is not', () => {
    const files = new Map([
      [
        'features/a/a-api.ts',
        "import { api } from '../../api';\nexport const a = () => api<{ n: number }>('GET', '/api/a');",
      ],
      [
        'features/b/b-api.ts',
        "import { api } from '../../api';\ninterface B { n: number }\nexport const b = (): Promise<B> => api('GET', '/api/b');",
      ],
      ['features/c/c-types.ts', 'export interface C { n: number }\nexport type D = { n: number };'],
      [
        'features/c/CPage.tsx',
        "import type { C } from './c-types';\nexport const load = async () => { const c: C = await api('GET', '/api/c'); return c; };",
      ],
      [
        'features/d/d-api.ts',
        "import type { MyWork } from '@doithoai/core';\nexport const d = () => api<MyWork>('GET', '/api/d');\nexport interface Props { n: number }",
      ],
      [
        'features/e/EPage.tsx',
        "const send = <T,>(m: string, u: string) => fetch(u) as unknown as T;\nexport const e = () => send<{ n: number }>('POST', `/api/e/${1}`);",
      ],
    ]);
    expect(handWrittenResponseTypes(files)).toEqual([
      'features/a/a-api.ts',
      'features/b/b-api.ts',
      'features/c/c-types.ts',
      'features/e/EPage.tsx',
    ]);
  });
});
