// The register of outgoing documents (sổ văn bản đi): each issuing body numbers its documents
// from 1 every 1 January. A number is taken only when a document is issued, inside the issuing
// transaction: if the issue fails, the number is not consumed; once issued, it is never reused.
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.js';

export async function takeNextNumber(
  trx: Transaction<Database>,
  organisationId: string,
  year: number,
): Promise<number> {
  await trx
    .insertInto('document_counter')
    .values({ organisation_id: organisationId, year, last_seq: 0 })
    .onConflict((oc) => oc.columns(['organisation_id', 'year']).doNothing())
    .execute();
  // The update locks the counter row (PostgreSQL) or the database (SQLite) until commit, so two
  // documents issued at once never share a number.
  const row = await trx
    .updateTable('document_counter')
    .set((eb) => ({ last_seq: eb('last_seq', '+', 1) }))
    .where('organisation_id', '=', organisationId)
    .where('year', '=', year)
    .returning('last_seq')
    .executeTakeFirstOrThrow();
  return Number(row.last_seq);
}
