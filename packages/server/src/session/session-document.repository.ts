// Reads behind a session's documents (the minutes, the public notice, the conclusion notice): who
// raised a matter and from where, who handles it, the office's clerk, the plan a session carries
// out, the matters carried over.
import type { Q } from '../shared/query.js';

/** The first petitioner with a name on record who raised the matter, and their village. */
export async function firstNamedPetitioner(db: Q, matterId: string) {
  return db
    .selectFrom('raising')
    .innerJoin('petitioner as pe', 'pe.id', 'raising.petitioner_id')
    .leftJoin('unit as v', 'v.id', 'pe.village_id')
    .select(['pe.full_name', 'v.name as village'])
    .where('raising.matter_id', '=', matterId)
    .where('pe.full_name', 'is not', null)
    .orderBy('raising.created_at')
    .executeTakeFirst();
}

/** The name of the matter's own village, if it has one. */
export async function matterVillageName(db: Q, matterId: string): Promise<string | undefined> {
  const m = await db
    .selectFrom('matter')
    .innerJoin('unit as v', 'v.id', 'matter.village_id')
    .select('v.name')
    .where('matter.id', '=', matterId)
    .executeTakeFirst();
  return m?.name;
}

/** Who the session's conclusion named responsible for the matter, if it has an item for it. */
export async function conclusionResponsible(
  db: Q,
  sessionId: string,
  matterId: string,
): Promise<string | null | undefined> {
  const item = await db
    .selectFrom('conclusion_item')
    .select('responsible')
    .where('session_id', '=', sessionId)
    .where('matter_id', '=', matterId)
    .executeTakeFirst();
  return item?.responsible;
}

/** The person the matter is assigned to: name and position. */
export async function matterAssignee(db: Q, matterId: string) {
  return db
    .selectFrom('matter as m')
    .innerJoin('person as p', 'p.id', 'm.assignee_person_id')
    .select(['p.full_name', 'p.position'])
    .where('m.id', '=', matterId)
    .executeTakeFirst();
}

/** The unit's first clerk of the office (Công chức Văn phòng…), by when they were added. */
export async function officeClerk(db: Q, unitId: string) {
  return db
    .selectFrom('person')
    .select(['full_name', 'position'])
    .where('unit_id', '=', unitId)
    .where('position', 'like', 'Công chức Văn phòng%')
    .orderBy('created_at')
    .executeTakeFirst();
}

/** The number and date of the issued document of a plan. */
export async function planDocument(db: Q, planId: string) {
  return db
    .selectFrom('plan')
    .innerJoin('outgoing_document as d', 'd.id', 'plan.document_id')
    .select(['d.number_text', 'd.issued_on'])
    .where('plan.id', '=', planId)
    .executeTakeFirst();
}

/** The matters carried over at the session, in agenda order, with who they are assigned to. */
export async function carriedOverMatters(db: Q, sessionId: string) {
  return db
    .selectFrom('agenda_item as a')
    .innerJoin('matter as m', 'm.id', 'a.matter_id')
    .leftJoin('person as p', 'p.id', 'm.assignee_person_id')
    .select(['m.id', 'm.content', 'p.full_name', 'p.position'])
    .where('a.session_id', '=', sessionId)
    .where('a.outcome', '=', 'carried-over')
    .orderBy('a.position')
    .execute();
}
