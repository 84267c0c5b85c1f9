// The suggestion while a clerk types (or a question is spoken from the floor): the candidates the
// search index brought, best first, each with the words it shares with the text. When none
// reaches the threshold, the closest one or two above a lower bar may be shown as "possibly
// related": a paraphrase shares fewer words than a copy, and the clerk decides either way.
import {
  CONTEXT_GATE,
  explain,
  pairScore,
  sharedFeatures,
  SIMILARITY_THRESHOLD,
  weigh,
  type Weighed,
} from './compare.js';
import type { Span } from './features.js';
import { withText, type CorpusWeights } from './weights.js';
import type { PetitionFeatures } from './features.js';

export interface SimilarCandidate {
  id: string;
  features: PetitionFeatures;
  villageId: string | null;
  field: string | null;
  /**
   * The open matter this one was merged into, when it is a merged petition: each wording a clerk
   * merged into a matter is one more way that matter is written, so a new petition is compared
   * with all of them and the matter is suggested once, by its closest wording.
   */
  mergedInto?: string | null;
}

export interface SimilarMatch {
  id: string;
  similarity: number;
  score: number;
  sameVillage: boolean;
  sameField: boolean;
  /** The shared words as written in the candidate. */
  shared: string[];
  /** Where they stand in the candidate's text. */
  spans: Span[];
  /** Where they stand in the text typed. */
  mySpans: Span[];
  /** The merged petition whose wording matched, when not the matter's own (the spans are in its text). */
  via: string | null;
  /** Below the threshold: shown only because nothing reached it (`related` option). */
  related: boolean;
}

/**
 * The lower bar for "possibly related" (docs/PERFORMANCE.md, Similarity): where place, village
 * and field start to count (compare.ts), so every match shown has been weighed with them. A later
 * petition finds its concern's matter shown in about half of the blind set's cases instead of
 * 38.5 % at the threshold alone.
 */
export const RELATED_THRESHOLD = SIMILARITY_THRESHOLD * CONTEXT_GATE;

export function rankSimilar(
  text: PetitionFeatures,
  context: { villageId?: string | null; field?: string | null },
  candidates: readonly SimilarCandidate[],
  weights: CorpusWeights,
  options: { threshold?: number; limit?: number; related?: number } = {},
): SimilarMatch[] {
  const threshold = options.threshold ?? SIMILARITY_THRESHOLD;
  const related = options.related ?? 0;
  const bar = related > 0 ? Math.min(threshold, RELATED_THRESHOLD) : threshold;
  // The text typed counts in the corpus as the petitions it is compared with do.
  const all = withText(weights, text);
  const mine = weigh(text, all);
  const scored: {
    c: SimilarCandidate;
    w: Weighed;
    sim: number;
    score: number;
    sameVillage: boolean;
    sameField: boolean;
  }[] = [];
  for (const c of candidates) {
    const w = weigh(c.features, all);
    const sameVillage = !!context.villageId && c.villageId === context.villageId;
    const sameField = !!context.field && c.field === context.field;
    const { sim, score } = pairScore(mine, w, { sameVillage, sameField }, threshold);
    if (score >= bar) scored.push({ c, w, sim, score, sameVillage, sameField });
  }
  scored.sort((a, b) => b.score - a.score);
  // A matter once, by its closest wording.
  const seen = new Set<string>();
  const best = scored.filter(({ c }) => {
    const matter = c.mergedInto ?? c.id;
    if (seen.has(matter)) return false;
    seen.add(matter);
    return true;
  });
  const strong = best.filter((x) => x.score >= threshold);
  const shown = strong.length > 0 ? strong.slice(0, options.limit ?? 5) : best.slice(0, related);
  return shown.map(({ c, w, sim, score, sameVillage, sameField }) => {
    const features = sharedFeatures(w, mine);
    const theirs = explain(w, features);
    return {
      id: c.mergedInto ?? c.id,
      similarity: round(sim),
      score: round(score),
      sameVillage,
      sameField,
      shared: theirs.words,
      spans: theirs.spans,
      mySpans: explain(mine, features).spans,
      via: c.mergedInto ? c.id : null,
      related: score < threshold,
    };
  });
}

export const round = (x: number) => Math.round(x * 100) / 100;
