// The documents a caller may read: the register's issued documents and every source's drafts,
// limited to the units the caller's grants reach (the deployment sees all).
import type { DocumentKind } from '@doithoai/core';
import type { Db } from '../db/open-database.js';
import { readablePrefixes, type DocumentReader } from './document-access.js';
import type { DocumentListItem } from './document-source.js';
import { listDocuments } from './sources.js';

export async function listReadableDocuments(
  db: Db,
  reader: DocumentReader,
  filter: { kind?: DocumentKind; unitId?: string; underPath?: string } = {},
): Promise<DocumentListItem[]> {
  let prefixes = readablePrefixes(reader);
  if (filter.underPath) {
    const under = filter.underPath;
    // Narrow to one subtree, never widen: keep it only where a grant already reaches it.
    prefixes = prefixes.some((p) => under.startsWith(p))
      ? [under]
      : prefixes.filter((p) => p.startsWith(under));
  }
  return listDocuments(db, prefixes, { kind: filter.kind, unitId: filter.unitId });
}
