// The conclusion notice's draft, from the minutes: its date, the secretary's assessment, who handles
// each carried-over matter, recipients. Saving it shows each item's due date with its counting,
// and whether issuing on that date would break the profile's conclusion deadline.
import {
  ConclusionDraftInput,
  DomainError,
  defaultConclusionRecipients,
  sessionBreaches,
  type Actor,
  type RegulationProfile,
} from '@doithoai/core';
import { unitProfileOn } from '../calendar/profile.repository.js';
import type { Db } from '../db/open-database.js';
import type { Clock } from '../shared/clock.js';
import { requireAccess } from '../shared/require-access.js';
import { conclusionLines } from './session-documents.js';
import { facts } from './session-move.js';
import { findSession, json, storeConclusionDraft, type SessionRow } from './session.repository.js';
import { moveContext } from '../calendar/move-context.js';

/** The draft as saved, or null before the office first saves one. */
export function storedDraft(s: SessionRow): ConclusionDraftInput | null {
  return json<ConclusionDraftInput | null>(s.conclusion_draft, null);
}

/** The draft the office starts from: dated today, the recipients above as the profile in force names them. */
function startingDraft(today: string, profile: RegulationProfile): ConclusionDraftInput {
  return {
    date: today,
    summary: [],
    responsible: {},
    recipients: defaultConclusionRecipients(profile),
  };
}

export async function saveConclusionDraft(
  { db }: { db: Db },
  actor: Actor,
  id: string,
  input: ConclusionDraftInput,
) {
  await db.kysely.transaction().execute(async (trx) => {
    const found = await findSession(trx, id);
    requireAccess(actor, 'plan.manage', found);
    if (found!.session.state !== 'held') {
      throw new DomainError('RULE_VIOLATION', {
        vi: 'Chỉ soạn thông báo kết luận sau khi hội nghị đã tổ chức và trước khi ban hành',
        en: 'The conclusion notice is drafted after the session and before it is issued',
      });
    }
    await storeConclusionDraft(trx, id, ConclusionDraftInput.parse(input));
  });
  return conclusionDraftView({ db }, id);
}

/** The draft with its computed lines (due dates and how they were counted) and any rule it would break. */
export async function conclusionDraftView({ db, clock }: { db: Db; clock?: Clock }, id: string) {
  return db.kysely.transaction().execute(async (trx) => {
    const found = (await findSession(trx, id))!;
    const ctx = await moveContext(trx, found.unitPath, clock);
    const draft =
      storedDraft(found.session) ??
      startingDraft(
        ctx.today,
        // The profile in force today, among the deployment's profiles too (a province's own).
        (await unitProfileOn(trx, found.unitPath, ctx.today)).profile ?? ctx.profile,
      );
    const lines = await conclusionLines(trx, found.session, draft, ctx.profile, ctx.calendar);
    const breaches =
      found.session.state === 'held'
        ? sessionBreaches('conclude', facts(found.session), { ...ctx, conclusionDate: draft.date })
        : [];
    return {
      draft,
      saved: found.session.conclusion_draft !== null,
      lines,
      breaches: breaches.map((b) => b.message),
    };
  });
}
