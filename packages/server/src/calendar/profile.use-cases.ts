// Cloning and editing regulation profiles (deployment-wide, root administrators), and choosing
// the profile a unit follows. A change never silently moves a deadline already given: the
// caller first gets the list of open items whose due date would move, and confirms.
import {
  DomainError,
  RegulationProfile,
  canAtRoot,
  cloneProfile,
  notFound,
  profileChangeImpact,
  type Actor,
  type DueChange,
  type OpenItem,
} from '@doithoai/core';
import { recordAudit } from '../audit/audit.js';
import type { Db } from '../db/open-database.js';
import { nowIso } from '../db/ids.js';
import { findUnit } from '../unit/unit.repository.js';
import { requireAccess } from '../shared/require-access.js';
import { loadWorkingCalendar } from './calendar.repository.js';
import { applyDueChanges, openItemsOfProfile } from './open-deadlines.js';
import {
  findProfile,
  insertProfile,
  ownProfileCode,
  saveProfile,
  setOwnProfileCode,
} from './profile.repository.js';
import { todayInVietnam } from '../shared/clock.js';

/** Open deadlines that follow a profile: today, the written answers owed after conclusion notices. */
export type OpenItemsOfProfile = (db: Db, profileCode: string) => Promise<OpenItem[]>;
export const openWrittenAnswers: OpenItemsOfProfile = (db, code) =>
  openItemsOfProfile(db.kysely, code, todayInVietnam());

export async function createProfileFrom(
  { db }: { db: Db },
  actor: Actor,
  input: { from: string; code: string; name: { vi: string; en: string } },
) {
  if (!canAtRoot(actor, 'profile.manage')) throw notFound();
  const source = await findProfile(db.kysely, input.from);
  if (!source) throw notFound();
  if (await findProfile(db.kysely, input.code)) {
    throw new DomainError('VALIDATION', undefined, [
      {
        field: 'code',
        message: { vi: `Mã «${input.code}» đã có`, en: `code '${input.code}' is taken` },
      },
    ]);
  }
  const profile = cloneProfile(source.profile, input.code, input.name);
  const at = nowIso();
  await db.kysely.transaction().execute(async (trx) => {
    await insertProfile(trx, profile, at);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'profile.create',
      entity: 'regulation_profile',
      entityId: profile.code,
      unitId: null,
      detail: { from: input.from },
    });
  });
  return { profile, builtIn: false, version: 0 };
}

export async function updateProfile(
  { db, openItems = openWrittenAnswers }: { db: Db; openItems?: OpenItemsOfProfile },
  actor: Actor,
  code: string,
  input: { profile: RegulationProfile; version: number; confirm: boolean; reason?: string },
): Promise<{ applied: boolean; impact: DueChange[]; version: number }> {
  if (!canAtRoot(actor, 'profile.manage')) throw notFound();
  const current = await findProfile(db.kysely, code);
  if (!current) throw notFound();
  if (current.builtIn) {
    throw new DomainError('RULE_VIOLATION', {
      vi: 'Không sửa được quy định có sẵn; hãy nhân bản rồi sửa bản sao',
      en: 'Built-in profiles cannot be edited: clone one first',
    });
  }
  const next = RegulationProfile.parse({
    ...input.profile,
    code,
    basedOn: current.profile.basedOn,
  });
  const calendar = await loadWorkingCalendar(db.kysely);
  const impact = profileChangeImpact(current.profile, next, await openItems(db, code), calendar);
  if (impact.length > 0 && !input.confirm)
    return { applied: false, impact, version: current.version };
  const version = await db.kysely.transaction().execute(async (trx) => {
    const saved = await saveProfile(trx, next, input.version, nowIso());
    if (saved === undefined) throw new DomainError('CONFLICT');
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'profile.update',
      entity: 'regulation_profile',
      entityId: code,
      unitId: null,
      reason: input.reason ?? null,
      detail: { before: current.profile, after: next, impact },
    });
    await applyDueChanges(trx, impact, actor.userId, input.reason ?? `profile ${code} v${saved}`);
    return saved;
  });
  return { applied: true, impact, version };
}

export async function chooseUnitProfile(
  { db }: { db: Db },
  actor: Actor,
  unitId: string,
  code: string | null,
) {
  const unit = await findUnit(db.kysely, unitId);
  requireAccess(actor, 'profile.choose', unit && { unitPath: unit.path });
  if (code !== null && !(await findProfile(db.kysely, code))) {
    throw new DomainError('VALIDATION', undefined, [
      { field: 'code', message: { vi: `Không có quy định «${code}»`, en: `no profile '${code}'` } },
    ]);
  }
  await db.kysely.transaction().execute(async (trx) => {
    const before = await ownProfileCode(trx, unitId);
    await setOwnProfileCode(trx, unitId, code, nowIso());
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'unit.choose-profile',
      entity: 'unit',
      entityId: unitId,
      unitId,
      detail: { before, after: code },
    });
  });
}
