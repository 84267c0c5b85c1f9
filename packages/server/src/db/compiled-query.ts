// A statement that runs on every opinion's entry, compiled once per database and reused with new
// values. Kysely builds and compiles a query tree on each call: for the entry's few fixed
// statements that was a sixth of its time (bench/intake.bench.mjs prints the parts). The builder
// runs once with a stand-in for each value; the SQL keeps its placeholders, and each run puts the
// values in their places. For statements whose shape does not depend on the values: no `in`
// lists, no optional filters, no value left undefined.
import { CompiledQuery, type Compilable, type Kysely, type RootOperationNode } from 'kysely';
import type { Q } from '../shared/query.js';
import type { Database } from './schema.js';

const PREFIX = '\u0000compiled-query:';

interface Compiled {
  sql: string;
  query: RootOperationNode;
  /** Each placeholder's value: a named one of the run, or a constant of the builder. */
  slots: ({ name: string } | { constant: unknown })[];
}

/**
 * `build` is given stand-ins for the values (`v.id` and so on) and returns the query; the result
 * runs it with the values given, on the database or transaction given, and returns its rows.
 */
export function compiledOnce<V extends object, R>(
  build: (db: Kysely<Database>, v: V) => Compilable<R>,
): (db: Q, values: V) => Promise<R[]> {
  // By the database's adapter: SQLite and PostgreSQL write different SQL; a transaction shares its
  // database's adapter.
  const byAdapter = new WeakMap<object, Compiled>();
  return async (db, values) => {
    const adapter = db.getExecutor().adapter;
    let compiled = byAdapter.get(adapter);
    if (!compiled) {
      const standIns = new Proxy({} as V, { get: (_, name) => `${PREFIX}${String(name)}` });
      const c = build(db, standIns).compile();
      compiled = {
        sql: c.sql,
        query: c.query,
        slots: c.parameters.map((p) =>
          typeof p === 'string' && p.startsWith(PREFIX)
            ? { name: p.slice(PREFIX.length) }
            : { constant: p },
        ),
      };
      byAdapter.set(adapter, compiled);
    }
    const parameters = compiled.slots.map((slot) => {
      if ('constant' in slot) return slot.constant;
      const value = (values as Record<string, unknown>)[slot.name];
      if (value === undefined) throw new Error(`compiledOnce: no value for «${slot.name}»`);
      return value;
    });
    const query = { ...CompiledQuery.raw(compiled.sql, parameters), query: compiled.query };
    return (await db.executeQuery<R>(query)).rows;
  };
}
