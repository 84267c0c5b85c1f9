// The PostgreSQL client, loaded where PostgreSQL is used: a SQLite deployment never loads it
// (pg and its parsers are ~70 ms and 20 modules at start; docs/PERFORMANCE.md, Start and footprint).
// pg is CommonJS, so it can be required in place, synchronously.
import { createRequire } from 'node:module';
import type pg from 'pg';

const require = createRequire(import.meta.url);
let loaded: typeof pg | undefined;

export function loadPg(): typeof pg {
  loaded ??= require('pg') as typeof pg;
  return loaded;
}
