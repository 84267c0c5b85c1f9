// Staff read a matter's files: the same people who may read the matter (office, chairs,
// oversight, an official for the matters assigned to them); anyone else gets "not found". A
// citizen's photo is personal data, so each time its bytes are served it is logged.
import { notFound, type Actor } from '@doithoai/core';
import { recordAudit } from '../audit/audit.js';
import type { Db } from '../db/open-database.js';
import { findMatter } from '../opinion/opinion.repository.js';
import { canReadMatter, opinionScope } from '../opinion/opinion-scope.js';
import {
  findAttachmentWithBytes,
  listForMatter,
  type AttachmentMeta,
} from './attachment.repository.js';

export async function listMatterAttachments(
  { db }: { db: Db },
  actor: Actor,
  matterId: string,
): Promise<AttachmentMeta[]> {
  const found = await findMatter(db.kysely, matterId);
  const scope = await opinionScope(db.kysely, actor);
  if (
    !found ||
    !canReadMatter(actor, scope, {
      unitPath: found.unitPath,
      assigneeId: found.matter.assignee_person_id,
    })
  )
    throw notFound();
  return listForMatter(db.kysely, matterId);
}

export async function readAttachment({ db }: { db: Db }, actor: Actor, id: string) {
  return db.kysely.transaction().execute(async (trx) => {
    const a = await findAttachmentWithBytes(trx, id);
    const scope = await opinionScope(trx, actor);
    if (
      !a ||
      !canReadMatter(actor, scope, { unitPath: a.unit_path, assigneeId: a.assignee_person_id })
    )
      throw notFound();
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'attachment.view',
      entity: 'attachment',
      entityId: a.id,
      unitId: a.unit_id,
      detail: { matterId: a.matter_id },
    });
    return {
      id: a.id,
      mediaType: a.media_type,
      size: Number(a.size),
      sha256: a.sha256,
      bytes: Buffer.from(a.bytes),
    };
  });
}
