// While the clerk types (or a question is spoken from the floor): the suggested fields (top 2
// with confidence) and the open matters most like the text, each with the words they share.
// Nothing is written.
import { can, type Actor } from '@doithoai/core';
import type { Db } from '../db/open-database.js';
import { findUnit } from '../unit/unit.repository.js';
import { requireAccess } from '../shared/require-access.js';
import { suggestFields } from './opinion-classifier.js';
import { summarise } from './opinion.repository.js';
import { findSimilarMatters } from './similarity-model.js';
import { viaWordings } from './similarity.repository.js';

export async function similarOpinions(
  { db }: { db: Db },
  actor: Actor,
  unitId: string,
  input: { content: string; villageId?: string | null },
) {
  const unit = await findUnit(db.kysely, unitId);
  requireAccess(actor, 'opinion.create', unit && { unitPath: unit.path });
  const suggestions = await suggestFields(db.kysely, unitId, input.content);
  // A collector may enter opinions without reading the commune's other matters.
  const mayRead = can(actor, 'opinion.read', { unitPath: unit!.path });
  const matches = !mayRead
    ? []
    : await findSimilarMatters(db.kysely, db.dialect, unit!, input.content, {
        villageId: input.villageId,
        field: suggestions[0]?.field,
        // Nothing alike: the closest two, if close enough, are worth a look (rank.ts).
        related: 2,
      });
  const s = await summarise(
    db.kysely,
    matches.map((m) => m.id),
  );
  const via = await viaWordings(db.kysely, matches);
  return {
    suggestions,
    // `via`: the wording merged into the matter that matched; the spans stand in its text.
    duplicates: matches.map((m, i) => ({
      ...s[i]!,
      similarity: m.similarity,
      score: m.score,
      sameVillage: m.sameVillage,
      sameField: m.sameField,
      shared: m.shared,
      spans: m.spans,
      mySpans: m.mySpans,
      via: via[i]!,
      related: m.related,
    })),
  };
}
