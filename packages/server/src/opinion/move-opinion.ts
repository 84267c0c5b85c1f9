// Moves a matter along its states (core matterTransitions), e.g. rejected or escalated with a
// reason. Every move keeps who, when and why.
import {
  canMove,
  DomainError,
  statesNeedingReason,
  type Actor,
  type MatterState,
  type MoveInput,
} from '@doithoai/core';
import { recordAudit } from '../audit/audit.js';
import type { Db } from '../db/open-database.js';

import { requireAccess } from '../shared/require-access.js';
import {
  findMatter,
  recordStateChange,
  setMatterStateVersioned,
  summarise,
} from './opinion.repository.js';

export async function moveOpinion({ db }: { db: Db }, actor: Actor, id: string, input: MoveInput) {
  return db.kysely.transaction().execute(async (trx) => {
    const found = await findMatter(trx, id);
    requireAccess(actor, 'opinion.update', found);
    const m = found!.matter;
    const from = m.state as MatterState;
    if (!canMove(from, input.to))
      throw new DomainError('RULE_VIOLATION', {
        vi: `Không chuyển được từ «${from}» sang «${input.to}»`,
        en: `Cannot move from '${from}' to '${input.to}'`,
      });
    if (statesNeedingReason.includes(input.to) && !input.reason) {
      throw new DomainError('VALIDATION', undefined, [
        {
          field: 'reason',
          message: { vi: 'Trường «reason» bắt buộc phải nhập', en: "Field 'reason' is required" },
        },
      ]);
    }
    if (!(await setMatterStateVersioned(trx, id, input.version, input.to)))
      throw new DomainError('CONFLICT');
    await recordStateChange(trx, {
      matterId: id,
      from,
      to: input.to,
      actorUserId: actor.userId,
      reason: input.reason,
    });
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'opinion.move',
      entity: 'matter',
      entityId: id,
      unitId: m.unit_id,
      reason: input.reason,
      detail: { from, to: input.to },
    });
    return (await summarise(trx, [id]))[0]!;
  });
}
