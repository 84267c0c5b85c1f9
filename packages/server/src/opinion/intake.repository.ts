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
import { compiledOnce } from '../db/compiled-query.js';

export async function insertPetitionerRow(db: Q, row: Insertable<PetitionerTable>): Promise<void> {
  await db.insertInto('petitioner').values(row).execute();
}

export async function insertPetitionerConsent(
  db: Q,
  row: Insertable<PetitionerConsentTable>,
): Promise<void> {
  await db.insertInto('petitioner_consent').values(row).execute();
}

/** A new matter: every column given (its sequence number and follow-up due are the database's). */
export type NewMatter = Omit<MatterTable, 'seq' | 'follow_up_due'>;

// Compiled once (db/compiled-query.ts): every entry runs these two.
const matterInsert = compiledOnce((db, v: NewMatter) =>
  db.insertInto('matter').values({
    id: v.id,
    unit_id: v.unit_id,
    village_id: v.village_id,
    content: v.content,
    field: v.field,
    field_confirmed_by: v.field_confirmed_by,
    field_confirmed_at: v.field_confirmed_at,
    suggestions: v.suggestions,
    state: v.state,
    source: v.source,
    source_organisation_id: v.source_organisation_id,
    received_on: v.received_on,
    assignee_person_id: v.assignee_person_id,
    prepare_by: v.prepare_by,
    merged_into_id: v.merged_into_id,
    answer: v.answer,
    search_folded: v.search_folded,
    version: v.version,
    created_by: v.created_by,
    created_at: v.created_at,
    updated_at: v.updated_at,
  }),
);
export async function insertMatter(db: Q, row: NewMatter): Promise<void> {
  await matterInsert(db, row);
}

const raisingInsert = compiledOnce((db, v: RaisingTable) =>
  db.insertInto('raising').values({
    id: v.id,
    matter_id: v.matter_id,
    petitioner_id: v.petitioner_id,
    source: v.source,
    source_organisation_id: v.source_organisation_id,
    received_on: v.received_on,
    created_by: v.created_by,
    created_at: v.created_at,
  }),
);
export async function insertRaising(db: Q, row: RaisingTable): Promise<void> {
  await raisingInsert(db, row);
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
