// The register of outgoing documents (sổ văn bản đi): each issuing body numbers its documents
// from 1 every 1 January. A number is taken only when a document is issued, inside the issuing
// transaction: if the issue fails, the number is not consumed; once issued, it is never reused.
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import { addDocumentCounter, incrementDocumentCounter } from './document.repository.js';

export async function takeNextNumber(
  trx: Transaction<Database>,
  organisationId: string,
  year: number,
): Promise<number> {
  await addDocumentCounter(trx, organisationId, year);
  // The update locks the counter row (PostgreSQL) or the database (SQLite) until commit, so two
  // documents issued at once never share a number.
  return incrementDocumentCounter(trx, organisationId, year);
}
