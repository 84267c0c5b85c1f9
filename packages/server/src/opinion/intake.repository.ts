// The rows an opinion's entry writes: the petitioner and the consents they gave, the matter, the
// raising; one at a time for an entry (the intake's hot path: the values go in as given, no copy),
// in batches for an import.
import type { Insertable } from 'kysely';
import type {
  Database,
  MatterTable,
  PetitionerConsentTable,
  PetitionerTable,
  RaisingTable,
} from '../db/schema.js';
import type { Q } from '../shared/query.js';

export async function insertPetitionerRow(db: Q, row: Insertable<PetitionerTable>): Promise<void> {
  await db.insertInto('petitioner').values(row).execute();
}

export async function insertPetitionerConsent(
  db: Q,
  row: Insertable<PetitionerConsentTable>,
): Promise<void> {
  await db.insertInto('petitioner_consent').values(row).execute();
}

export async function insertMatter(db: Q, row: Insertable<MatterTable>): Promise<void> {
  await db.insertInto('matter').values(row).execute();
}

export async function insertRaising(db: Q, row: Insertable<RaisingTable>): Promise<void> {
  await db.insertInto('raising').values(row).execute();
}

/** One multi-row insert of an import's batch (nothing when empty). */
export async function insertBatch<T extends keyof Database>(
  db: Q,
  table: T,
  rows: Insertable<Database[T]>[],
): Promise<void> {
  if (rows.length)
    await db
      .insertInto(table)
      .values(rows as never)
      .execute();
}
