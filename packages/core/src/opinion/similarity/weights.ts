// How much a feature says, learnt from the unit's own petitions: a word every petition uses
// ("đường", "hỗ trợ") counts little, a rare one ("gỗ", "Khe Lau") much (inverse document
// frequency). A small commune's corpus is topped up with a built-in background of petitions, so a
// new office gets sensible weights on its first day. Places weigh more; a bare number less.
import { labelledPetitions } from '../classifier.labelled.js';
import { demoOpinions } from '../demo-examples.js';
import { isBigram, isPlaceFeature, petitionFeatures, type PetitionFeatures } from './features.js';
import type { CompiledLexicon } from './lexicon.js';

export interface CorpusWeights {
  /** Documents counted. */
  n: number;
  df: { get(feature: string): number | undefined };
}

/** Counts the documents each feature appears in. */
export function corpusWeights(
  docs: Iterable<PetitionFeatures>,
): CorpusWeights & { df: Map<string, number> } {
  const df = new Map<string, number>();
  let n = 0;
  for (const d of docs) {
    n++;
    for (const f of d.features.keys()) df.set(f, (df.get(f) ?? 0) + 1);
  }
  return { n, df };
}

/** Two corpora counted as one (the unit's and the background). */
export function addWeights(
  a: { n: number; df: ReadonlyMap<string, number> },
  b: { n: number; df: ReadonlyMap<string, number> },
): CorpusWeights & { df: ReadonlyMap<string, number> } {
  const df = new Map(a.df);
  for (const [f, k] of b.df) df.set(f, (df.get(f) ?? 0) + k);
  return { n: a.n + b.n, df };
}

/** The weights with one more text counted (a text typed, compared with the corpus it is not in yet). */
export function withText(w: CorpusWeights, p: PetitionFeatures): CorpusWeights {
  return { n: w.n + 1, df: { get: (f) => (w.df.get(f) ?? 0) + (p.features.has(f) ? 1 : 0) } };
}

const backgrounds = new WeakMap<
  CompiledLexicon,
  CorpusWeights & { df: ReadonlyMap<string, number> }
>();
/** The built-in background (the demo's and the labelled petitions), under a lexicon. */
export function backgroundWeights(
  lexicon: CompiledLexicon,
): CorpusWeights & { df: ReadonlyMap<string, number> } {
  let w = backgrounds.get(lexicon);
  if (!w) {
    w = corpusWeights(
      [...demoOpinions.map((d) => d.text), ...labelledPetitions.map((d) => d.text)].map((t) =>
        petitionFeatures(t, lexicon),
      ),
    );
    backgrounds.set(lexicon, w);
  }
  return w;
}

const PLACE_WEIGHT = 1.6;
const NUMBER_WEIGHT = 0.5;
const UNIQUE_WEIGHT = 0.35;

/** The weight of one feature: its inverse document frequency, times its kind's factor. */
export function featureWeight(w: CorpusWeights, f: string): number {
  const df = w.df.get(f) ?? 0;
  const idf = Math.log((w.n + 1) / (df + 0.5));
  // A feature no other petition has cannot show a duplicate; at full weight it would only drown
  // what a text shares with another (a long petition's one-off word pairs).
  const base = Math.max(0.05, idf) * (df <= 1 ? UNIQUE_WEIGHT : 1);
  if (isPlaceFeature(f)) return base * PLACE_WEIGHT;
  if (!isBigram(f) && /^\d/.test(f)) return base * NUMBER_WEIGHT;
  return base;
}
