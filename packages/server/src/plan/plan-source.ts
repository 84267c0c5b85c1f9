// The draft plans as renderable documents (document/sources): once issued, the register serves them.
import type { DocumentSource } from '../document/document-source.js';
import { todayInVietnam } from '../shared/clock.js';
import { planDocument } from './plan-document.js';
import { draftPlans, findPlan } from './plan.repository.js';

export const planSource: DocumentSource = {
  kind: 'ke-hoach',
  async list(db, prefixes, unitId) {
    const rows = await draftPlans(db.kysely, prefixes, unitId);
    return rows.map((r) => ({
      kind: 'ke-hoach' as const,
      id: r.id,
      unitId: r.unit_id,
      title: `Kế hoạch đối thoại năm ${r.year} (dự thảo)`,
      numberText: null,
      issuedOn: null,
    }));
  },
  async build(db, id) {
    const found = await findPlan(db.kysely, id);
    if (!found) return undefined;
    return {
      unitPath: found.unitPath,
      document: await planDocument(
        db.kysely,
        found.plan.unitId,
        found.plan.content,
        todayInVietnam(),
      ),
    };
  },
};
