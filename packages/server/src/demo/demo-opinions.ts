// The demo commune's opinions and routing table: core's demoOpinions (confirmed, across fields,
// villages and sources, with some near-duplicates for the triage view), each routed to the
// official whose fields cover it, as a clerk would have done before round 1.
import {
  classify,
  demoOpinions,
  foldVietnamese,
  opinionFields,
  trainClassifier,
} from '@doithoai/core';
import type { Db } from '../db/open-database.js';
import { newId, nowIso } from '../db/ids.js';
import {
  insertMatter,
  insertPetitionerConsent,
  insertPetitionerRow,
  insertRaising,
} from '../opinion/intake.repository.js';
import { insertRoute } from '../opinion/routing.repository.js';
import { insertStateChange } from '../opinion/opinion.repository.js';
import { peopleWithFields, userIdWithPosition } from './demo.repository.js';

export async function loadDemoOpinions(db: Db, ids: Map<string, string>): Promise<void> {
  const unitId = ids.get('sg')!;
  const at = nowIso();
  const userId = await userIdWithPosition(db.kysely, unitId, '%tổng hợp%');
  const people = await peopleWithFields(db.kysely, unitId);
  const routeOf = new Map<string, string>();
  for (const field of opinionFields) {
    const p = people.find((x) => (JSON.parse(x.fields) as string[]).includes(field));
    if (p) routeOf.set(field, p.id);
  }
  const model = trainClassifier(demoOpinions);
  await db.kysely.transaction().execute(async (trx) => {
    for (const [field, personId] of routeOf) {
      await insertRoute(trx, {
        id: newId(),
        unit_id: unitId,
        field,
        village_id: null,
        person_id: personId,
        updated_by: userId,
        updated_at: at,
      });
    }
    let day = 0;
    for (const o of demoOpinions) {
      const id = newId();
      const villageId = ids.get(o.village) ?? null;
      const receivedOn = new Date(Date.UTC(2026, 2, 2 + (day++ % 20))).toISOString().slice(0, 10);
      const assignee = routeOf.get(o.field) ?? null;
      const state = assignee ? 'assigned' : 'classified';
      let petitionerId: string | null = null;
      if (o.name) {
        petitionerId = newId();
        await insertPetitionerRow(trx, {
          id: petitionerId,
          unit_id: unitId,
          full_name: o.name,
          village_id: villageId,
          phone: o.phone ?? null,
          email: null,
          answer_preference: o.phone ? 'phone' : 'letter',
          created_at: at,
          updated_at: at,
        });
        if (o.phone)
          await insertPetitionerConsent(trx, {
            id: newId(),
            petitioner_id: petitionerId,
            purpose: 'contact-about-answer',
            granted: 1,
            recorded_by: userId,
            recorded_at: at,
          });
      }
      await insertMatter(trx, {
        id,
        unit_id: unitId,
        village_id: villageId,
        content: o.text,
        field: o.field,
        field_confirmed_by: userId,
        field_confirmed_at: at,
        suggestions: JSON.stringify(classify(model, o.text)),
        state,
        source: o.source,
        source_organisation_id: null,
        received_on: receivedOn,
        assignee_person_id: assignee,
        prepare_by: null,
        merged_into_id: null,
        answer: null,
        search_folded: foldVietnamese(`${o.text} ${o.name ?? ''}`),
        version: 0,
        created_by: userId,
        created_at: at,
        updated_at: at,
      });
      await insertRaising(trx, {
        id: newId(),
        matter_id: id,
        petitioner_id: petitionerId,
        source: o.source,
        source_organisation_id: null,
        received_on: receivedOn,
        created_by: userId,
        created_at: at,
      });
      await insertStateChange(trx, {
        id: newId(),
        matter_id: id,
        from_state: null,
        to_state: state,
        at,
        actor_user_id: userId,
        reason: 'Dữ liệu mẫu / demo data',
        detail: '{}',
      });
    }
  });
}
