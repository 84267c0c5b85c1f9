// Where renderable documents come from. Each feature that produces a document (a plan, a session
// announcement, minutes, a conclusion notice…) registers a source in sources/index.ts: it lists
// its drafts in the caller's scope and builds a draft's content model from its own records.
// Issued documents come from the register (outgoing_document) and are rendered from the model
// frozen when they were sent, never rebuilt: an issued document always renders as it was sent.
import type { DocumentKind } from '@doithoai/core';
import type { Db } from '../db/open-database.js';
import type { DocumentListItem, DocumentSource, FoundDocument } from './document-source.js';
import { documentSources } from './sources/index.js';
import { issuedSource } from './sources/issued.js';

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
    sources
      .filter((s) => !filter.kind || s.kind === filter.kind)
      .map((s) => s.list(db, scopePrefixes, filter.unitId)),
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
