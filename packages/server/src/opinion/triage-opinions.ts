// The triage view of a commune: classified matters with no route (to assign by hand),
// matters still waiting for a confirmed field, and likely duplicate pairs to merge (less those a
// clerk marked "not a duplicate", listed apart so the decision can be undone).
import { findDuplicatePairs, type Actor } from '@doithoai/core';
import type { Db } from '../db/open-database.js';
import { findUnit } from '../unit/unit.repository.js';
import { requireAccess } from '../unit/require-access.js';
import { dismissedPairs, pairKey } from './dismiss-duplicate.js';
import { openMatterCandidates } from './opinion-access.js';
import { summarise } from './opinion.repository.js';

export async function triageOpinions({ db }: { db: Db }, actor: Actor, unitId: string) {
  const unit = await findUnit(db.kysely, unitId);
  requireAccess(actor, 'opinion.update', unit && { unitPath: unit.path });
  const pick = async (state: string) =>
    (await db.kysely.selectFrom('matter').select('id').where('unit_id', '=', unitId).where('state', '=', state).orderBy('seq', 'desc').limit(200).execute()).map((r) => r.id);
  const dismissed = await dismissedPairs(db.kysely, unitId);
  const pairs = findDuplicatePairs(await openMatterCandidates(db.kysely, unitId), undefined, 50 + dismissed.size).filter((p) => !dismissed.has(pairKey(p.a, p.b))).slice(0, 50);
  const recent = await db.kysely.selectFrom('matter_pair_dismissal as d').innerJoin('matter as a', 'a.id', 'd.first_id').innerJoin('matter as b', 'b.id', 'd.second_id')
    .select(['d.id', 'd.at', 'a.content as a_content', 'b.content as b_content']).where('d.unit_id', '=', unitId).orderBy('d.at', 'desc').limit(20).execute();
  const pairIds = [...new Set(pairs.flatMap((p) => [p.a, p.b]))];
  const summaries = new Map((await summarise(db.kysely, pairIds)).map((s) => [s.id, s]));
  return {
    unrouted: await summarise(db.kysely, await pick('classified')),
    unclassified: await summarise(db.kysely, await pick('received')),
    duplicates: pairs.map((p) => ({ a: summaries.get(p.a)!, b: summaries.get(p.b)!, similarity: p.similarity, score: p.score })),
    notDuplicates: recent.map((d) => ({ id: d.id, at: d.at, a: d.a_content, b: d.b_content })),
  };
}
