// What one feature of the server may import from another: only the files the other lists in its
// `public.ts` (`export const publicFiles = [...]`, paths inside the feature folder). Static,
// `import type`, `export … from` and `import('…')` alike (the graph of support/import-cycles.ts).
// A feature is a folder of packages/server/src; `shared/`, `db/` and `http/` are infrastructure:
// any feature imports them, and `http/` (the app, registering each feature's routes and reading
// the caller's session) with the top-level files (bootstrap, config, server) may import anything.
// `shared/` imports no feature: it is what every feature stands on. Used by architecture.test.ts.
import type { ImportGraph } from './import-cycles.js';

/** Folders of packages/server/src that are no feature. */
export const infrastructure: readonly string[] = ['shared', 'db', 'http'];

/** The feature a file (a path under packages/server/src) belongs to, if any. */
export function featureOf(file: string): string | undefined {
  const slash = file.indexOf('/');
  if (slash < 0) return undefined;
  const folder = file.slice(0, slash);
  return infrastructure.includes(folder) ? undefined : folder;
}

/** The features of a tree: every folder holding a file, infrastructure aside. */
export function featuresOf(files: Iterable<string>): string[] {
  const found = new Set<string>();
  for (const f of files) {
    const feature = featureOf(f);
    if (feature) found.add(feature);
  }
  return [...found].sort();
}

/** feature → the files other features may import (paths inside its folder). */
export type PublicFiles = ReadonlyMap<string, readonly string[]>;

/**
 * The imports that cross a boundary: from a feature to a file another feature does not list as
 * public, and from `shared/` to any feature. Each as 'from → to', sorted.
 */
export function boundaryBreaches(graph: ImportGraph, publicFiles: PublicFiles): string[] {
  const breaches: string[] = [];
  for (const [from, targets] of graph) {
    const importer = featureOf(from);
    const inShared = from.startsWith('shared/');
    if (!importer && !inShared) continue;
    for (const to of targets) {
      const target = featureOf(to);
      if (!target || target === importer) continue;
      const inside = to.slice(target.length + 1);
      if (inShared || !(publicFiles.get(target) ?? []).includes(inside))
        breaches.push(`${from} → ${to}`);
    }
  }
  return breaches.sort();
}

/**
 * What is wrong with the lists themselves: a listed file that does not exist, or that no other
 * feature imports (a list only names what is used, so it cannot rot into a second directory).
 */
export function stalePublicFiles(graph: ImportGraph, publicFiles: PublicFiles): string[] {
  const importedFromOutside = new Set<string>();
  for (const [from, targets] of graph) {
    const importer = featureOf(from);
    if (!importer) continue;
    for (const to of targets) if (featureOf(to) !== importer) importedFromOutside.add(to);
  }
  const stale: string[] = [];
  for (const [feature, listed] of publicFiles) {
    for (const inside of listed) {
      const file = `${feature}/${inside}`;
      if (!graph.has(file)) stale.push(`${feature}/public.ts lists ${inside}: no such file`);
      else if (!importedFromOutside.has(file))
        stale.push(`${feature}/public.ts lists ${inside}: no other feature imports it`);
    }
  }
  return stale.sort();
}
