// What the report feature reads from its own tables (report_draft); the figures it reports come
// from the kept summaries (report-figures.ts).
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
