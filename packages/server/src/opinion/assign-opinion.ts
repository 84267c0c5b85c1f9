// The clerk assigns a matter by hand (from the triage queue of matters with no route), with an
// optional prepare-by date before its session.
import { canMove, DomainError, type Actor, type MatterState } from '@doithoai/core';
import { recordAudit } from '../audit/audit.js';
import type { Db } from '../db/open-database.js';
import { requireAccess } from '../shared/require-access.js';
import {
  assignMatterVersioned,
  findMatter,
  recordStateChange,
  summarise,
} from './opinion.repository.js';
import { personUnitId } from './routing.repository.js';

export interface AssignInput {
  personId: string;
  prepareBy?: string | null;
  version: number;
}

export async function assignOpinion(
  { db }: { db: Db },
  actor: Actor,
  id: string,
  input: AssignInput,
) {
  return db.kysely.transaction().execute(async (trx) => {
    const found = await findMatter(trx, id);
    requireAccess(actor, 'opinion.update', found);
    const m = found!.matter;
    const from = m.state as MatterState;
    if (!canMove(from, 'assigned'))
      throw new DomainError('RULE_VIOLATION', {
        vi: 'Cần phân loại lĩnh vực trước khi giao',
        en: 'Classify the matter before assigning it',
      });
    if ((await personUnitId(trx, input.personId)) !== m.unit_id) {
      throw new DomainError('VALIDATION', undefined, [
        {
          field: 'personId',
          message: {
            vi: 'Trường «personId» không phải cán bộ của xã',
            en: "Field 'personId' is not an official of this commune",
          },
        },
      ]);
    }
    const updated = await assignMatterVersioned(trx, id, input.version, {
      personId: input.personId,
      prepareBy: input.prepareBy ?? m.prepare_by,
    });
    if (!updated) throw new DomainError('CONFLICT');
    await recordStateChange(trx, {
      matterId: id,
      from,
      to: 'assigned',
      actorUserId: actor.userId,
      detail: { personId: input.personId, prepareBy: input.prepareBy ?? null },
    });
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'opinion.assign',
      entity: 'matter',
      entityId: id,
      unitId: m.unit_id,
      detail: { before: m.assignee_person_id, after: input.personId },
    });
    return (await summarise(trx, [id]))[0]!;
  });
}
