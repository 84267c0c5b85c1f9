// Measures an engine on an evaluation set: precision and recall of the duplicate pairs (two
// petitions of one group are a pair; of two groups, not), the clusters' pairs, the near-misses
// written on purpose, and the classifier's top-1/top-2 with each group left out of its training.
// Pure; the evaluation test prints these figures and holds them to the floor.
import { classify, trainClassifier, type LabelledText } from '../classifier.js';
import {
  findDuplicatePairsJaccard,
  jaccard,
  JACCARD_THRESHOLD,
  similarityFeatures,
} from '../duplicates-jaccard.js';
import { clusterPetitions } from './cluster.js';
import { pairScore, SIMILARITY_THRESHOLD, weigh, type Weighed } from './compare.js';
import { RELATED_THRESHOLD } from './rank.js';
import type { EvalPetition, EvalSet } from './eval-types.js';
import { featureList, petitionFeatures } from './features.js';
import { compileLexicon } from './lexicon.js';
import { addWeights, backgroundWeights, corpusWeights } from './weights.js';

export interface PairFigures {
  positives: number;
  suggested: number;
  correct: number;
  precision: number;
  recall: number;
  /** Near-miss pairs (of the hard-negative groups) wrongly suggested, of all such pairs. */
  nearMissesSuggested: number;
  nearMisses: number;
  /** Recall per style of the later petition of a pair ('no-accents', 'abbreviated'…). */
  recallByStyle: Record<string, { found: number; of: number }>;
  /** The pairs missed and wrongly suggested, for a person reading a failure. */
  missed: string[];
  wrong: string[];
}

type Flat = EvalPetition & { group: string; field: string };

const flatten = (set: EvalSet): Flat[] =>
  set.groups.flatMap((g) => g.petitions.map((p) => ({ ...p, group: g.id, field: g.field })));

/** Scores every pair with `decide` and counts. */
export function evaluatePairs(
  set: EvalSet,
  decide: (a: Flat, b: Flat, i: number, j: number) => boolean,
): PairFigures {
  const all = flatten(set);
  const near = new Set(set.hardNegatives.flatMap(([a, b]) => [`${a}|${b}`, `${b}|${a}`]));
  const f: PairFigures = {
    positives: 0,
    suggested: 0,
    correct: 0,
    precision: 0,
    recall: 0,
    nearMissesSuggested: 0,
    nearMisses: 0,
    recallByStyle: {},
    missed: [],
    wrong: [],
  };
  for (let i = 0; i < all.length; i++)
    for (let j = i + 1; j < all.length; j++) {
      const a = all[i]!,
        b = all[j]!;
      const same = a.group === b.group;
      const yes = decide(a, b, i, j);
      const isNear = near.has(`${a.group}|${b.group}`);
      if (isNear) {
        f.nearMisses++;
        if (yes) f.nearMissesSuggested++;
      }
      if (same) {
        f.positives++;
        const style = b.style === 'plain' ? a.style : b.style;
        const s = (f.recallByStyle[style] ??= { found: 0, of: 0 });
        s.of++;
        if (yes) s.found++;
        else f.missed.push(`${a.id} ~ ${b.id}: ${a.text.slice(0, 60)} | ${b.text.slice(0, 60)}`);
      }
      if (yes) {
        f.suggested++;
        if (same) f.correct++;
        else f.wrong.push(`${a.id} ≠ ${b.id}: ${a.text.slice(0, 60)} | ${b.text.slice(0, 60)}`);
      }
    }
  f.precision = f.suggested ? f.correct / f.suggested : 1;
  f.recall = f.positives ? f.correct / f.positives : 1;
  return f;
}

/** The engine as the product runs it: the set's places and villages in the table, weights from the set as the unit's corpus. */
export function engineScores(set: EvalSet) {
  const lexicon = compileLexicon(
    set.places.map((p) => ({ kind: 'place' as const, canonical: p, variants: [] })),
    set.villages.map((v) => v.name),
  );
  const all = flatten(set);
  const features = all.map((p) => petitionFeatures(p.text, lexicon));
  const weights = addWeights(corpusWeights(features), backgroundWeights(lexicon));
  const weighed: Weighed[] = features.map((x) => weigh(x, weights));
  return {
    all,
    features,
    weights,
    lexicon,
    score: (i: number, j: number) =>
      pairScore(weighed[i]!, weighed[j]!, {
        sameVillage: !!all[i]!.village && all[i]!.village === all[j]!.village,
        sameField: false,
      }).score,
  };
}

/** The new engine's pairs at a threshold (the shipped one by default). */
export function evaluateEngine(set: EvalSet, threshold = SIMILARITY_THRESHOLD): PairFigures {
  const e = engineScores(set);
  return evaluatePairs(set, (_a, _b, i, j) => e.score(i, j) >= threshold);
}

/** The pairs inside the clusters the triage view would show. */
export function evaluateClusters(set: EvalSet): PairFigures {
  const e = engineScores(set);
  const clusters = clusterPetitions(
    e.all.map((p, i) => ({
      id: p.id,
      features: e.features[i]!,
      villageId: p.village,
      field: null,
    })),
    e.weights,
  );
  const clusterOf = new Map<string, string>();
  for (const c of clusters) for (const m of c.members) clusterOf.set(m.id, c.key);
  return evaluatePairs(
    set,
    (a, b) => clusterOf.has(a.id) && clusterOf.get(a.id) === clusterOf.get(b.id),
  );
}

/** Today's engine before this one: Jaccard over folded syllables at its own threshold. */
export function evaluateJaccard(set: EvalSet): PairFigures {
  const feats = flatten(set).map((p) => similarityFeatures(p.text));
  return evaluatePairs(set, (_a, _b, i, j) => jaccard(feats[i]!, feats[j]!) >= JACCARD_THRESHOLD);
}

/** Today's triage pair finder, for the clusters' comparison. */
export function evaluateJaccardTriage(set: EvalSet): PairFigures {
  const all = flatten(set);
  const pairs = new Set(
    findDuplicatePairsJaccard(
      all.map((p) => ({ id: p.id, content: p.text, villageId: p.village, field: null })),
      undefined,
      100_000,
    ).map((p) => `${p.a}|${p.b}`),
  );
  return evaluatePairs(set, (a, b) => pairs.has(`${a.id}|${b.id}`) || pairs.has(`${b.id}|${a.id}`));
}

export interface ClassifierFigures {
  top1: number;
  top2: number;
  n: number;
  misses: string[];
}

/**
 * The classifier on the set, each group left out of its own training (so no paraphrase of a
 * petition is learnt from): trained on `extra` (the demo's confirmed opinions, say) and the other
 * groups, as a commune's model learns from its clerk's confirmed fields.
 */
export function evaluateClassifier(
  set: EvalSet,
  extra: readonly LabelledText[] = [],
): ClassifierFigures {
  let top1 = 0,
    top2 = 0,
    n = 0;
  const misses: string[] = [];
  const features = keptFeatures();
  for (const g of set.groups) {
    const training = [
      ...extra,
      ...set.groups
        .filter((o) => o.id !== g.id)
        .flatMap((o) => o.petitions.map((p) => ({ text: p.text, field: o.field }))),
    ];
    const model = trainClassifier(training, undefined, features);
    for (const p of g.petitions) {
      n++;
      const [a, b] = classify(model, p.text);
      if (a?.field === g.field) top1++;
      else misses.push(`${p.id} ${g.field} → ${a?.field}/${b?.field}: ${p.text.slice(0, 70)}`);
      if (a?.field === g.field || b?.field === g.field) top2++;
    }
  }
  return { top1: top1 / n, top2: top2 / n, n, misses };
}

/**
 * The classifier on a concern raised before: each petition left out of its own training, its
 * group's other petitions kept (a commune whose clerk confirmed the fields of earlier petitions
 * about the same dam or the same road), with `extra` as above.
 */
export function evaluateClassifierRecurring(
  set: EvalSet,
  extra: readonly LabelledText[] = [],
): ClassifierFigures {
  const all = flatten(set);
  let top1 = 0,
    top2 = 0;
  const misses: string[] = [];
  const features = keptFeatures();
  for (const p of all) {
    const model = trainClassifier(
      [
        ...extra,
        ...all.filter((o) => o.id !== p.id).map((o) => ({ text: o.text, field: o.field })),
      ],
      undefined,
      features,
    );
    const [a, b] = classify(model, p.text);
    if (a?.field === p.field) top1++;
    else misses.push(`${p.id} ${p.field} → ${a?.field}/${b?.field}: ${p.text.slice(0, 70)}`);
    if (a?.field === p.field || b?.field === p.field) top2++;
  }
  return { top1: top1 / all.length, top2: top2 / all.length, n: all.length, misses };
}

/** featureList, each text's worked out once (a model is trained per petition or group). */
function keptFeatures(): (text: string) => readonly string[] {
  const kept = new Map<string, readonly string[]>();
  return (text) => kept.get(text) ?? kept.set(text, featureList(text)).get(text)!;
}

export interface ConcernFigures {
  found: number;
  of: number;
  wrong: number;
  recall: number;
  precision: number;
}

/**
 * The suggestion in a commune whose clerk merges as petitions come: each group's petitions arrive
 * in order, the earlier ones already merged into one matter, every other group already one matter
 * of all its petitions. A later petition finds its concern when its best wording (rank.ts: every
 * wording merged into a matter counts) reaches the threshold; a wrong suggestion is another
 * concern's matter reaching it.
 */
export function evaluateMergedConcerns(
  set: EvalSet,
  threshold = SIMILARITY_THRESHOLD,
  related = 0,
): ConcernFigures {
  const e = engineScores(set);
  const byGroup = new Map<string, number[]>();
  e.all.forEach((p, i) => byGroup.set(p.group, [...(byGroup.get(p.group) ?? []), i]));
  let found = 0,
    of = 0,
    wrong = 0;
  for (const [group, members] of byGroup) {
    for (let k = 1; k < members.length; k++) {
      const p = members[k]!;
      of++;
      // Each matter by its closest wording; the earlier petitions of this concern are its matter.
      const matters = [...byGroup].map(([g, ms]) => ({
        g,
        s: Math.max(...(g === group ? ms.slice(0, k) : ms).map((m) => e.score(p, m))),
      }));
      const strong = matters.filter((m) => m.s >= threshold);
      // As rank.ts: nothing alike, then the closest `related` above the lower bar.
      const shown =
        strong.length > 0
          ? strong
          : matters
              .filter((m) => m.s >= Math.min(threshold, RELATED_THRESHOLD))
              .sort((a, b) => b.s - a.s)
              .slice(0, related);
      if (shown.some((m) => m.g === group)) found++;
      wrong += shown.filter((m) => m.g !== group).length;
    }
  }
  return {
    found,
    of,
    wrong,
    recall: of ? found / of : 1,
    precision: found + wrong ? found / (found + wrong) : 1,
  };
}

/**
 * The form of the goal: the most pairs found at any threshold where at least `precision`
 * of those suggested are right, and that threshold (to compare engines, not to ship: the shipped
 * threshold is one for every commune).
 */
export function recallAtPrecision(
  set: EvalSet,
  precision = 0.9,
): { recall: number; threshold: number } {
  const e = engineScores(set);
  const rows: { s: number; same: boolean }[] = [];
  for (let i = 0; i < e.all.length; i++)
    for (let j = i + 1; j < e.all.length; j++)
      rows.push({ s: e.score(i, j), same: e.all[i]!.group === e.all[j]!.group });
  rows.sort((a, b) => b.s - a.s);
  const positives = rows.filter((r) => r.same).length;
  let tp = 0,
    fp = 0,
    best = { recall: 0, threshold: 1 };
  for (let k = 0; k < rows.length; k++) {
    if (rows[k]!.same) tp++;
    else fp++;
    // Only where the next score is lower: a threshold takes every pair of one score or none.
    if (k + 1 < rows.length && rows[k + 1]!.s === rows[k]!.s) continue;
    if (tp / (tp + fp) >= precision && tp / positives > best.recall)
      best = { recall: tp / positives, threshold: rows[k]!.s };
  }
  return best;
}
