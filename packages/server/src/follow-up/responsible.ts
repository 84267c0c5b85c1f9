// Who answers a matter in follow-up: the office names the responsible official (and, for a
// question from the floor that came in without one, its field). The matter keeps its state; the
// change is kept in the audit log and the official's worklist shows it at once.
import { DomainError, opinionFields, type Actor, type ResponsibleInput } from '@doithoai/core';
import { recordAudit } from '../audit/audit.js';
import type { Db } from '../db/open-database.js';
import { nowIso } from '../db/ids.js';
import { followUpStates, readableMatter, requireAction } from './follow-up.repository.js';
import { setMatterResponsible } from './answer.repository.js';
import { findPerson } from '../unit/unit.repository.js';

export async function setResponsible(
  { db }: { db: Db },
  actor: Actor,
  matterId: string,
  input: ResponsibleInput,
) {
  return db.kysely.transaction().execute(async (trx) => {
    const f = await readableMatter(trx, actor, matterId);
    requireAction(actor, 'followup.manage', f);
    const m = f.matter;
    if (!(followUpStates as readonly string[]).includes(m.state)) {
      throw new DomainError('RULE_VIOLATION', {
        vi: 'Vấn đề không ở giai đoạn xử lý sau đối thoại',
        en: 'The matter is not in follow-up',
      });
    }
    const person = (await findPerson(trx, input.personId))?.person;
    if (!person || person.unitId !== m.unit_id) {
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
    const field = input.field === undefined ? m.field : input.field;
    if (field !== null && !(opinionFields as readonly string[]).includes(field)) {
      throw new DomainError('VALIDATION', undefined, [
        {
          field: 'field',
          message: {
            vi: `Trường «field»: không có lĩnh vực «${field}»`,
            en: `Field 'field': there is no field '${field}'`,
          },
        },
      ]);
    }
    await setMatterResponsible(trx, matterId, {
      personId: input.personId,
      field,
      version: Number(m.version),
      at: nowIso(),
    });
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'followup.responsible',
      entity: 'matter',
      entityId: matterId,
      unitId: m.unit_id,
      detail: {
        before: { personId: m.assignee_person_id, field: m.field },
        after: { personId: input.personId, field },
      },
    });
    return { matterId, official: { personId: input.personId, name: person.fullName }, field };
  });
}
