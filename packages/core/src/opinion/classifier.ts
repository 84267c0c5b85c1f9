// Suggests the field of an opinion, offline, with no downloaded model: keyword rules per field
// (classifier.rules.ts) combined with a multinomial naive Bayes model over folded syllables and
// bigrams, learnt from the clerk's confirmed classifications in this deployment. Returns the
// top fields with a confidence; the clerk confirms or changes it in one click.
import { accentedFieldWords, fieldKeywords } from './classifier.rules.js';
import { foldVietnamese } from './fold.js';
import { phraseIndex } from './phrase-index.js';
import { featureList } from './similarity/features.js';
import { opinionFields, type OpinionField } from './fields.js';
import type { FieldSuggestion } from './opinion.js';

export interface LabelledText {
  text: string;
  field: string;
}

/** A trained model: plain JSON, so a server may cache it or send it to a browser. */
export interface ClassifierModel {
  fields: string[];
  /** Documents per field. */
  docs: Record<string, number>;
  /** Feature counts per field. */
  counts: Record<string, Record<string, number>>;
  totals: Record<string, number>;
  vocabulary: number;
  examples: number;
}

const foldedRules: [OpinionField, string, number][] = opinionFields.flatMap((f) =>
  fieldKeywords[f].map((k): [OpinionField, string, number] => {
    const folded = foldVietnamese(k);
    return [f, ` ${folded} `, folded.split(' ').length];
  }),
);
const foldedIndex = phraseIndex(foldedRules.map(([, phrase]) => phrase));

/** `features` may be a kept copy of featureList (a server retrains on every confirmation; the texts rarely change). */
export function trainClassifier(
  examples: readonly LabelledText[],
  fields: readonly string[] = opinionFields,
  features: (text: string) => readonly string[] = featureList,
): ClassifierModel {
  const docs: Record<string, number> = {};
  const counts: Record<string, Record<string, number>> = {};
  const totals: Record<string, number> = {};
  const vocab = new Set<string>();
  for (const f of fields) {
    docs[f] = 0;
    counts[f] = {};
    totals[f] = 0;
  }
  let n = 0;
  for (const ex of examples) {
    if (!(ex.field in docs)) continue;
    n++;
    docs[ex.field]!++;
    const c = counts[ex.field]!;
    for (const t of features(ex.text)) {
      c[t] = (c[t] ?? 0) + 1;
      totals[ex.field]!++;
      vocab.add(t);
    }
  }
  return { fields: [...fields], docs, counts, totals, vocabulary: vocab.size, examples: n };
}

const accentedRules: [OpinionField, string][] = opinionFields.flatMap((f) =>
  (accentedFieldWords[f] ?? []).map((w): [OpinionField, string] => [f, ` ${w.normalize('NFC')} `]),
);
const accentedIndex = phraseIndex(accentedRules.map(([, word]) => word));

/** Keyword score per field: a matched phrase of k syllables adds k (longer phrases say more). */
export function keywordScores(text: string): Record<string, number> {
  const scores: Record<string, number> = {};
  for (const i of foldedIndex(` ${foldVietnamese(text)} `)) {
    const [field, , weight] = foldedRules[i]!;
    scores[field] = (scores[field] ?? 0) + weight;
  }
  // Typed with accents: the one-word rules, on the words as written, names aside (a capital
  // inside a sentence: "ông Ngô", "Chợ Mới" as a place's name is read by the phrase rules).
  if (/[^\p{ASCII}]/u.test(text)) {
    const written = ` ${text
      .normalize('NFC')
      .replace(/(?<![.!?\n]\s*|^)\p{Lu}\p{Ll}*/gu, ' ')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
    for (const i of accentedIndex(written)) {
      const field = accentedRules[i]![0];
      scores[field] = (scores[field] ?? 0) + 1;
    }
  }
  return scores;
}

const KEYWORD_WEIGHT = 2;
const UNCONFIRMED_GAP = 3;

/**
 * The fields, best first, with confidences that sum to 1 over all fields. Naive Bayes
 * log-likelihoods (every confirmed field equally likely before the text is read) are tempered by
 * the number of features (raw products are wildly over-confident on short texts), then keyword
 * evidence is added in log space.
 */
export function classify(model: ClassifierModel | null, text: string, top = 2): FieldSuggestion[] {
  const fields = model?.fields ?? [...opinionFields];
  const feats = featureList(text);
  const kw = keywordScores(text);
  const logits: number[] = [];
  const v = (model?.vocabulary ?? 0) + 1;
  // n^0.35 rather than √n (2026-12-07, chosen on the main evaluation set: a concern raised before
  // 83.3 → 86.5 % top-1, a new one 71.4 → 71.9 %; docs/PERFORMANCE.md, Similarity).
  const temper = Math.max(1, feats.length ** 0.35);
  for (const f of fields) {
    let score = 0;
    // A field the commune never confirmed has nothing learnt: its flat likelihood would beat every
    // field that has (each is marked down on the words it has not seen). It starts a fixed gap
    // below the best learnt score instead (e^-3: about 5 % beside it), and its keywords lift it.
    if (model && model.examples > 0 && model.docs[f] === 0) score = Number.NaN;
    else if (model && model.examples > 0) {
      // No prior from how often each field was confirmed: a commune whose clerk confirmed many
      // road petitions would otherwise pull a market's leaking roof into agriculture
      // (2026-12-07, docs/PERFORMANCE.md, Similarity: better on all three sets).
      let like = 0;
      const c = model.counts[f]!;
      const denom = model.totals[f]! + v;
      for (const t of feats) like += Math.log(((c[t] ?? 0) + 1) / denom);
      score = like / temper;
    }
    logits.push(score);
  }
  const learnt = logits.filter((l) => !Number.isNaN(l));
  const floor = learnt.length ? Math.max(...learnt) - UNCONFIRMED_GAP : 0;
  fields.forEach((f, i) => {
    if (Number.isNaN(logits[i])) logits[i] = floor;
    logits[i]! += KEYWORD_WEIGHT * Math.sqrt(kw[f] ?? 0);
  });
  // With no evidence at all, "khac" (other) leads.
  const khac = fields.indexOf('khac');
  if (khac >= 0 && Object.keys(kw).length === 0 && !(model && model.examples > 0))
    logits[khac]! += 1;
  const max = Math.max(...logits);
  const exps = logits.map((l) => Math.exp(l - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return fields
    .map((field, i) => ({ field, confidence: Math.round((exps[i]! / sum) * 100) / 100 }))
    .sort((a, b) => b.confidence - a.confidence)
    .slice(0, top);
}
