// Puts on a session's agenda the commune's classified and assigned matters (grouped by field, with
// the prepared answer), once each: running it again adds only what is new. A matter left on the
// agenda of a past session without being reached goes on the next one.
import { newId, nowIso } from '../db/ids.js';
import type { Q } from '../shared/query.js';

export async function seedAgenda(
  db: Q,
  sessionId: string,
  unitId: string,
  actorUserId: string,
): Promise<number> {
  const already = await db
    .selectFrom('agenda_item')
    .innerJoin('dialogue_session as s', 's.id', 'agenda_item.session_id')
    .select('agenda_item.matter_id')
    .where('s.unit_id', '=', unitId)
    .where('s.state', 'in', ['planned', 'scheduled', 'announced'])
    .where('agenda_item.matter_id', 'is not', null)
    .execute();
  const taken = new Set(already.map((a) => a.matter_id));
  const matters = await db
    .selectFrom('matter')
    .select(['id', 'content', 'field'])
    .where('unit_id', '=', unitId)
    .where('state', 'in', ['classified', 'assigned', 'answer-prepared'])
    .orderBy('field')
    .orderBy('seq')
    .execute();
  const last = await db
    .selectFrom('agenda_item')
    .select((eb) => eb.fn.max('position').as('p'))
    .where('session_id', '=', sessionId)
    .executeTakeFirst();
  let position = Number(last?.p ?? 0);
  const at = nowIso();
  let added = 0;
  for (const m of matters.filter((x) => !taken.has(x.id))) {
    await db
      .insertInto('agenda_item')
      .values({
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
      })
      .execute();
    added++;
  }
  return added;
}
