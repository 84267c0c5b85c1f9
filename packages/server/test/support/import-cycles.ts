// The import graph of our TypeScript sources and the loops in it. Each file is scanned alone
// (no type check), so the whole tree takes about a second on an idle machine. Every
// import counts: static, `import type`, `export … from` and `import('…')` with a literal: a
// type-only loop is erased at run time but still ties the files together for anyone reading
// or changing them (and the five loops issue 19 found were mostly such).
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** file → the files it imports (both relative to one root, with '/'). */
export type ImportGraph = Map<string, string[]>;

/**
 * The module specifiers a source text names: imports (type-only too), re-exports, `import('…')`
 * with a literal. TypeScript's import scanner (the one its language service uses to find a
 * file's dependencies): five times quicker than a full parse, the same list on our tree.
 */
export function importedSpecifiers(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

/**
 * Builds the graph from files given as path → text (the tree on disk, or a test's fixture).
 * Relative specifiers resolve like TypeScript's NodeNext (`./x.js` → `x.ts`/`x.tsx`, a folder →
 * its index); `packages` maps a workspace package name to its entry file; anything else (npm
 * packages, node:) is outside the graph.
 */
export function buildImportGraph(
  files: ReadonlyMap<string, string>,
  packages: Readonly<Record<string, string>> = {},
): ImportGraph {
  const resolve = (from: string, spec: string): string | undefined => {
    if (spec in packages) return packages[spec];
    if (!spec.startsWith('.')) return undefined;
    const base = path.posix.join(path.posix.dirname(from), spec);
    const stem = base.replace(/\.(m|c)?jsx?$/, '');
    return [base, `${stem}.ts`, `${stem}.tsx`, `${base}/index.ts`, `${base}/index.tsx`].find((c) =>
      files.has(c),
    );
  };
  const graph: ImportGraph = new Map();
  for (const [file, text] of files) {
    const targets = importedSpecifiers(text)
      .map((spec) => resolve(file, spec))
      .filter((t): t is string => t !== undefined);
    graph.set(file, [...new Set(targets)].sort());
  }
  return graph;
}

/**
 * The import loops: each strongly connected set of two or more files (or a file importing
 * itself), given as one loop through it (a → b → … → a) and the set's size, loops sorted.
 */
export function importCycles(graph: ImportGraph): { size: number; loop: string[] }[] {
  // Tarjan's algorithm, iterative (a deep import chain must not overflow the stack).
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  for (const start of [...graph.keys()].sort()) {
    if (index.has(start)) continue;
    const work: { node: string; next: number }[] = [{ node: start, next: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const edges = graph.get(frame.node) ?? [];
      if (frame.next < edges.length) {
        const to = edges[frame.next++]!;
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push({ node: to, next: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(to)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        const selfLoop = component.length === 1 && (graph.get(member) ?? []).includes(member);
        if (component.length > 1 || selfLoop) components.push(component);
      }
    }
  }
  return components
    .map((c) => ({ size: c.length, loop: shortestLoop(graph, new Set(c)) }))
    .sort((a, b) => a.loop[0]!.localeCompare(b.loop[0]!));
}

/** The shortest loop through the set's first file (by name), staying inside the set. */
function shortestLoop(graph: ImportGraph, members: Set<string>): string[] {
  const first = [...members].sort()[0]!;
  const cameFrom = new Map<string, string>();
  const queue = [first];
  for (let i = 0; i < queue.length; i++) {
    const at = queue[i]!;
    for (const to of graph.get(at) ?? []) {
      if (!members.has(to)) continue;
      if (to === first) {
        const loop = [first];
        for (let n: string | undefined = at; n !== undefined && n !== first; n = cameFrom.get(n))
          loop.splice(1, 0, n);
        return [...loop, first];
      }
      if (!cameFrom.has(to)) {
        cameFrom.set(to, at);
        queue.push(to);
      }
    }
  }
  return [first, first];
}

/** The sources of packages/*\/src (tests left out), keyed by their path from `root`. */
export function readSources(root: string): {
  files: Map<string, string>;
  packages: Record<string, string>;
} {
  const files = new Map<string, string>();
  const packages: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = path.posix.join(dir, entry.name);
      if (entry.isDirectory()) walk(rel);
      else if (
        /\.tsx?$/.test(entry.name) &&
        !/\.(test|spec)\.tsx?$/.test(entry.name) &&
        !entry.name.endsWith('.d.ts')
      ) {
        files.set(rel, fs.readFileSync(path.join(root, rel), 'utf8'));
      }
    }
  };
  for (const pkg of fs.readdirSync(path.join(root, 'packages'))) {
    const src = path.posix.join('packages', pkg, 'src');
    if (!fs.existsSync(path.join(root, src))) continue;
    walk(src);
    const manifest = JSON.parse(
      fs.readFileSync(path.join(root, 'packages', pkg, 'package.json'), 'utf8'),
    ) as { name: string };
    for (const entry of ['index.ts', 'index.tsx']) {
      if (files.has(`${src}/${entry}`)) {
        packages[manifest.name] = `${src}/${entry}`;
        break;
      }
    }
  }
  return { files, packages };
}
