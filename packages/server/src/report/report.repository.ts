// What the report feature reads from its own tables (report_draft), and for open data a unit by
// its slug and the facts shown beside each published answer; the figures it reports come from
// the kept summaries (report-figures.repository.ts).
import type { Insertable } from 'kysely';
import type { ReportDraftTable } from '../db/schema.js';
import type { Q } from '../shared/query.js';

/** The report drafts not yet issued, of the units under the given paths (or of one unit), newest first. */
export async function unissuedReportDrafts(db: Q, prefixes: readonly string[], unitId?: string) {
  if (!prefixes.length) return [];
  let q = db
    .selectFrom('report_draft as d')
    .innerJoin('unit as u', 'u.id', 'd.unit_id')
    .select(['d.id', 'd.unit_id', 'd.period_key', 'u.name'])
    .where('d.document_id', 'is', null)
    .where((eb) => eb.or(prefixes.map((p) => eb('u.path', 'like', `${p}%`))));
  if (unitId) q = q.where('d.unit_id', '=', unitId);
  return q.orderBy('d.updated_at', 'desc').execute();
}

export async function unitBySlug(db: Q, slug: string) {
  return db
    .selectFrom('unit')
    .select(['id', 'slug', 'name'])
    .where('slug', '=', slug)
    .executeTakeFirst();
}

/** Each matter's field and village, with the approval day of each published answer (a row each). */
export async function publishedAnswerFacts(db: Q, matterIds: readonly string[]) {
  return db
    .selectFrom('matter as m')
    .leftJoin('unit as v', 'v.id', 'm.village_id')
    .leftJoin('matter_answer as a', (j) =>
      j.onRef('a.matter_id', '=', 'm.id').on('a.published_at', 'is not', null),
    )
    .select(['m.id', 'm.field', 'v.name as village', 'a.approved_on'])
    .where('m.id', 'in', matterIds)
    .execute();
}

/** The unit's saved draft of a period's report, if any. */
export async function findReportDraft(db: Q, unitId: string, periodKey: string) {
  return db
    .selectFrom('report_draft')
    .selectAll()
    .where('unit_id', '=', unitId)
    .where('period_key', '=', periodKey)
    .executeTakeFirst();
}

export async function insertReportDraft(db: Q, row: Insertable<ReportDraftTable>): Promise<void> {
  await db.insertInto('report_draft').values(row).execute();
}

export async function updateReportWording(
  db: Q,
  id: string,
  w: { wording: string; version: number; updatedBy: string; at: string },
): Promise<void> {
  await db
    .updateTable('report_draft')
    .set({ wording: w.wording, version: w.version, updated_by: w.updatedBy, updated_at: w.at })
    .where('id', '=', id)
    .execute();
}

export async function markReportIssued(db: Q, id: string, documentId: string, at: string) {
  await db
    .updateTable('report_draft')
    .set({ document_id: documentId, updated_at: at })
    .where('id', '=', id)
    .execute();
}

/** A draft with its unit's name and path. */
export async function reportDraftWithUnit(db: Q, draftId: string) {
  return db
    .selectFrom('report_draft as d')
    .innerJoin('unit as u', 'u.id', 'd.unit_id')
    .select(['d.unit_id', 'd.period_key', 'd.wording', 'd.document_id', 'u.name', 'u.path'])
    .where('d.id', '=', draftId)
    .executeTakeFirst();
}
