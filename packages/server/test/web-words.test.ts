// One way to keep the web app's words (issue 19): a typed Vietnamese dictionary and an English one of the same type, in a
// `*-text.ts` file of the feature (the app's own in app/app-text.ts), chosen by `(lang) => words`.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../../web/src', import.meta.url));
const sources = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
const rel = (p: string) => path.relative(src, p).split(path.sep).join('/');

/** Files that declare a dictionary (`const vi = {`) but are not a `*-text.ts` file. */
export function dictionariesOutsideTextFiles(files: Map<string, string>): string[] {
  return [...files]
    .filter(([f, text]) => /^const vi(\s*:[^=]+)?\s*=\s*\{/m.test(text) && !f.endsWith('-text.ts'))
    .map(([f]) => f);
}

/** A `*-text.ts` file's words function, `export const xText = (lang: Lang)…`, or null. */
const wordsFunction = (text: string) =>
  /^export const (\w+Text) = \(lang: Lang\)/m.exec(text)?.[1] ?? null;

describe('the words of the app', () => {
  const files = new Map(sources(src).map((f) => [rel(f), fs.readFileSync(f, 'utf8')]));

  it('stand in *-text.ts files only, each with its (lang) => words function', () => {
    expect(dictionariesOutsideTextFiles(files)).toEqual([]);
    const textFiles = [...files.keys()].filter((f) => f.endsWith('-text.ts'));
    expect(textFiles.length).toBeGreaterThan(15);
    expect(textFiles.filter((f) => !wordsFunction(files.get(f)!))).toEqual([]);
  });

  it('in English, have every word the Vietnamese has', async () => {
    const keys = (o: unknown, at = ''): string[] =>
      o && typeof o === 'object' && !Array.isArray(o)
        ? Object.entries(o).flatMap(([k, v]) => [`${at}${k}`, ...keys(v, `${at}${k}.`)])
        : [];
    for (const f of [...files.keys()].filter((f) => f.endsWith('-text.ts'))) {
      const mod = (await import(
        /* @vite-ignore */ pathToFileURL(path.join(src, f)).href
      )) as Record<string, unknown>;
      const words = mod[wordsFunction(files.get(f)!)!] as (lang: 'vi' | 'en') => unknown;
      expect(keys(words('en')), f).toEqual(keys(words('vi')));
    }
  });

  it('is caught when planted: a dictionary in a page', () => {
    const planted = new Map([
      [
        'features/a/APage.tsx',
        "const vi = { title: 'Tiêu đề' };\nexport const A = () => vi.title;",
      ],
      ['features/a/a-text.ts', "const vi = { title: 'Tiêu đề' };"],
    ]);
    expect(dictionariesOutsideTextFiles(planted)).toEqual(['features/a/APage.tsx']);
  });
});
