// The first duplicate finder, kept as the baseline the similarity engine (./similarity/) is
// measured against, in the evaluation test and bench/similarity.bench.mjs: the Jaccard index over
// folded syllables and bigrams, without filler words; same village and field rank first. Nothing
// in the product calls it.
import { foldVietnamese } from './fold.js';

const filler = new Set(
  [
    'đề nghị',
    'kiến nghị',
    'xã',
    'thôn',
    'cho',
    'của',
    'và',
    'các',
    'những',
    'là',
    'có',
    'được',
    'không',
    'đã',
    'đang',
    'sẽ',
    'người',
    'dân',
    'nhân',
    'bà',
    'con',
    'ông',
    'với',
    'về',
    'để',
    'thì',
    'này',
    'đó',
    'nhiều',
    'rất',
    'còn',
    'trên',
    'tại',
    'việc',
    'xem',
    'xét',
    'cấp',
    'có',
    'hiện',
    'nay',
    'năm',
    'lại',
    'theo',
    'đến',
    'trong',
    'khi',
    'mà',
    'nên',
    'vì',
    'do',
  ].flatMap((w) => foldVietnamese(w).split(' ')),
);

/** The set compared: meaningful syllables and their bigrams. */
export function similarityFeatures(text: string): Set<string> {
  const words = foldVietnamese(text)
    .split(' ')
    .filter((w) => w && !filler.has(w));
  const out = new Set(words);
  for (let i = 0; i + 1 < words.length; i++) out.add(`${words[i]}_${words[i + 1]}`);
  return out;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let inter = 0;
  for (const x of small) if (large.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

export interface DuplicateCandidate {
  id: string;
  content: string;
  villageId: string | null;
  field: string | null;
}

export interface JaccardMatch {
  id: string;
  similarity: number;
  sameVillage: boolean;
  sameField: boolean;
  score: number;
}

export const JACCARD_THRESHOLD = 0.22;

/** Candidates similar to the text, best first: same village and field lift the score. */
export function rankDuplicatesJaccard(
  text: string,
  context: { villageId?: string | null; field?: string | null },
  candidates: readonly DuplicateCandidate[],
  threshold = JACCARD_THRESHOLD,
  limit = 5,
): JaccardMatch[] {
  const mine = similarityFeatures(text);
  const out: JaccardMatch[] = [];
  for (const c of candidates) {
    const similarity = jaccard(mine, similarityFeatures(c.content));
    if (similarity < threshold) continue;
    const sameVillage = !!context.villageId && c.villageId === context.villageId;
    const sameField = !!context.field && c.field === context.field;
    out.push({
      id: c.id,
      similarity: round(similarity),
      sameVillage,
      sameField,
      score: round(similarity + (sameVillage ? 0.15 : 0) + (sameField ? 0.1 : 0)),
    });
  }
  return out.sort((a, b) => b.score - a.score).slice(0, limit);
}

export interface JaccardPair {
  a: string;
  b: string;
  similarity: number;
  score: number;
}

/**
 * Every likely duplicate pair among many matters (the triage view), without comparing all
 * pairs: an inverted index over features proposes only matters that share at least two
 * features that are not too common.
 */
export function findDuplicatePairsJaccard(
  items: readonly DuplicateCandidate[],
  threshold = JACCARD_THRESHOLD,
  limit = 200,
): JaccardPair[] {
  const feats = items.map((i) => similarityFeatures(i.content));
  const index = new Map<string, number[]>();
  feats.forEach((set, i) =>
    set.forEach((f) => {
      const l = index.get(f);
      if (l) l.push(i);
      else index.set(f, [i]);
    }),
  );
  const commonCap = Math.max(50, items.length / 10);
  const pairs: JaccardPair[] = [];
  for (let i = 0; i < items.length; i++) {
    const shared = new Map<number, number>();
    for (const f of feats[i]!) {
      const list = index.get(f)!;
      if (list.length > commonCap) continue;
      for (const j of list) if (j > i) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    for (const [j, n] of shared) {
      if (n < 2) continue;
      const similarity = jaccard(feats[i]!, feats[j]!);
      if (similarity < threshold) continue;
      const a = items[i]!,
        b = items[j]!;
      const bonus =
        (a.villageId && a.villageId === b.villageId ? 0.15 : 0) +
        (a.field && a.field === b.field ? 0.1 : 0);
      pairs.push({
        a: a.id,
        b: b.id,
        similarity: round(similarity),
        score: round(similarity + bonus),
      });
    }
  }
  return pairs.sort((x, y) => y.score - x.score).slice(0, limit);
}

const round = (x: number) => Math.round(x * 100) / 100;
