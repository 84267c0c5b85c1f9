// What a document source is: each feature that produces a document (a plan, a session
// announcement, minutes, a conclusion notice…) implements one, registered in sources/index.ts.
// The contract stands alone so a feature names it without importing the registry of sources.
import type { DocumentKind } from '@doithoai/core';
import type { OfficialDocument } from '@doithoai/documents';
import type { Db } from '../db/open-database.js';

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
