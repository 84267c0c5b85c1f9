// The cheapest round trip to the database: the health check's proof that it answers.
import { sql } from 'kysely';
import type { Q } from '../shared/query.js';

export async function ping(db: Q): Promise<void> {
  await sql`select 1`.execute(db);
}
