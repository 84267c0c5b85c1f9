// Which web files still write by hand the shape of what a route answers, instead of importing the
// route's response contract from @doithoai/core (issue 19). Used by web-response-types.test.ts.
//
// A response type is what the web app says `api()` gives back: the type argument of `api<T>(…)`
// (or of any call `f<T>(…, '/api/…')`),
// `T` in a function returning `Promise<T>` whose body calls `api(`, and the annotation of a
// variable initialised with `await api(…)`. A file hand-writes one when such a type is an object
// literal written there, or names an interface or object type alias declared in the web app
// (in the same file or a relative import: that file is the one counted).
import path from 'node:path';
import ts from 'typescript';

const kindOf = (file: string) => (file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);

/** Interfaces and type aliases to an object literal (or an intersection holding one) declared in the file. */
function objectTypesDeclared(sf: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const literal = (t: ts.TypeNode): boolean =>
    ts.isTypeLiteralNode(t) || (ts.isIntersectionTypeNode(t) && t.types.some(literal));
  for (const s of sf.statements) {
    if (ts.isInterfaceDeclaration(s)) names.add(s.name.text);
    else if (ts.isTypeAliasDeclaration(s) && literal(s.type)) names.add(s.name.text);
  }
  return names;
}

/** Local name → the relative module it is imported from. */
function relativeImports(sf: ts.SourceFile): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of sf.statements) {
    if (!ts.isImportDeclaration(s) || !ts.isStringLiteral(s.moduleSpecifier)) continue;
    const from = s.moduleSpecifier.text;
    if (!from.startsWith('.')) continue;
    const bindings = s.importClause?.namedBindings;
    if (bindings && ts.isNamedImports(bindings))
      for (const e of bindings.elements) out.set(e.name.text, from);
  }
  return out;
}

const callsApi = (node: ts.Node): boolean => {
  let found = false;
  const visit = (n: ts.Node) => {
    if (found) return;
    if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === 'api')
      found = true;
    else ts.forEachChild(n, visit);
  };
  visit(node);
  return found;
};

/** A string or template literal naming a route: `/api/…`. */
const apiUrl = (a: ts.Expression) =>
  (ts.isStringLiteralLike(a) && a.text.startsWith('/api/')) ||
  (ts.isTemplateExpression(a) && a.head.text.startsWith('/api/'));

/** The response type nodes of a file. */
function responseTypes(sf: ts.SourceFile): ts.TypeNode[] {
  const out: ts.TypeNode[] = [];
  const promised = (t: ts.TypeNode | undefined) =>
    t &&
    ts.isTypeReferenceNode(t) &&
    ts.isIdentifier(t.typeName) &&
    t.typeName.text === 'Promise' &&
    t.typeArguments?.[0];
  const visit = (n: ts.Node) => {
    if (
      ts.isCallExpression(n) &&
      n.typeArguments?.[0] &&
      ((ts.isIdentifier(n.expression) && n.expression.text === 'api') || n.arguments.some(apiUrl))
    )
      out.push(n.typeArguments[0]);
    if ((ts.isArrowFunction(n) || ts.isFunctionDeclaration(n)) && n.body && callsApi(n.body)) {
      const t = promised(n.type);
      if (t) out.push(t);
    }
    if (
      ts.isVariableDeclaration(n) &&
      n.type &&
      n.initializer &&
      ts.isAwaitExpression(n.initializer) &&
      callsApi(n.initializer)
    )
      out.push(n.type);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/** Does the type write an object literal, and which names does it refer to? */
function parts(t: ts.TypeNode): { literal: boolean; names: string[] } {
  let literal = false;
  const names: string[] = [];
  const visit = (n: ts.Node) => {
    if (ts.isTypeLiteralNode(n)) literal = true;
    if (ts.isTypeReferenceNode(n)) {
      const name = n.typeName;
      names.push(ts.isIdentifier(name) ? name.text : name.left.getText());
    }
    ts.forEachChild(n, visit);
  };
  visit(t);
  return { literal, names };
}

function resolve(files: ReadonlyMap<string, string>, from: string, spec: string): string | null {
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    `${base}/index.ts`,
    `${base}/index.tsx`,
  ])
    if (files.has(candidate)) return candidate;
  return null;
}

/**
 * Files (paths under packages/web/src, mapped to their text) that hand-write a response type,
 * sorted.
 */
export function handWrittenResponseTypes(files: ReadonlyMap<string, string>): string[] {
  const parsed = new Map(
    [...files].map(([f, text]) => [
      f,
      ts.createSourceFile(f, text, ts.ScriptTarget.Latest, true, kindOf(f)),
    ]),
  );
  const declared = new Map([...parsed].map(([f, sf]) => [f, objectTypesDeclared(sf)]));
  const found = new Set<string>();
  for (const [file, sf] of parsed) {
    const imports = relativeImports(sf);
    for (const t of responseTypes(sf)) {
      const { literal, names } = parts(t);
      if (literal) found.add(file);
      for (const name of names) {
        if (declared.get(file)?.has(name)) found.add(file);
        const spec = imports.get(name);
        const target = spec && resolve(files, file, spec);
        if (target && declared.get(target)?.has(name)) found.add(target);
      }
    }
  }
  return [...found].sort();
}
