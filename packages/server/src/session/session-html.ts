// The session's documents as HTML for the preview: the issued one exactly as sent, else the draft.
import { type Actor } from '@doithoai/core';
import { renderHtml } from '@doithoai/documents';
import type { Db } from '../db/open-database.js';
import { findIssuedDocument } from '../document/document.repository.js';
import { requireAccess } from '../shared/require-access.js';
import { announcementDraft, conclusionDraft } from './session-sources.js';
import { findSession } from './session.repository.js';

export async function sessionHtml(
  { db }: { db: Db },
  actor: Actor,
  id: string,
  which: 'notice' | 'conclusion',
): Promise<string> {
  const found = await findSession(db.kysely, id);
  requireAccess(actor, 'plan.read', found);
  const issuedId =
    which === 'notice' ? found!.session.notice_document_id : found!.session.conclusion_document_id;
  if (issuedId) {
    const issued = await findIssuedDocument(db.kysely, issuedId);
    if (issued) return renderHtml(issued.model);
  }
  const draft =
    which === 'notice' ? await announcementDraft(db, id) : await conclusionDraft(db, id);
  return renderHtml(draft!.document);
}
