// A clerk registers a walk-in to speak: the person and their question become a matter with source
// "at the session" through the opinion feature's create use case, and a place in the speaking
// order. The client's id makes a retried registration a no-op.
import { DomainError, type Actor, type RegistrationInput } from '@doithoai/core';
import type { Db } from '../db/open-database.js';
import { nowIso } from '../db/ids.js';
import { createOpinion } from '../opinion/create-opinion.js';
import { requireAccess } from '../shared/require-access.js';
import { findSession } from './session.repository.js';
import {
  findRegistration,
  insertAgendaItem,
  insertRegistration,
  lastAgendaPosition,
} from './agenda.repository.js';

export const consoleStates = ['scheduled', 'announced'];

export function assertConsoleOpen(state: string) {
  if (!consoleStates.includes(state)) {
    throw new DomainError('RULE_VIOLATION', {
      vi: 'Hội nghị đã kết thúc, biên bản đã chốt: không sửa chương trình được nữa',
      en: 'The session is over and its minutes are final: the agenda can no longer change',
    });
  }
}

export async function registerSpeaker(
  { db }: { db: Db },
  actor: Actor,
  sessionId: string,
  input: RegistrationInput,
) {
  const found = await findSession(db.kysely, sessionId);
  requireAccess(actor, 'plan.manage', found);
  const existing = await findRegistration(db.kysely, input.clientId);
  if (existing) {
    if (existing.session_id !== sessionId) throw new DomainError('CONFLICT');
    return { id: existing.id, matterId: existing.matter_id };
  }
  assertConsoleOpen(found!.session.state);
  const unitId = found!.session.unit_id;
  const matter = await createOpinion({ db }, actor, unitId, {
    content: input.question,
    source: 'at-session',
    villageId: input.villageId ?? null,
    petitioner: {
      fullName: input.fullName,
      villageId: input.villageId ?? null,
      phone: null,
      email: null,
      consents: [],
    },
  });
  await db.kysely.transaction().execute(async (trx) => {
    const at = nowIso();
    await insertRegistration(trx, {
      id: input.clientId,
      session_id: sessionId,
      matter_id: matter.id,
      full_name: input.fullName,
      village_id: input.villageId ?? null,
      question: input.question,
      registered_by: actor.userId,
      registered_at: at,
    });
    await insertAgendaItem(trx, {
      id: `reg-${input.clientId}`,
      session_id: sessionId,
      matter_id: matter.id,
      registration_id: input.clientId,
      position: (await lastAgendaPosition(trx, sessionId)) + 1,
      from_floor: 0,
      speaker_name: input.fullName,
      speaker_village_id: input.villageId ?? null,
      question: input.question,
      answer: null,
      answered_by: null,
      outcome: null,
      rev: 0,
      updated_by: actor.userId,
      created_at: at,
      updated_at: at,
    });
  });
  return { id: input.clientId, matterId: matter.id };
}
