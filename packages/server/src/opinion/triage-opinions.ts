// The triage view of a commune: the open matters grouped into clusters that raise one concern
// (merged by the clerk in one step, never automatically; pairs marked "not the same" never join a
// cluster), matters still waiting for a confirmed field, classified matters with no route (to
// assign by hand), and the recent "not the same" decisions, listed so they can be undone.
// Clusters are computed over a window of the newest open matters, so the view costs the same at
// 5,000 open matters as at 50,000; older ones are reached by moving the window (`before`). A
// matter joins a cluster through any petition the clerk merged into it.
import {
  clusterPetitions,
  explainGroup,
  petitionFeatures,
  weigh,
  type Actor,
  type PetitionCluster,
} from '@doithoai/core';
import type { Db } from '../db/open-database.js';
import { findUnit } from '../unit/unit.repository.js';
import { requireAccess } from '../shared/require-access.js';
import { dismissedPairs, recentDismissals } from './pair-dismissal.repository.js';
import { summarise } from './opinion.repository.js';
import { matterFeatures, similarityModel } from './similarity-model.js';
import {
  mergedWordings,
  newestInState,
  openMatterWindow,
  triageSignature,
  type OpenMatterText,
} from './similarity.repository.js';

/** Open matters grouped at once. */
export const TRIAGE_WINDOW = 5000;

export interface TriageOptions {
  offset?: number;
  limit?: number;
  before?: number | null;
}

interface Grouped {
  signature: string;
  clusters: PetitionCluster[];
  rows: Map<string, OpenMatterText>;
  matters: number;
  olderBefore: number | null;
  /** Each cluster shown once, explained (its members' full features): a page read again costs no features. */
  explained: Map<string, PetitionCluster>;
}
const kept = new WeakMap<object, Map<string, Grouped>>();

export async function triageOpinions(
  { db }: { db: Db },
  actor: Actor,
  unitId: string,
  options: TriageOptions = {},
) {
  const unit = await findUnit(db.kysely, unitId);
  requireAccess(actor, 'opinion.update', unit && { unitPath: unit.path });
  const offset = options.offset ?? 0;
  const limit = options.limit ?? 20;
  const model = await similarityModel(db.kysely, unit!);
  const before = options.before ?? null;
  // The clusters are kept until the window's matters, the "not the same" decisions, the table or
  // the weights change: paging and coming back cost the reads, not the grouping.
  const signature = `${await triageSignature(db.kysely, unitId, before)}|${model.lexKey}|${model.at}`;
  const owner = (
    'getExecutor' in db.kysely ? db.kysely.getExecutor().adapter : db.kysely
  ) as object;
  let perOwner = kept.get(owner);
  if (!perOwner) kept.set(owner, (perOwner = new Map()));
  const place = `${unitId}|${before ?? ''}`;
  let grouped = perOwner.get(place);
  if (grouped?.signature !== signature) {
    const window = await openMatterWindow(db.kysely, unitId, before, TRIAGE_WINDOW + 1);
    const rows = window.slice(0, TRIAGE_WINDOW);
    const dismissed = await dismissedPairs(db.kysely, unitId);
    // A matter the clerk merged petitions into is found through any of its wordings.
    const merged = await mergedWordings(
      db.kysely,
      rows.map((r) => r.id),
    );
    const items = rows.map((r) => ({
      id: r.id,
      features: matterFeatures(db.kysely, model, r),
      villageId: r.village_id,
      field: r.field,
      wordings: (merged.get(r.id) ?? []).map((m) => matterFeatures(db.kysely, model, m)),
    }));
    const clusters = clusterPetitions(items, model.weights, { dismissed, explain: false });
    grouped = {
      signature,
      clusters,
      rows: new Map(rows.map((r) => [r.id, r])),
      matters: rows.length,
      olderBefore: window.length > TRIAGE_WINDOW ? rows[rows.length - 1]!.seq : null,
      explained: new Map(),
    };
    if (perOwner.size >= 8) perOwner.delete(perOwner.keys().next().value!);
    perOwner.set(place, grouped);
  }
  const { clusters, rows: byId, explained } = grouped;
  const page = clusters.slice(offset, offset + limit).map((c) => {
    let done = explained.get(c.key);
    if (!done) {
      // Explained from the members' full features: the words they share and where each stands.
      const shown = explainGroup(
        c.members.map((m) =>
          weigh(petitionFeatures(byId.get(m.id)!.content, model.lexicon), model.weights),
        ),
        0,
      );
      explained.set(
        c.key,
        (done = {
          ...c,
          shared: shown.shared,
          members: c.members.map((m, k) => ({ ...m, spans: shown.spans[k]! })),
        }),
      );
    }
    return done;
  });
  const summaries = new Map(
    (
      await summarise(
        db.kysely,
        page.flatMap((c) => c.members.map((m) => m.id)),
      )
    ).map((s) => [s.id, s]),
  );

  const pick = (state: string) => newestInState(db.kysely, unitId, state, 200);
  const recent = await recentDismissals(db.kysely, unitId, 20);
  return {
    clusters: page.map((c) => ({
      key: c.key,
      size: c.members.length,
      title: c.shared.join(' · '),
      shared: c.shared,
      targetId: c.targetId,
      members: c.members.map((m) => ({ ...summaries.get(m.id)!, score: m.score, spans: m.spans })),
    })),
    clustersTotal: clusters.length,
    window: { matters: grouped.matters, olderBefore: grouped.olderBefore },
    unrouted: await summarise(db.kysely, await pick('classified')),
    unclassified: await summarise(db.kysely, await pick('received')),
    notDuplicates: recent.map((d) => ({ id: d.id, at: d.at, a: d.a_content, b: d.b_content })),
  };
}
