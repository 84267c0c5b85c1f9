// Two petitions compared: the cosine of their weighted topic words, and what they share, to show.
// A place both name, the village and the field lift a pair that the words already bring close;
// they never make one alone ("đường thôn 7 sạt lở" and "đèn đường thôn 7 hỏng" share a place,
// not a concern). Two petitions that name different places are pushed apart a little.
import {
  isBigram,
  isPlaceFeature,
  isProblemFeature,
  type FeatureInfo,
  type PetitionFeatures,
  type Span,
} from './features.js';
import { featureWeight, type CorpusWeights } from './weights.js';

/** The score from which two petitions are suggested as the same concern (docs/PERFORMANCE.md, Similarity). */
export const SIMILARITY_THRESHOLD = 0.35;
/** Context counts only for a pair whose words reach this share of the threshold. */
export const CONTEXT_GATE = 0.6;
const SAME_VILLAGE = 0.05;
const SAME_FIELD = 0.03;
const SAME_PLACE = 0.12;
/** Each says what is wrong, and nothing wrong in common. */
const OTHER_PROBLEMS = 0.6;
/** Both name what is wrong, and no class of one is, holds or is held by a class of the other. */
export function problemsApart(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const x of a) if (b.has(x) || nests(x, b)) return false;
  return true;
}
/** One class holds the other ("!thieu", a lack, holds "!thieu-nuoc", a lack of water). */
const nests = (x: string, b: ReadonlySet<string>) => {
  for (const y of b) if (x.startsWith(`${y}-`) || y.startsWith(`${x}-`)) return true;
  return false;
};
const OTHER_PLACES = 0.08;
/** Both typed with accents, the same folded word written with other accents ("điện", "diện"). */
const OTHER_ACCENTS = 0.3;

/** A petition ready to compare: its features, their weights and its norm. */
export interface Weighed {
  p: PetitionFeatures;
  /** The topic's features (places apart) and their weights. */
  weights: Map<string, number>;
  norm: number;
  /** The places it names ('@key'). */
  places: Set<string>;
  /** What it says is wrong ('!sat-lo'). */
  problems: Set<string>;
}

export function weigh(p: PetitionFeatures, w: CorpusWeights): Weighed {
  const weights = new Map<string, number>();
  const places = new Set<string>();
  const problems = new Set<string>();
  let sq = 0;
  for (const f of p.features.keys()) {
    if (isPlaceFeature(f)) {
      places.add(f);
      continue;
    }
    if (isProblemFeature(f)) {
      problems.add(f);
      continue;
    }
    const x = featureWeight(w, f);
    weights.set(f, x);
    sq += x * x;
  }
  return { p, weights, norm: Math.sqrt(sq), places, problems };
}

const accentFactor = (a: Weighed, b: Weighed, ia: FeatureInfo, ib: FeatureInfo) =>
  a.p.accented &&
  b.p.accented &&
  ia.surface !== null &&
  ib.surface !== null &&
  ia.surface !== ib.surface
    ? OTHER_ACCENTS
    : 1;

/** Cosine similarity in [0, 1]. */
export function similarity(a: Weighed, b: Weighed): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [f, x] of small.weights) {
    const y = large.weights.get(f);
    if (y === undefined) continue;
    dot += x * y * accentFactor(small, large, small.p.features.get(f)!, large.p.features.get(f)!);
  }
  return dot / (a.norm * b.norm);
}

export interface PairContext {
  sameVillage: boolean;
  sameField: boolean;
}

/** Whether two petitions name a place in common, or each names places and none in common. */
export function placeRelation(a: Weighed, b: Weighed): 'same' | 'other' | 'none' {
  if (a.places.size === 0 || b.places.size === 0) return 'none';
  for (const p of a.places) if (b.places.has(p)) return 'same';
  return 'other';
}

/** The similarity lifted by place, village and field when the words already say much. */
export function contextScore(
  sim: number,
  ctx: PairContext & { places?: 'same' | 'other' | 'none' },
  threshold = SIMILARITY_THRESHOLD,
): number {
  if (sim < threshold * CONTEXT_GATE) return sim;
  const place = ctx.places === 'same' ? SAME_PLACE : ctx.places === 'other' ? -OTHER_PLACES : 0;
  return sim + place + (ctx.sameVillage ? SAME_VILLAGE : 0) + (ctx.sameField ? SAME_FIELD : 0);
}

/** The score of a pair: topic similarity with its context. */
export function pairScore(
  a: Weighed,
  b: Weighed,
  ctx: PairContext,
  threshold = SIMILARITY_THRESHOLD,
): { sim: number; score: number } {
  return withContext(similarity(a, b), a, b, ctx, threshold);
}

/** A topic similarity (however computed) with what is wrong, place, village and field. */
export function withContext(
  topic: number,
  a: Weighed,
  b: Weighed,
  ctx: PairContext,
  threshold = SIMILARITY_THRESHOLD,
): { sim: number; score: number } {
  const sim = topic * (problemsApart(a.problems, b.problems) ? OTHER_PROBLEMS : 1);
  // Below the gate nothing else counts: no need to look at places.
  if (sim < threshold * CONTEXT_GATE) return { sim, score: sim };
  return {
    sim,
    score: contextScore(
      sim,
      { sameVillage: ctx.sameVillage, sameField: ctx.sameField, places: placeRelation(a, b) },
      threshold,
    ),
  };
}

/**
 * Many petitions compared with each other (the triage view): each one's features as sorted
 * numbers, so a pair is one merge of two short arrays instead of a map look-up per feature. The
 * same cosine as `similarity`.
 */
export function packed(items: readonly Weighed[]): (i: number, j: number) => number {
  const ids = new Map<string, number>();
  const packs = items.map((w) => {
    const rows = [...w.weights]
      .map(([f, x]) => {
        let id = ids.get(f);
        if (id === undefined) ids.set(f, (id = ids.size));
        return { id, x, surface: w.p.features.get(f)!.surface };
      })
      .sort((m, n) => m.id - n.id);
    return {
      ids: Int32Array.from(rows, (r) => r.id),
      xs: Float64Array.from(rows, (r) => r.x),
      surfaces: rows.map((r) => r.surface),
      accented: w.p.accented,
      norm: w.norm,
    };
  });
  return (i, j) => {
    const a = packs[i]!,
      b = packs[j]!;
    if (a.norm === 0 || b.norm === 0) return 0;
    const both = a.accented && b.accented;
    let dot = 0;
    for (let p = 0, q = 0; p < a.ids.length && q < b.ids.length;) {
      const d = a.ids[p]! - b.ids[q]!;
      if (d < 0) p++;
      else if (d > 0) q++;
      else {
        const sa = a.surfaces[p],
          sb = b.surfaces[q];
        dot +=
          a.xs[p]! *
          b.xs[q]! *
          (both && sa !== null && sb !== null && sa !== sb ? OTHER_ACCENTS : 1);
        p++;
        q++;
      }
    }
    return dot / (a.norm * b.norm);
  };
}

export interface Shared {
  /** The shared words as written in the text, most telling first. */
  words: string[];
  /** Where they stand in the text. */
  spans: Span[];
}

/** The features both share that say something (not the weakest), most telling first. */
export function sharedFeatures(a: Weighed, b: Weighed): string[] {
  const out: [string, number][] = [];
  for (const [f, x] of a.weights)
    if (b.weights.has(f) && accentFactor(a, b, a.p.features.get(f)!, b.p.features.get(f)!) === 1)
      out.push([f, x]);
  out.sort((x, y) => y[1] - x[1]);
  const top = out[0]?.[1] ?? 0;
  const places = [...a.places].filter((p) => b.places.has(p));
  return [...places, ...out.filter(([, x]) => x >= top * 0.25).map(([f]) => f)];
}

/** Where the features stand in one text, as merged spans, and those spans' words. */
export function explain(t: Weighed, features: readonly string[]): Shared {
  const raw: { span: Span; rank: number }[] = [];
  // Words and places, not word pairs: a pair's span reaches over the punctuation or filler between its words.
  features.forEach((f, rank) => {
    if (!isBigram(f)) for (const s of t.p.features.get(f)?.spans ?? []) raw.push({ span: s, rank });
  });
  raw.sort((x, y) => x.span[0] - y.span[0] || y.span[1] - x.span[1]);
  const merged: { span: Span; rank: number }[] = [];
  for (const r of raw) {
    const last = merged[merged.length - 1];
    // Touching or separated by spaces only: one phrase ("đập" + "Khe Lau").
    if (
      last &&
      (r.span[0] <= last.span[1] || /^\s+$/.test(t.p.text.slice(last.span[1], r.span[0])))
    ) {
      last.span = [last.span[0], Math.max(last.span[1], r.span[1])];
      last.rank = Math.min(last.rank, r.rank);
    } else merged.push({ span: [...r.span], rank: r.rank });
  }
  const words: string[] = [];
  const seen = new Set<string>();
  for (const m of [...merged].sort((x, y) => x.rank - y.rank)) {
    // A phrase for a person to read at a glance: at most five words.
    const w = t.p.text.slice(m.span[0], m.span[1]).split(/\s+/).slice(0, 5).join(' ');
    const key = w.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      words.push(w);
    }
  }
  return { words: words.slice(0, 8), spans: merged.map((m) => m.span) };
}
