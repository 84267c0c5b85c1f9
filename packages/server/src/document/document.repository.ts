// The register of outgoing documents: its counters, the issued documents, and reading them for
// the units a caller may see.
import type { OfficialDocument } from '@doithoai/documents';
import type { Insertable } from 'kysely';
import type { OutgoingDocumentTable } from '../db/schema.js';
import type { Q } from '../shared/query.js';

export interface IssuedDocumentRow {
  id: string;
  unitId: string;
  unitPath: string;
  organisationId: string;
  kind: string;
  year: number;
  seq: number;
  numberText: string;
  title: string;
  issuedOn: string;
  subjectType: string | null;
  subjectId: string | null;
}

const columns = [
  'outgoing_document.id',
  'outgoing_document.unit_id',
  'unit.path',
  'outgoing_document.organisation_id',
  'outgoing_document.kind',
  'outgoing_document.year',
  'outgoing_document.seq',
  'outgoing_document.number_text',
  'outgoing_document.title',
  'outgoing_document.issued_on',
  'outgoing_document.subject_type',
  'outgoing_document.subject_id',
] as const;

function toRow(r: {
  id: string;
  unit_id: string;
  path: string;
  organisation_id: string;
  kind: string;
  year: number;
  seq: number;
  number_text: string;
  title: string;
  issued_on: string;
  subject_type: string | null;
  subject_id: string | null;
}): IssuedDocumentRow {
  return {
    id: r.id,
    unitId: r.unit_id,
    unitPath: r.path,
    organisationId: r.organisation_id,
    kind: r.kind,
    year: Number(r.year),
    seq: Number(r.seq),
    numberText: r.number_text,
    title: r.title,
    issuedOn: r.issued_on,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
  };
}

export async function listIssuedDocuments(
  db: Q,
  scopePrefixes: string[],
  filter: { kind?: string; unitId?: string } = {},
): Promise<IssuedDocumentRow[]> {
  if (scopePrefixes.length === 0) return [];
  let q = db
    .selectFrom('outgoing_document')
    .innerJoin('unit', 'unit.id', 'outgoing_document.unit_id')
    .select(columns)
    .where((eb) => eb.or(scopePrefixes.map((p) => eb('unit.path', 'like', `${p}%`))));
  if (filter.kind) q = q.where('outgoing_document.kind', '=', filter.kind);
  if (filter.unitId) q = q.where('outgoing_document.unit_id', '=', filter.unitId);
  const rows = await q
    .orderBy('outgoing_document.issued_on', 'desc')
    .orderBy('outgoing_document.seq', 'desc')
    .execute();
  return rows.map(toRow);
}

export async function findIssuedDocument(db: Q, id: string) {
  const r = await db
    .selectFrom('outgoing_document')
    .innerJoin('unit', 'unit.id', 'outgoing_document.unit_id')
    .select([...columns, 'outgoing_document.model', 'outgoing_document.docx'])
    .where('outgoing_document.id', '=', id)
    .executeTakeFirst();
  if (!r) return undefined;
  return { ...toRow(r), model: JSON.parse(r.model) as OfficialDocument, docx: Buffer.from(r.docx) };
}

/** The issuing body's counter for the year, made at 0 when it has none. */
export async function addDocumentCounter(db: Q, organisationId: string, year: number) {
  await db
    .insertInto('document_counter')
    .values({ organisation_id: organisationId, year, last_seq: 0 })
    .onConflict((oc) => oc.columns(['organisation_id', 'year']).doNothing())
    .execute();
}

/** Adds one to the counter and returns it; the update locks the row until commit. */
export async function incrementDocumentCounter(
  db: Q,
  organisationId: string,
  year: number,
): Promise<number> {
  const row = await db
    .updateTable('document_counter')
    .set((eb) => ({ last_seq: eb('last_seq', '+', 1) }))
    .where('organisation_id', '=', organisationId)
    .where('year', '=', year)
    .returning('last_seq')
    .executeTakeFirstOrThrow();
  return Number(row.last_seq);
}

export async function insertIssuedDocument(
  db: Q,
  row: Insertable<OutgoingDocumentTable>,
): Promise<void> {
  await db.insertInto('outgoing_document').values(row).execute();
}
