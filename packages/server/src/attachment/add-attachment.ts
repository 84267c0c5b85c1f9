// The office keeps a photo or a scan of a paper petition with its matter: the same checks and
// store as a citizen's photo from the portal (type from the content, JPEG/PNG/WebP, ≤ 5 MB,
// metadata dropped), by those who may change the matter; anyone else gets "not found".
import { DomainError, notFound, type Actor } from '@doithoai/core';
import { recordAudit } from '../audit/audit.js';
import type { Db } from '../db/open-database.js';
import { findMatter } from '../opinion/opinion.repository.js';
import { canReadMatter, opinionScope } from '../opinion/opinion-scope.js';
import { requireAccess } from '../shared/require-access.js';
import { saveAttachment, type AttachmentMeta } from './attachment.repository.js';
import { checkPhoto } from './photo-type.js';
import { stripMetadata } from './strip-metadata.js';

export async function addMatterAttachment(
  { db }: { db: Db },
  actor: Actor,
  matterId: string,
  file: { bytes: Buffer | undefined; originalName: string | null },
): Promise<AttachmentMeta> {
  return db.kysely.transaction().execute(async (trx) => {
    const found = await findMatter(trx, matterId);
    const scope = await opinionScope(trx, actor);
    if (
      !found ||
      !canReadMatter(actor, scope, {
        unitPath: found.unitPath,
        assigneeId: found.matter.assignee_person_id,
      })
    )
      throw notFound();
    requireAccess(actor, 'opinion.update', { unitPath: found.unitPath });
    const bytes = Buffer.isBuffer(file.bytes) ? file.bytes : Buffer.alloc(0);
    const check = await checkPhoto(bytes);
    if (!check.ok) {
      throw new DomainError('VALIDATION', undefined, [
        {
          field: 'file',
          message: {
            vi: `Tệp đính kèm: ${check.message}`,
            en: 'Attachment: a JPEG, PNG or WebP image of at most 5 MB',
          },
        },
      ]);
    }
    const saved = await saveAttachment(trx, {
      unitId: found.matter.unit_id,
      matterId: found.matter.id,
      bytes: stripMetadata(bytes, check.mediaType),
      mediaType: check.mediaType,
      originalName: file.originalName,
      createdBy: actor.userId,
    });
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'attachment.add',
      entity: 'attachment',
      entityId: saved.id,
      unitId: found.matter.unit_id,
      detail: { matterId: found.matter.id, size: saved.size, mediaType: saved.mediaType },
    });
    return saved;
  });
}
