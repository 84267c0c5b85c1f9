// The built-in source: the register of outgoing documents. It serves every kind, and returns
// the model frozen at issue, so an issued document renders exactly as it was sent.
import type { DocumentKind } from '@doithoai/core';
import type { Db } from '../../db/open-database.js';
import { bareNumber } from '../document-file.js';
import { findIssuedDocument, listIssuedDocuments } from '../document.repository.js';
import type { DocumentListItem, FoundDocument } from '../document-source.js';

export const issuedSource = {
  async list(
    db: Db,
    scopePrefixes: string[],
    filter: { kind?: DocumentKind; unitId?: string } = {},
  ): Promise<DocumentListItem[]> {
    const rows = await listIssuedDocuments(db.kysely, scopePrefixes, filter);
    return rows.map((r) => ({
      kind: r.kind as DocumentKind,
      id: r.id,
      unitId: r.unitId,
      title: r.title,
      numberText: bareNumber(r.numberText),
      issuedOn: r.issuedOn,
    }));
  },

  async build(db: Db, kind: DocumentKind, id: string): Promise<FoundDocument | undefined> {
    const r = await findIssuedDocument(db.kysely, id);
    if (!r || r.kind !== kind) return undefined;
    return {
      kind,
      id: r.id,
      unitPath: r.unitPath,
      document: r.model,
      issued: true,
      numberText: bareNumber(r.numberText),
      storedDocx: r.docx,
    };
  },
};
