// Where the server's queries may stand: in a feature's `*.repository.ts` (and `shared/*.repository.ts`)
// or in `db/` (the dialects, migrations, group commit). Used by architecture.test.ts.

/** A Kysely query builder call or raw SQL: what makes a file a query file. */
const QUERY =
  /\.(selectFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto)\(|\bsql(`|\.raw\(|\.ref\(|\.table\()/;

export const isQueryFile = (text: string) => QUERY.test(text);

/** May this file (a path under packages/server/src) hold queries? */
export const mayQuery = (file: string) => file.endsWith('.repository.ts') || file.startsWith('db/');

/** Files (under packages/server/src) that build queries but may not. */
export function queriesOutsideRepositories(files: ReadonlyMap<string, string>): string[] {
  return [...files]
    .filter(([file, text]) => !mayQuery(file) && isQueryFile(text))
    .map(([file]) => file)
    .sort();
}
