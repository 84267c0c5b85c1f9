// The layering rules are enforced, not just written down: packages/core may not do IO or import
// frameworks or other packages of ours (eslint.config.js), and the rule really fires.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const eslint = new ESLint({ cwd: root });
const lintCore = async (code: string) =>
  (await eslint.lintText(code, { filePath: path.join(root, 'packages/core/src/probe.ts') }))[0]!.messages.map((m) => m.ruleId);

describe('packages/core stays pure', () => {
  it.each([
    "import fs from 'node:fs'; export const x = fs;",
    "import { Kysely } from 'kysely'; export const x = Kysely;",
    "import { renderDocx } from '@doithoai/documents'; export const x = renderDocx;",
    "export const x = process.env.HOME;",
    "export const x = () => fetch('http://example.invalid');",
  ])('refuses %s', async (code) => {
    const rules = await lintCore(code);
    expect(rules.some((r) => r === 'no-restricted-imports' || r === 'no-restricted-globals')).toBe(true);
  });

  it('allows pure code with zod', async () => {
    expect(await lintCore("import { z } from 'zod'; export const S = z.string();")).toEqual([]);
  });
});
