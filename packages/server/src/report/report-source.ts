// Reports being written, as renderable drafts (document/sources): one per saved, unissued
// report_draft; once issued, the register lists it.
import type { DocumentSource } from '../document/document-source.js';
import { buildReportDraft } from './report-draft.js';
import { unissuedReportDrafts } from './report.repository.js';

export const reportSource: DocumentSource = {
  kind: 'bao-cao',
  async list(db, prefixes, unitId) {
    const rows = await unissuedReportDrafts(db.kysely, prefixes, unitId);
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
