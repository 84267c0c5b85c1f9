// Every issued letter of a matter in one page, each on its own sheet, for the văn thư to print
// and post at once. The letters are shown exactly as issued (their frozen model from the
// register); each is a view of a petitioner's personal data, so each is logged.
import { can, notFound, petitionerView, type Actor } from '@doithoai/core';
import { renderHtml, type OfficialDocument } from '@doithoai/documents';
import { recordAudit } from '../audit/audit.js';
import type { Db } from '../db/open-database.js';
import { petitionerFacts } from '../opinion/opinion-access.js';
import { letterDocumentsOf, readableMatter } from './follow-up.repository.js';

const bodyOf = (html: string) =>
  html.slice(html.indexOf('<body>') + '<body>'.length, html.lastIndexOf('</body>'));

export async function printLetters(
  { db }: { db: Db },
  actor: Actor,
  matterId: string,
): Promise<string> {
  return db.kysely.transaction().execute(async (trx) => {
    const f = await readableMatter(trx, actor, matterId);
    if (
      !can(actor, 'document.read', { unitPath: f.unitPath }) ||
      !can(actor, 'opinion.personal', { unitPath: f.unitPath })
    )
      throw notFound();
    // The letters name the petitioners: not for someone the matter names (a conflict of interest).
    if (petitionerView(actor, await petitionerFacts(trx, matterId, f.unitPath)) === 'hidden')
      throw notFound();
    const letters = await letterDocumentsOf(trx, matterId);
    if (!letters.length) throw notFound();
    for (const l of letters) {
      await recordAudit(trx, {
        actorUserId: actor.userId,
        action: 'document.personal-view',
        entity: 'document',
        entityId: l.id,
        unitId: f.matter.unit_id,
        detail: {
          kind: 'van-ban-tra-loi',
          format: 'print',
          issued: true,
          petitionerIds: [l.petitioner_id],
        },
      });
    }
    const pages = letters.map((l) => renderHtml(JSON.parse(l.model) as OfficialDocument));
    const first = pages[0]!;
    const rest = pages
      .slice(1)
      .map((p) => `<div style="break-before: page; page-break-before: always">${bodyOf(p)}</div>`)
      .join('\n');
    return first.replace('</body>', `${rest}\n</body>`);
  });
}
