// The console's autosave of one agenda item. Idempotent: the id comes from the client and each
// edit carries a higher revision; a replay of an older or equal revision changes nothing, so a
// burst of queued edits sent again after the network returns neither duplicates nor regresses.
import { DomainError, type Actor, type AgendaItemInput } from '@doithoai/core';
import type { Db } from '../db/open-database.js';
import { nowIso } from '../db/ids.js';
import { requireAccess } from '../shared/require-access.js';
import { assertConsoleOpen } from './register-speaker.js';
import { findSession, listAgenda, listParticipants } from './session.repository.js';
import {
  findAgendaItem,
  insertAgendaItem,
  matterUnitId,
  setAttendance,
  setPresent,
  updateAgendaItem,
} from './agenda.repository.js';

export async function saveAgendaItem(
  { db }: { db: Db },
  actor: Actor,
  sessionId: string,
  itemId: string,
  input: AgendaItemInput,
) {
  return db.kysely.transaction().execute(async (trx) => {
    const found = await findSession(trx, sessionId);
    requireAccess(actor, 'plan.manage', found);
    const existing = await findAgendaItem(trx, itemId);
    if (existing && existing.session_id !== sessionId) throw new DomainError('NOT_FOUND');
    const current = async () => (await listAgenda(trx, sessionId)).find((i) => i.id === itemId)!;
    if (existing && Number(existing.rev) >= input.rev)
      return { item: await current(), applied: false };
    assertConsoleOpen(found!.session.state);
    if (input.matterId) {
      const unitId = await matterUnitId(trx, input.matterId);
      if (!unitId || unitId !== found!.session.unit_id) throw new DomainError('NOT_FOUND');
    }
    const at = nowIso();
    const values = {
      position: input.position,
      speaker_name: input.speakerName,
      speaker_village_id: input.speakerVillageId ?? null,
      question: input.question,
      answer: input.answer,
      answered_by: input.answeredBy,
      outcome: input.outcome ?? null,
      rev: input.rev,
      updated_by: actor.userId,
      updated_at: at,
    };
    if (existing) {
      // The matter link is set once (by seeding, a registration, or the hold for a floor question),
      // except that the clerk may link a question from the floor to a matter already on file: the
      // hold then raises that matter instead of creating a new one. Only a matter replaces a link;
      // a null never clears one, so an edit sent during the hold cannot orphan the matter it made.
      const link =
        Number(existing.from_floor) === 1 && input.matterId ? { matter_id: input.matterId } : {};
      await updateAgendaItem(trx, itemId, { ...values, ...link });
    } else {
      await insertAgendaItem(trx, {
        ...values,
        id: itemId,
        session_id: sessionId,
        matter_id: input.matterId ?? null,
        registration_id: null,
        from_floor: input.fromFloor ? 1 : 0,
        created_at: at,
      });
    }
    return { item: await current(), applied: true };
  });
}

export async function saveAttendance(
  { db }: { db: Db },
  actor: Actor,
  sessionId: string,
  input: { rev: number; total: number; groups: { composition: string; present: number }[] },
) {
  return db.kysely.transaction().execute(async (trx) => {
    const found = await findSession(trx, sessionId);
    requireAccess(actor, 'plan.manage', found);
    if (Number(found!.session.attendance_rev) >= input.rev) return { applied: false };
    assertConsoleOpen(found!.session.state);
    for (const g of input.groups) {
      await setPresent(trx, sessionId, g.composition, g.present);
    }
    // Counted by composition, the total is their sum (the minutes must add up); a head count
    // alone is taken as given.
    const counted = (await listParticipants(trx, sessionId)).filter((p) => p.present !== null);
    const total =
      input.groups.length && counted.length
        ? counted.reduce((n, p) => n + p.present!, 0)
        : input.total;
    await setAttendance(trx, sessionId, { total, rev: input.rev, at: nowIso() });
    return { applied: true, total };
  });
}
