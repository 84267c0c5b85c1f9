// The attachment store: bytes kept in the database with their detected type, size and SHA-256.
// Saved inside the caller's transaction, so a file belongs to exactly what was saved with it.
import { createHash } from 'node:crypto';
import { newId, nowIso } from '../db/ids.js';
import { systemClock } from '../shared/clock.js';
import type { Q } from '../shared/query.js';

export interface AttachmentMeta {
  id: string;
  matterId: string | null;
  mediaType: string;
  size: number;
  sha256: string;
  originalName: string | null;
  createdAt: string;
}

/** How long a photo of a refused form is held for the citizen's next try. */
export const HELD_FOR_MS = 24 * 3600_000;

export async function saveAttachment(
  db: Q,
  a: {
    unitId: string;
    matterId: string | null;
    bytes: Uint8Array;
    mediaType: string;
    originalName: string | null;
    createdBy: string;
  },
): Promise<AttachmentMeta> {
  const row = {
    id: newId(),
    unit_id: a.unitId,
    matter_id: a.matterId,
    media_type: a.mediaType,
    size: a.bytes.length,
    sha256: createHash('sha256').update(a.bytes).digest('hex'),
    original_name: a.originalName?.normalize('NFC').slice(0, 200) ?? null,
    bytes: Buffer.from(a.bytes),
    created_by: a.createdBy,
    created_at: nowIso(),
  };
  await db.insertInto('attachment').values(row).execute();
  return toMeta(row);
}

/** Gives a held file (no matter yet, same unit, not expired) to a matter; false if there is none. */
export async function attachHeld(
  db: Q,
  id: string,
  unitId: string,
  matterId: string,
  now = systemClock().getTime(),
): Promise<boolean> {
  const since = new Date(now - HELD_FOR_MS).toISOString();
  const r = await db
    .updateTable('attachment')
    .set({ matter_id: matterId })
    .where('id', '=', id)
    .where('unit_id', '=', unitId)
    .where('matter_id', 'is', null)
    .where('created_at', '>', since)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Is a held file still there for this unit? (Shown on the refused form again.) */
export async function findHeld(
  db: Q,
  id: string,
  unitId: string,
  now = systemClock().getTime(),
): Promise<AttachmentMeta | null> {
  const since = new Date(now - HELD_FOR_MS).toISOString();
  const r = await db
    .selectFrom('attachment')
    .select(metaColumns)
    .where('id', '=', id)
    .where('unit_id', '=', unitId)
    .where('matter_id', 'is', null)
    .where('created_at', '>', since)
    .executeTakeFirst();
  return r ? toMeta(r) : null;
}

/** Deletes held files nobody came back for. */
export async function dropExpiredHeld(db: Q, now = systemClock().getTime()): Promise<number> {
  const before = new Date(now - HELD_FOR_MS).toISOString();
  const r = await db
    .deleteFrom('attachment')
    .where('matter_id', 'is', null)
    .where('created_at', '<=', before)
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}

const metaColumns = [
  'id',
  'matter_id',
  'media_type',
  'size',
  'sha256',
  'original_name',
  'created_at',
] as const;

export async function listForMatter(db: Q, matterId: string): Promise<AttachmentMeta[]> {
  const rows = await db
    .selectFrom('attachment')
    .select(metaColumns)
    .where('matter_id', '=', matterId)
    .orderBy('created_at')
    .execute();
  return rows.map(toMeta);
}

/** One file with its bytes and the unit path of its matter (for the access check). */
export async function findAttachmentWithBytes(db: Q, id: string) {
  return db
    .selectFrom('attachment')
    .innerJoin('matter', 'matter.id', 'attachment.matter_id')
    .innerJoin('unit', 'unit.id', 'matter.unit_id')
    .select([
      'attachment.id',
      'attachment.matter_id',
      'attachment.media_type',
      'attachment.size',
      'attachment.sha256',
      'attachment.bytes',
      'unit.path as unit_path',
      'matter.unit_id',
      'matter.assignee_person_id',
    ])
    .where('attachment.id', '=', id)
    .executeTakeFirst();
}

function toMeta(r: {
  id: string;
  matter_id: string | null;
  media_type: string;
  size: number;
  sha256: string;
  original_name: string | null;
  created_at: string;
}): AttachmentMeta {
  return {
    id: r.id,
    matterId: r.matter_id,
    mediaType: r.media_type,
    size: Number(r.size),
    sha256: r.sha256,
    originalName: r.original_name,
    createdAt: r.created_at,
  };
}
