// Where renderable documents come from. Each feature that produces a document (a plan, a session
// announcement, minutes, a conclusion notice…) registers a source in sources/index.ts: it lists
// its drafts in the caller's scope and builds a draft's content model from its own records.
// Issued documents come from the register (outgoing_document) and are rendered from the model
// frozen when they were sent, never rebuilt: an issued document always renders as it was sent.
import type { DocumentKind } from '@doithoai/core';
import type { OfficialDocument } from '@doithoai/documents';
import type { Db } from '../db/open-database.js';
import { documentSources } from './sources/index.js';
import { issuedSource } from './sources/issued.js';

export interface DocumentListItem {
  kind: DocumentKind;
  /** For a draft: the id of the source's record (a plan, a session); for an issued document: the register entry. */
  id: string;
  unitId: string;
  title: string;
  /** '01-KH/ĐU', without 'Số'; null for a draft. */
  numberText: string | null;
  /** 'YYYY-MM-DD'; null for a draft. */
  issuedOn: string | null;
}

export interface BuiltDocument {
  /** The path of the unit the document belongs to, for the access check. */
  unitPath: string;
  /** A draft has `number: null`. */
  document: OfficialDocument;
}

export interface DocumentSource {
  kind: DocumentKind;
  /**
   * The drafts of this kind in units whose path starts with one of `scopePrefixes`
   * (optionally one unit). List only what is not yet issued: once issued, the register lists it.
   */
  list(db: Db, scopePrefixes: string[], unitId?: string): Promise<DocumentListItem[]>;
  /** The draft's content model, or undefined when there is no such record. No access check here. */
  build(db: Db, id: string): Promise<BuiltDocument | undefined>;
}

export interface FoundDocument extends BuiltDocument {
  kind: DocumentKind;
  id: string;
  /** Issued: rendered from the frozen model. */
  issued: boolean;
  numberText: string | null;
  /** Issued: the DOCX stored when it was sent, served as is. */
  storedDocx?: Buffer;
}

/** Every renderable document in scope: issued ones first (newest first), then drafts. */
export async function listDocuments(
  db: Db,
  scopePrefixes: string[],
  filter: { kind?: DocumentKind; unitId?: string } = {},
  sources: readonly DocumentSource[] = documentSources,
): Promise<DocumentListItem[]> {
  if (scopePrefixes.length === 0) return [];
  const issued = await issuedSource.list(db, scopePrefixes, filter);
  const drafts = await Promise.all(
    sources.filter((s) => !filter.kind || s.kind === filter.kind).map((s) => s.list(db, scopePrefixes, filter.unitId)),
  );
  return [...issued, ...drafts.flat()];
}

/** An issued document by its register id, else a draft built by a source of that kind. No access check here. */
export async function findDocument(
  db: Db,
  kind: DocumentKind,
  id: string,
  sources: readonly DocumentSource[] = documentSources,
): Promise<FoundDocument | undefined> {
  const issued = await issuedSource.build(db, kind, id);
  if (issued) return issued;
  for (const source of sources.filter((s) => s.kind === kind)) {
    const built = await source.build(db, id);
    if (built) return { ...built, kind, id, issued: false, numberText: null };
  }
  return undefined;
}
