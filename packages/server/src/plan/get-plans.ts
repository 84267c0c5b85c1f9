// Reading plans: a unit's plans, one plan with what the caller may do, and its document as HTML
// (the draft as it would be issued, or the issued one exactly as sent).
import { abilities, type Action, type Actor } from '@doithoai/core';
import { renderHtml } from '@doithoai/documents';
import type { Db } from '../db/open-database.js';
import { findIssuedDocument } from '../document/document.repository.js';
import { findUnit } from '../unit/unit.repository.js';
import { requireAccess } from '../shared/require-access.js';
import { listSessions } from '../session/session.repository.js';
import { todayInVietnam, type Clock } from '../shared/clock.js';
import { planDocument } from './plan-document.js';
import { findPlan, listPlans } from './plan.repository.js';

const planAbilities: Action[] = ['plan.manage'];

export async function getUnitPlans(
  { db, clock }: { db: Db; clock?: Clock },
  actor: Actor,
  unitId: string,
) {
  const unit = await findUnit(db.kysely, unitId);
  requireAccess(actor, 'plan.read', unit && { unitPath: unit.path });
  return {
    plans: await listPlans(db.kysely, unitId),
    can: abilities(actor, { unitPath: unit!.path }, planAbilities),
    thisYear: Number(todayInVietnam(clock).slice(0, 4)),
  };
}

export async function getPlan({ db }: { db: Db }, actor: Actor, id: string) {
  const found = await findPlan(db.kysely, id);
  requireAccess(actor, 'plan.read', found);
  const sessions = (await listSessions(db.kysely, found!.plan.unitId)).filter(
    (s) => s.planId === id,
  );
  return {
    ...found!.plan,
    issuedOn: found!.issuedOn,
    can: abilities(actor, { unitPath: found!.unitPath }, planAbilities),
    sessions,
  };
}

export async function planHtml(
  { db, clock }: { db: Db; clock?: Clock },
  actor: Actor,
  id: string,
): Promise<string> {
  const found = await findPlan(db.kysely, id);
  requireAccess(actor, 'plan.read', found);
  if (found!.plan.documentId) {
    const issued = await findIssuedDocument(db.kysely, found!.plan.documentId);
    if (issued) return renderHtml(issued.model);
  }
  return renderHtml(
    await planDocument(db.kysely, found!.plan.unitId, found!.plan.content, todayInVietnam(clock)),
  );
}
