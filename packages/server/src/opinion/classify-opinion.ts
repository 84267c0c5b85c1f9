// The clerk confirms the suggested field or picks another, in one click. A confirmed field
// teaches the commune's classifier; a classified matter is routed at once (assign-by-routing).
// Changing the field of an assigned matter sends it back through routing.
import {
  canMove,
  DomainError,
  type Actor,
  type ClassifyInput,
  type MatterState,
} from '@doithoai/core';
import { recordAudit } from '../audit/audit.js';
import type { Db } from '../db/open-database.js';
import { nowIso } from '../db/ids.js';
import { requireAccess } from '../shared/require-access.js';
import { assignByRouting } from './assign-by-routing.js';
import { confirmField, findMatter, recordStateChange, summarise } from './opinion.repository.js';

export async function classifyOpinion(
  { db }: { db: Db },
  actor: Actor,
  id: string,
  input: ClassifyInput,
) {
  return db.kysely.transaction().execute(async (trx) => {
    const found = await findMatter(trx, id);
    requireAccess(actor, 'opinion.update', found);
    const m = found!.matter;
    const from = m.state as MatterState;
    if (!canMove(from, 'classified'))
      throw new DomainError('RULE_VIOLATION', {
        vi: 'Không thể phân loại lại ở trạng thái này',
        en: 'Cannot classify a matter in this state',
      });
    const at = nowIso();
    const changed = m.field !== input.field;
    const keepAssignee = from !== 'received' && from !== 'classified' && !changed;
    const updated = await confirmField(
      trx,
      id,
      input.version,
      input.field,
      actor.userId,
      at,
      !keepAssignee,
    );
    if (!updated) throw new DomainError('CONFLICT');
    if (!keepAssignee) {
      await recordStateChange(trx, {
        matterId: id,
        from,
        to: 'classified',
        actorUserId: actor.userId,
        detail: { field: input.field, before: m.field },
      });
      await assignByRouting(trx, updated, actor.userId);
    }
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'opinion.classify',
      entity: 'matter',
      entityId: id,
      unitId: m.unit_id,
      detail: { before: m.field, after: input.field, suggested: JSON.parse(m.suggestions) },
    });
    return (await summarise(trx, [id]))[0]!;
  });
}
