// Documents that name a petitioner with their address (the written answer letter): every
// download, print or preview of one is a view of personal data and is logged.
import type { Actor, DocumentKind } from '@doithoai/core';
import { recordAudit } from '../audit/audit.js';
import type { Db } from '../db/open-database.js';
import { unitIdAt } from '../unit/unit.repository.js';

export const personalDocumentKinds: readonly DocumentKind[] = ['van-ban-tra-loi'];

export async function auditPersonalDocumentView(
  db: Db,
  actor: Actor,
  found: { kind: DocumentKind; id: string; unitPath: string; issued: boolean },
  format: string,
): Promise<void> {
  if (!personalDocumentKinds.includes(found.kind)) return;
  const unitId = await unitIdAt(db.kysely, found.unitPath);
  await recordAudit(db.kysely, {
    actorUserId: actor.userId,
    action: 'document.personal-view',
    entity: 'document',
    entityId: found.id,
    unitId,
    detail: {
      kind: found.kind,
      format,
      issued: found.issued,
      ...(found.id.includes('~') ? { petitionerIds: [found.id.split('~')[1]] } : {}),
    },
  });
}
