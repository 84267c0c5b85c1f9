// While the clerk types: the suggested fields (top 2 with confidence) and likely duplicates,
// same village and field first. Nothing is written.
import { can, rankDuplicates, type Actor } from '@doithoai/core';
import type { Db } from '../db/open-database.js';
import { findUnit } from '../unit/unit.repository.js';
import { requireAccess } from '../unit/require-access.js';
import { suggestFields } from './opinion-classifier.js';
import { openMatterCandidates } from './opinion-access.js';
import { summarise } from './opinion.repository.js';

export async function similarOpinions({ db }: { db: Db }, actor: Actor, unitId: string, input: { content: string; villageId?: string | null }) {
  const unit = await findUnit(db.kysely, unitId);
  requireAccess(actor, 'opinion.create', unit && { unitPath: unit.path });
  const suggestions = await suggestFields(db.kysely, unitId, input.content);
  // A collector may enter opinions without reading the commune's other matters.
  const mayRead = can(actor, 'opinion.read', { unitPath: unit!.path });
  const matches = !mayRead ? [] : rankDuplicates(input.content, { villageId: input.villageId, field: suggestions[0]?.field }, await openMatterCandidates(db.kysely, unitId));
  const s = await summarise(db.kysely, matches.map((m) => m.id));
  return { suggestions, duplicates: matches.map((m, i) => ({ ...s[i]!, similarity: m.similarity, score: m.score, sameVillage: m.sameVillage })) };
}
