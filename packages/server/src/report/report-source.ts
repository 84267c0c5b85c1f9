// Reports being written, as renderable drafts (document/sources): one per saved, unissued
// report_draft; once issued, the register lists it.
import type { DocumentSource } from '../document/document-source.js';
import { buildReportDraft } from './report-draft.js';

export const reportSource: DocumentSource = {
  kind: 'bao-cao',
  async list(db, prefixes, unitId) {
    if (!prefixes.length) return [];
    let q = db.kysely
      .selectFrom('report_draft as d')
      .innerJoin('unit as u', 'u.id', 'd.unit_id')
      .select(['d.id', 'd.unit_id', 'd.period_key', 'u.name'])
      .where('d.document_id', 'is', null)
      .where((eb) => eb.or(prefixes.map((p) => eb('u.path', 'like', `${p}%`))));
    if (unitId) q = q.where('d.unit_id', '=', unitId);
    const rows = await q.orderBy('d.updated_at', 'desc').execute();
    return rows.map((r) => ({
      kind: 'bao-cao' as const,
      id: r.id,
      unitId: r.unit_id,
      title: `Báo cáo kết quả (${r.period_key}), ${r.name} (dự thảo)`,
      numberText: null,
      issuedOn: null,
    }));
  },
  build: (db, id) => buildReportDraft(db, id),
};
