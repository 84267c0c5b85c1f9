// The year's plan in one click: a complete draft from the unit's regulation profile with the
// reference plan's wording (core defaultPlanContent), the signer's name from the unit's people.
// The wording is the profile's in force on the plan's date (issue 20): the date given, else today
// when it lies in the plan's year, else the nearest day of that year (a 2022 plan drafted in 2026
// follows the 2022 rules).
import { DomainError, defaultPlanContent, type Actor } from '@doithoai/core';
import { recordAudit } from '../audit/audit.js';
import { unitProfileOn } from '../calendar/profile.repository.js';
import type { Db } from '../db/open-database.js';
import { newId, nowIso } from '../db/ids.js';
import { findUnit } from '../unit/unit.repository.js';
import { requireAccess } from '../shared/require-access.js';
import { todayInVietnam, type Clock } from '../shared/clock.js';
import { findPlan, hasPlanFor, insertPlan, recordStateChange } from './plan.repository.js';
import { holderOf } from '../shared/issuing-body.repository.js';

/** The day whose rules a plan of `year` follows, drafted `today`. */
export function planDateOf(year: number, today: string): string {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  return today < first ? first : today > last ? last : today;
}

export async function createPlan(
  { db, clock }: { db: Db; clock?: Clock },
  actor: Actor,
  unitId: string,
  input: { year: number },
) {
  const id = await db.kysely.transaction().execute(async (trx) => {
    const unit = await findUnit(trx, unitId);
    requireAccess(actor, 'plan.manage', unit && { unitPath: unit.path });
    if (await hasPlanFor(trx, unitId, input.year)) {
      throw new DomainError('RULE_VIOLATION', {
        vi: `Đơn vị đã có kế hoạch năm ${input.year}`,
        en: `The unit already has a plan for ${input.year}`,
      });
    }
    const { profile, code } = await unitProfileOn(
      trx,
      unit!.path,
      planDateOf(input.year, todayInVietnam(clock)),
    );
    if (!profile)
      throw new DomainError('UNAVAILABLE', {
        vi: `Không tìm thấy bộ quy định «${code}»`,
        en: `Regulation profile '${code}' not found`,
      });
    const content = defaultPlanContent(profile, { name: unit!.name }, input.year);
    content.signer.name = await holderOf(
      trx,
      unitId,
      content.signer.authority === 'party' ? 'Bí thư' : 'Chủ tịch UBND',
    );
    const id = newId();
    const at = nowIso();
    await insertPlan(trx, {
      id,
      unit_id: unitId,
      year: input.year,
      state: 'draft',
      profile_code: profile.code,
      content: JSON.stringify(content),
      document_id: null,
      version: 0,
      created_by: actor.userId,
      created_at: at,
      updated_at: at,
    });
    await recordStateChange(trx, {
      entity: 'plan',
      id,
      from: null,
      to: 'draft',
      actorUserId: actor.userId,
      detail: { profile: profile.code },
    });
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'plan.create',
      entity: 'plan',
      entityId: id,
      unitId,
      detail: { year: input.year, profile: profile.code },
    });
    return id;
  });
  return (await findPlan(db.kysely, id))!.plan;
}
