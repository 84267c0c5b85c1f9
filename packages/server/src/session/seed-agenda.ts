// Puts on a session's agenda the commune's classified and assigned matters (grouped by field, with
// the prepared answer), once each: running it again adds only what is new. A matter left on the
// agenda of a past session without being reached goes on the next one.
import { newId, nowIso } from '../db/ids.js';
import type { Q } from '../shared/query.js';
import {
  insertAgendaItem,
  lastAgendaPosition,
  mattersInStates,
  mattersOnAgendas,
} from './agenda.repository.js';

export async function seedAgenda(
  db: Q,
  sessionId: string,
  unitId: string,
  actorUserId: string,
): Promise<number> {
  const taken = await mattersOnAgendas(db, unitId, ['planned', 'scheduled', 'announced']);
  const matters = await mattersInStates(db, unitId, ['classified', 'assigned', 'answer-prepared']);
  let position = await lastAgendaPosition(db, sessionId);
  const at = nowIso();
  let added = 0;
  for (const m of matters.filter((x) => !taken.has(x.id))) {
    await insertAgendaItem(db, {
      id: newId(),
      session_id: sessionId,
      matter_id: m.id,
      registration_id: null,
      position: ++position,
      from_floor: 0,
      speaker_name: null,
      speaker_village_id: null,
      question: m.content,
      answer: null,
      answered_by: null,
      outcome: null,
      rev: 0,
      updated_by: actorUserId,
      created_at: at,
      updated_at: at,
    });
    added++;
  }
  return added;
}
