// Data-subject requests: received (deadlines computed on the working calendar, with how each
// date was computed), acknowledged within 2 working days, then carried out or refused with a
// reason. Carrying out: 'access' gives a copy of the person's data (each copy is logged),
// 'correct' changes the fields named, 'erase' pseudonymises (erase-petitioner.ts), 'object'
// withdraws every consent. All in one transaction with the audit entry.
import {
  checkRequestMove,
  DomainError,
  requestDeadlines,
  type Actor,
  type DataSubjectRequestInput,
  type RequestDecisionInput,
  type RequestDeadlines,
  type RequestKind,
  type RequestState,
} from '@doithoai/core';
import { recordAudit } from '../audit/audit.js';
import { loadWorkingCalendar } from '../calendar/calendar.repository.js';
import type { Db } from '../db/open-database.js';
import { newId, nowIso } from '../db/ids.js';
import { todayInVietnam } from '../shared/clock.js';
import { findUnit } from '../unit/unit.repository.js';
import { requireAccess } from '../shared/require-access.js';
import { erasePetitioner } from './erase-petitioner.js';
import { petitionerData } from './petitioner-data.js';
import { petitionersNamingCaller, requireNotNamedBy } from './conflict-guard.js';
import type { Q } from '../shared/query.js';
import { withdrawStandingConsents } from './consent.repository.js';
import { petitionerWithPath, updatePetitioner } from './petitioner.repository.js';
import { findRequest, insertRequest, requestsUnder, updateRequest } from './request.repository.js';

type Deps = { db: Db };

const fieldError = (field: string, vi: string, en: string) =>
  new DomainError('VALIDATION', { vi, en }, [{ field, message: { vi, en } }]);

async function checkPetitioner(db: Q, unitPath: string, petitionerId: string | null | undefined) {
  if (!petitionerId) return null;
  const p = await petitionerWithPath(db, petitionerId);
  if (!p || !p.path.startsWith(unitPath))
    throw fieldError(
      'petitionerId',
      'Không tìm thấy người kiến nghị này trong đơn vị',
      'no such petitioner in this unit',
    );
  return p.id;
}

export function toRequestView(r: Awaited<ReturnType<typeof loadRequest>>, today: string) {
  const open = r.state === 'received' || r.state === 'acknowledged';
  return {
    id: r.id,
    unitId: r.unit_id,
    petitionerId: r.petitioner_id,
    kind: r.kind as RequestKind,
    requesterName: r.requester_name,
    requesterContact: r.requester_contact,
    detail: r.detail,
    state: r.state as RequestState,
    receivedOn: r.received_on,
    acknowledgeBy: r.acknowledge_by,
    completeBy: r.complete_by,
    deadlines: JSON.parse(r.deadlines) as RequestDeadlines,
    acknowledgedAt: r.acknowledged_at,
    closedAt: r.closed_at,
    outcome: r.outcome,
    overdue: {
      acknowledge: r.state === 'received' && today > r.acknowledge_by,
      complete: open && today > r.complete_by,
    },
    createdAt: r.created_at,
  };
}

/** A request just written or moved (it exists). */
async function loadRequest(db: Q, id: string) {
  return (await findRequest(db, id))!;
}

export async function createRequest(
  { db }: Deps,
  actor: Actor,
  unitId: string,
  input: DataSubjectRequestInput,
) {
  const unit = await findUnit(db.kysely, unitId);
  requireAccess(actor, 'privacy.manage', unit && { unitPath: unit.path });
  const petitionerId = await checkPetitioner(db.kysely, unit!.path, input.petitionerId);
  await requireNotNamedBy(db.kysely, actor, petitionerId);
  if (
    (input.kind === 'correct' || input.kind === 'erase' || input.kind === 'object') &&
    !petitionerId
  ) {
    throw fieldError(
      'petitionerId',
      'Cần chọn người kiến nghị mà yêu cầu này nói đến',
      'choose the petitioner this request is about',
    );
  }
  const receivedOn = input.receivedOn ?? todayInVietnam();
  const deadlines = requestDeadlines(await loadWorkingCalendar(db.kysely), receivedOn);
  const id = newId();
  const at = nowIso();
  await db.kysely.transaction().execute(async (trx) => {
    await insertRequest(trx, {
      id,
      unit_id: unitId,
      petitioner_id: petitionerId,
      kind: input.kind,
      requester_name: input.requesterName,
      requester_contact: input.requesterContact ?? null,
      detail: input.detail,
      state: 'received',
      received_on: receivedOn,
      acknowledge_by: deadlines.acknowledge.date,
      complete_by: deadlines.complete.date,
      deadlines: JSON.stringify(deadlines),
      acknowledged_at: null,
      closed_at: null,
      outcome: null,
      created_by: actor.userId,
      created_at: at,
      updated_at: at,
    });
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'privacy.request.create',
      entity: 'data_subject_request',
      entityId: id,
      unitId,
      detail: { kind: input.kind, petitionerId },
    });
  });
  return toRequestView(await loadRequest(db.kysely, id), todayInVietnam());
}

export async function listRequests({ db }: Deps, actor: Actor, unitId: string) {
  const unit = await findUnit(db.kysely, unitId);
  requireAccess(actor, 'privacy.manage', unit && { unitPath: unit.path });
  const rows = await requestsUnder(db.kysely, unit!.path);
  const today = todayInVietnam();
  const hidden = await petitionersNamingCaller(
    db.kysely,
    actor,
    rows.map((r) => r.petitioner_id),
  );
  return rows
    .filter((r) => !r.petitioner_id || !hidden.has(r.petitioner_id))
    .map((r) => toRequestView(r, today));
}

async function readableRequest(db: Db, actor: Actor, id: string) {
  const r = await findRequest(db.kysely, id);
  requireAccess(actor, 'privacy.manage', r && { unitPath: r.unit_path });
  await requireNotNamedBy(db.kysely, actor, r!.petitioner_id);
  return r!;
}

export async function decideRequest(
  { db }: Deps,
  actor: Actor,
  id: string,
  input: RequestDecisionInput,
) {
  const r = await readableRequest(db, actor, id);
  checkRequestMove(r.state as RequestState, input.to);
  if (input.to === 'refused' && !input.outcome)
    throw fieldError('outcome', 'Từ chối cần ghi lý do', 'a refusal needs a reason');
  if (input.to === 'done' && r.kind === 'correct' && !input.correction)
    throw fieldError('correction', 'Cần ghi thông tin đã chỉnh sửa', 'give the corrected fields');
  const at = nowIso();
  await db.kysely.transaction().execute(async (trx) => {
    let effect: Record<string, unknown> = {};
    if (input.to === 'done' && r.petitioner_id) {
      if (r.kind === 'erase') {
        effect = {
          ...(await erasePetitioner(trx, r.petitioner_id, {
            actorUserId: actor.userId,
            reason: input.outcome ?? r.detail,
            requestId: id,
            how: 'request',
          })),
        };
      } else if (r.kind === 'correct') {
        const c = input.correction!;
        await updatePetitioner(trx, r.petitioner_id, {
          ...(c.fullName !== undefined ? { full_name: c.fullName } : {}),
          ...(c.phone !== undefined ? { phone: c.phone } : {}),
          ...(c.email !== undefined ? { email: c.email } : {}),
          updated_at: at,
        });
        effect = { corrected: Object.keys(c) };
        await recordAudit(trx, {
          actorUserId: actor.userId,
          action: 'petitioner.correct',
          entity: 'petitioner',
          entityId: r.petitioner_id,
          unitId: r.unit_id,
          detail: { requestId: id, fields: Object.keys(c) },
        });
      } else if (r.kind === 'object') {
        const withdrawn = await withdrawStandingConsents(trx, r.petitioner_id, {
          at,
          by: actor.userId,
          how: 'objection',
        });
        effect = { consentsWithdrawn: withdrawn };
      }
    }
    await updateRequest(trx, id, {
      state: input.to,
      updated_at: at,
      outcome: input.outcome ?? r.outcome,
      ...(input.to === 'acknowledged'
        ? { acknowledged_at: at }
        : { closed_at: at, ...(r.acknowledged_at ? {} : { acknowledged_at: at }) }),
    });
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: `privacy.request.${input.to}`,
      entity: 'data_subject_request',
      entityId: id,
      unitId: r.unit_id,
      reason: input.outcome ?? null,
      detail: { kind: r.kind, effect },
    });
  });
  return toRequestView(await loadRequest(db.kysely, id), todayInVietnam());
}

/** The copy for an 'access' request (or any request about a petitioner): logged as a view of personal data. */
export async function requestData({ db }: Deps, actor: Actor, id: string) {
  const r = await readableRequest(db, actor, id);
  if (!r.petitioner_id)
    throw fieldError(
      'petitionerId',
      'Yêu cầu này chưa gắn với người kiến nghị nào',
      'this request names no petitioner',
    );
  return db.kysely.transaction().execute(async (trx) => {
    const data = await petitionerData(trx, r.petitioner_id!);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'petitioner.export',
      entity: 'petitioner',
      entityId: r.petitioner_id!,
      unitId: r.unit_id,
      detail: { requestId: id },
    });
    return data;
  });
}
