// Exports a commune's opinions in the import's columns (one line per person who raised a
// matter, merged matters under their target's text), so an export imports again unchanged.
import {
  exportRow,
  maskPetitionerName,
  petitionerView,
  type Actor,
  type PetitionerView,
} from '@doithoai/core';
import { recordAudit } from '../audit/audit.js';
import type { Db } from '../db/open-database.js';
import { findUnit } from '../unit/unit.repository.js';
import { requireAccess } from '../shared/require-access.js';
import { writeSheet, type SheetFormat } from './opinion-file.js';
import { assigneeUserIdsOf, namedUserIdsOf } from './conflict.repository.js';
import { exportRaisings } from './opinion-export.repository.js';
import { todayInVietnam } from '../shared/clock.js';

export type ExportFormat = SheetFormat | 'json';

export async function exportOpinions(
  { db }: { db: Db },
  actor: Actor,
  unitId: string,
  format: ExportFormat,
): Promise<{ body: Buffer; contentType: string; filename: string; rows: number }> {
  const unit = await findUnit(db.kysely, unitId);
  requireAccess(actor, 'opinion.export', unit && { unitPath: unit.path });
  const rows = await exportRaisings(db.kysely, unitId).then((found) =>
    withPetitionerViews(db, actor, unit!.path, found),
  );
  await recordAudit(db.kysely, {
    actorUserId: actor.userId,
    action: 'opinion.export',
    entity: 'unit',
    entityId: unitId,
    unitId,
    detail: { format, rows: rows.length },
  });
  const stamp = todayInVietnam();
  const filename = `y-kien-${unit!.slug}-${stamp}.${format}`;
  if (format === 'json') {
    const items = rows.map((r) => ({
      content: r.content,
      village: r.village_name,
      fullName: r.full_name,
      phone: r.phone,
      email: r.email,
      answerPreference: r.answer_preference,
      field: r.field,
      source: r.source,
      receivedOn: r.received_on,
    }));
    return {
      body: Buffer.from(JSON.stringify(items, null, 2)),
      contentType: 'application/json; charset=utf-8',
      filename,
      rows: rows.length,
    };
  }
  const lines = rows.map((r, i) =>
    exportRow(i + 1, {
      content: r.content as string,
      villageName: r.village_name,
      fullName: r.full_name,
      phone: r.phone,
      email: r.email,
      answerPreference: r.answer_preference,
      field: r.field as string | null,
      source: r.source,
      receivedOn: r.received_on,
    }),
  );
  const contentType =
    format === 'csv'
      ? 'text/csv; charset=utf-8'
      : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  return { body: await writeSheet(lines, format), contentType, filename, rows: rows.length };
}

/**
 * Who raised each matter, as core's petitionerView allows this caller (conflict-of-interest marks
 * on the row's matter or on the matter it was merged into hide them; masked: initials, no contact).
 */
async function withPetitionerViews<
  R extends {
    own_id: string;
    target_id: string | null;
    full_name: string | null;
    phone: string | null;
    email: string | null;
    village_name: string | null;
  },
>(db: Db, actor: Actor, unitPath: string, rows: R[]): Promise<R[]> {
  const ids = [
    ...new Set(rows.flatMap((r) => (r.target_id ? [r.own_id, r.target_id] : [r.own_id]))),
  ];
  const facts = new Map<string, { assigneeUserId: string | null; conflictUserIds: string[] }>(
    ids.map((id) => [id, { assigneeUserId: null, conflictUserIds: [] }]),
  );
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const assignees = await assigneeUserIdsOf(db.kysely, chunk);
    for (const a of assignees) facts.get(a.id)!.assigneeUserId = a.user_id;
    const conflicts = await namedUserIdsOf(db.kysely, chunk);
    for (const c of conflicts)
      if (c.user_id) facts.get(c.matter_id)!.conflictUserIds.push(c.user_id);
  }
  const viewOf = (id: string): PetitionerView =>
    petitionerView(actor, { unitPath, ...facts.get(id)! });
  const order: PetitionerView[] = ['hidden', 'masked', 'full'];
  return rows.map((r) => {
    const views = [viewOf(r.own_id), ...(r.target_id ? [viewOf(r.target_id)] : [])];
    const view = order.find((v) => views.includes(v))!;
    if (view === 'full') return r;
    const fullName =
      view === 'hidden' || !r.full_name ? null : maskPetitionerName(r.full_name, r.village_name);
    return { ...r, full_name: fullName, phone: null, email: null };
  });
}
