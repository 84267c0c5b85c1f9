// The receipt (giấy biên nhận) handed to a person who brought an opinion on paper: the commune,
// the tracking code, the day received, what they wrote, what happens next (the acknowledgement
// deadline, the written-answer period, the next announced session, where to track it on the
// portal) and the clerk who hands it over. No petitioner's name: the paper goes to the person,
// and what it says is what the portal shows anyone with the code.
import { DomainError, can, notFound, type Actor, type MatterReceipt } from '@doithoai/core';
import { recordAudit } from '../audit/audit.js';
import type { Db } from '../db/open-database.js';
import { upcomingSessions } from '../portal/portal.repository.js';
import { newTrackingCode } from '../portal/tracking-code.js';
import { todayInVietnam, type Clock } from '../shared/clock.js';
import { actorNames } from './matter-page.repository.js';
import { findMatter } from './opinion.repository.js';
import { findUnit } from '../unit/unit.repository.js';
import { canReadMatter, opinionScope } from './opinion-scope.js';
import { acknowledgementDeadline } from './received-date.js';
import { issueTrackingCode } from './tracking-receipt.js';
import { trackingCodesOf } from './tracking.repository.js';
import type { Q } from '../shared/query.js';
import { moveContext } from '../calendar/move-context.js';

interface Deps {
  db: Db;
  config: { baseUrl: string };
  clock?: Clock;
}

async function readable(db: Q, actor: Actor, id: string) {
  const found = await findMatter(db, id);
  const scope = await opinionScope(db, actor);
  if (
    !found ||
    !canReadMatter(actor, scope, {
      unitPath: found.unitPath,
      assigneeId: found.matter.assignee_person_id,
    })
  )
    throw notFound();
  return found;
}

/** The receipt for one of the matter's codes (`code`), else its newest; refused when it has none yet. */
export async function getReceipt(
  { db, config, clock }: Deps,
  actor: Actor,
  id: string,
  code?: string,
): Promise<MatterReceipt> {
  return db.kysely.transaction().execute(async (trx) => {
    const found = await readable(trx, actor, id);
    const m = found.matter;
    const codes = await trackingCodesOf(trx, id);
    const chosen = code ? codes.find((c) => c === code.toUpperCase()) : codes.at(-1);
    if (!chosen) {
      throw new DomainError(
        'NOT_FOUND',
        code
          ? {
              vi: `Ý kiến này không có mã tra cứu «${code}»`,
              en: `This opinion has no tracking code '${code}'`,
            }
          : {
              vi: 'Ý kiến này chưa có mã tra cứu: bấm «Cấp mã tra cứu» để cấp mã rồi in biên nhận',
              en: 'This opinion has no tracking code yet: issue one, then print the receipt',
            },
      );
    }
    const unit = (await findUnit(trx, m.unit_id))!;
    const rules = await moveContext(trx, found.unitPath, clock);
    const acknowledgement = await acknowledgementDeadline(trx, found.unitPath, m.received_on);
    const next = (await upcomingSessions(trx, m.unit_id, todayInVietnam(clock)))[0];
    const trackPath = `/xa/${unit.slug}/tra-cuu?ma=${chosen}`;
    return {
      matterId: id,
      trackingCode: chosen,
      communeName: unit.name,
      content: m.content,
      receivedOn: m.received_on,
      clerkName: (await actorNames(trx, [actor.userId])).get(actor.userId) ?? '',
      trackPath,
      trackUrl: new URL(trackPath, config.baseUrl).toString(),
      acknowledgement: acknowledgement!,
      writtenAnswerWorkingDays: rules.profile.writtenAnswerWorkingDays,
      nextSession: next?.date ? { date: next.date, venue: next.venue ?? null } : null,
    };
  });
}

/** Gives the matter a tracking code (an opinion entered before codes were given, or one more person's receipt). */
export async function issueReceiptCode(
  { db }: { db: Db },
  actor: Actor,
  id: string,
): Promise<{ trackingCode: string }> {
  return db.kysely.transaction().execute(async (trx) => {
    const found = await readable(trx, actor, id);
    if (!can(actor, 'opinion.update', { unitPath: found.unitPath })) throw notFound();
    const trackingCode = await issueTrackingCode(trx, found.matter.unit_id, id, newTrackingCode);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'opinion.tracking-code',
      entity: 'matter',
      entityId: id,
      unitId: found.matter.unit_id,
    });
    return { trackingCode };
  });
}
