// Closing a round's session once every carried-over matter was answered in writing or escalated
// (or overridden with a reason).
import type { Actor, HoldInput } from '@doithoai/core';
import type { Db } from '../db/open-database.js';
import type { Clock } from '../shared/clock.js';
import { requireAccess } from '../shared/require-access.js';
import { applySessionMove } from './session-move.js';
import { findSession, openConclusionItems } from './session.repository.js';
import { moveContext } from '../calendar/move-context.js';

export const answeredStates = ['responded', 'closed', 'escalated'];

export async function closeSession(
  { db, clock }: { db: Db; clock?: Clock },
  actor: Actor,
  id: string,
  input: HoldInput,
) {
  return db.kysely.transaction().execute(async (trx) => {
    const found = await findSession(trx, id);
    requireAccess(actor, 'plan.manage', found);
    const open = await openConclusionItems(trx, id, answeredStates);
    const ctx = await moveContext(trx, found!.unitPath, clock, { openFollowUps: open });
    return applySessionMove(trx, actor, found!, 'close', ctx, {
      version: input.version,
      override: input.override,
      set: { closed_on: ctx.today },
    });
  });
}
