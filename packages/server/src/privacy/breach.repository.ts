// The audit entries a breach listing reads (breach.ts), and who a letter was written to.
import { sql } from 'kysely';
import type { Q } from '../shared/query.js';

/** Audit entries in [from, to], by the users, on the entities, in units under the paths; by seq. */
export async function auditEventsBetween(
  db: Q,
  q: { from: string; to: string; userIds?: string[]; tables?: string[]; underPaths?: string[] },
) {
  let e = db
    .selectFrom('audit_event as a')
    .leftJoin('unit as u', 'u.id', 'a.unit_id')
    .select([
      'a.seq',
      'a.at',
      'a.action',
      'a.actor_user_id',
      'a.entity',
      'a.entity_id',
      'a.unit_id',
      'a.detail',
    ])
    .where('a.at', '>=', q.from)
    .where('a.at', '<=', q.to);
  if (q.userIds?.length) e = e.where('a.actor_user_id', 'in', q.userIds);
  if (q.tables?.length) e = e.where('a.entity', 'in', q.tables);
  if (q.underPaths) {
    const paths = q.underPaths;
    e = e.where((eb) =>
      eb.or([...paths.map((p) => eb('u.path', 'like', `${p}%`)), sql<boolean>`1 = 0`]),
    );
  }
  return e.orderBy('a.seq').execute();
}

/** The petitioners an answer letter (an issued document) was written to. */
export async function letterPetitionerIds(db: Q, documentId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('answer_letter')
    .select('petitioner_id')
    .where('document_id', '=', documentId)
    .execute();
  return rows.map((r) => r.petitioner_id);
}
