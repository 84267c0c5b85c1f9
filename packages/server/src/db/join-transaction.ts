// Runs a use case that opens its own transaction inside a transaction already open, so what it
// writes commits or rolls back with the caller's rows (transaction plumbing, so in db/): the portal creates the matter through the
// opinion feature's createOpinion (unchanged) and its tracking code, consents and photo in ONE
// commit. The handle given to the use case is the open transaction, where
//  - `transaction().execute(fn)` runs fn in it (a nested transaction joins the outer one), and
//  - `startTransaction()` (SQLite group commit, db/group-commit.ts) gives the same transaction
//    whose savepoints are real savepoints and whose commit and rollback are left to the caller
//    (a failure still reaches the caller as a rejection, which rolls the whole transaction back).
import { sql, type Transaction } from 'kysely';
import type { Db } from './open-database.js';
import type { Database } from './schema.js';

const done = <T>(value: T) => ({ execute: async () => value });

export function joinTransaction(db: Db, trx: Transaction<Database>): Db {
  const step = (statement: (name: string) => ReturnType<typeof sql>) => (name: string) => ({
    execute: async () => {
      await statement(name).execute(trx);
      return nested;
    },
  });
  const extra: Record<PropertyKey, unknown> = {
    transaction: () => ({
      execute: <T>(fn: (t: Transaction<Database>) => Promise<T>) =>
        fn(nested as Transaction<Database>),
    }),
    startTransaction: () => done(nested),
    savepoint: step((n) => sql`savepoint ${sql.id(n)}`),
    releaseSavepoint: step((n) => sql`release savepoint ${sql.id(n)}`),
    rollbackToSavepoint: step((n) => sql`rollback to savepoint ${sql.id(n)}`),
    commit: () => done(undefined),
    rollback: () => done(undefined),
  };
  const nested: unknown = new Proxy(trx, {
    get(target, prop) {
      if (prop in extra) return extra[prop];
      const v = Reflect.get(target, prop, target) as unknown;
      // Kysely keeps its state in private fields: its methods must run on the real object.
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
  return { ...db, kysely: nested as Db['kysely'] };
}
