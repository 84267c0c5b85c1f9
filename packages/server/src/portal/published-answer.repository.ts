// Reads behind the published answers (published-answers.ts): the answers a unit published, the
// petitioners of their matters (and of the matters merged into them), and the questions their
// senders did not agree to publish. Each read of ids takes one batch (at most a few hundred).
import type { Q } from '../shared/query.js';

/**
 * The unit's published answers, newest first (the `newest` most); with `sessionId`, only of the
 * matters on that session's agenda or in its conclusion.
 */
export async function publishedAnswerRows(
  db: Q,
  unitId: string,
  newest: number,
  sessionId?: string,
) {
  let q = db
    .selectFrom('matter_answer')
    .innerJoin('matter', 'matter.id', 'matter_answer.matter_id')
    .select([
      'matter_answer.matter_id',
      'matter_answer.text',
      'matter_answer.official_name',
      'matter_answer.published_at',
      'matter.content',
    ])
    .where('matter_answer.unit_id', '=', unitId)
    .where('matter_answer.published_at', 'is not', null);
  if (sessionId) {
    q = q.where((eb) =>
      eb.or([
        eb(
          'matter_answer.matter_id',
          'in',
          eb
            .selectFrom('agenda_item')
            .select('matter_id')
            .where('session_id', '=', sessionId)
            .where('matter_id', 'is not', null) as never,
        ),
        eb(
          'matter_answer.matter_id',
          'in',
          eb
            .selectFrom('conclusion_item')
            .select('matter_id')
            .where('session_id', '=', sessionId) as never,
        ),
      ]),
    );
  }
  return q.orderBy('matter_answer.published_at', 'desc').limit(newest).execute();
}

/** Who raised the matters or a matter merged into one of them, with their villages, oldest first. */
export async function raisersOf(db: Q, matterIds: readonly string[]) {
  return db
    .selectFrom('raising')
    .innerJoin('matter', 'matter.id', 'raising.matter_id')
    .innerJoin('petitioner', 'petitioner.id', 'raising.petitioner_id')
    .leftJoin('unit as v', 'v.id', 'petitioner.village_id')
    .select([
      'matter.id',
      'matter.merged_into_id',
      'petitioner.full_name',
      'v.name as village_name',
    ])
    .where((eb) =>
      eb.or([eb('matter.id', 'in', matterIds), eb('matter.merged_into_id', 'in', matterIds)]),
    )
    .orderBy('raising.created_at')
    .execute();
}

/** Of the matters, those sent on the portal by someone who refused to have the question published. */
export async function questionsNotToPublish(db: Q, matterIds: readonly string[]) {
  const rows = await db
    .selectFrom('portal_consent')
    .innerJoin('portal_submission', 'portal_submission.id', 'portal_consent.submission_id')
    .select('portal_submission.matter_id')
    .where('portal_submission.matter_id', 'in', matterIds)
    .where('portal_consent.purpose', '=', 'publish-question-anonymous')
    .where('portal_consent.granted', '=', 0)
    .execute();
  return rows.map((r) => r.matter_id);
}
