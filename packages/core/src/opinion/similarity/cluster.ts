// Groups, not only pairs: the open petitions of a commune gathered into clusters that raise one
// concern ("7 ý kiến về đập Khe Lau bị rò rỉ"), for the clerk to merge in one step. Never merged
// here. Pairs come from an inverted index over the features (no all-pairs scan); two groups join
// only when their members are close on average (so a chain A~B~C of drifting topics stays apart)
// and no pair across them was marked "not the same". A matter into which the clerk merged other
// petitions is as close to another as the nearest of its wordings (as in rank.ts).
import {
  explain,
  packed,
  SIMILARITY_THRESHOLD,
  weigh,
  withContext,
  type Weighed,
} from './compare.js';
import type { PetitionFeatures, Span } from './features.js';
import { round } from './rank.js';
import type { CorpusWeights } from './weights.js';

export interface ClusterItem {
  id: string;
  features: PetitionFeatures;
  villageId: string | null;
  field: string | null;
  /** The petitions merged into it: more wordings of the same concern. */
  wordings?: readonly PetitionFeatures[];
}

export interface ClusterMember {
  id: string;
  score: number;
  spans: Span[];
}

export interface PetitionCluster {
  /** Stable for the same members: the smallest id. */
  key: string;
  /** The member to keep: the one closest to all the others. */
  targetId: string;
  /** The words most members share, as written in the target. */
  shared: string[];
  /** Best first: the target, then by similarity to it. */
  members: ClusterMember[];
  /** Mean similarity of the members to the target. */
  cohesion: number;
}

export const pairKey = (a: string, b: string) => (a < b ? `${a}~${b}` : `${b}~${a}`);

export interface ClusterOptions {
  threshold?: number;
  /** Pairs a clerk marked "not the same" (pairKey). */
  dismissed?: ReadonlySet<string>;
  maxSize?: number;
  /** Say what each group shares (default); the triage view says it for the page it shows only. */
  explain?: boolean;
}

/** An item's features that find its candidates, most telling first. */
const TOP_FEATURES = 10;
/** Candidates scored per item. */
const CANDIDATES_PER_ITEM = 20;
/** Members of each side averaged when two groups may join. */
const LINK_SAMPLE = 8;
/** Two groups join when their members' mean similarity reaches this share of the threshold. */
const LINKAGE = 0.9;

export function clusterPetitions(
  items: readonly ClusterItem[],
  weights: CorpusWeights,
  options: ClusterOptions = {},
): PetitionCluster[] {
  const threshold = options.threshold ?? SIMILARITY_THRESHOLD;
  const dismissed = options.dismissed ?? new Set<string>();
  const maxSize = options.maxSize ?? 40;
  const w = items.map((i) => weigh(i.features, weights));
  // Every wording: the item's own text first, then the petitions merged into it.
  const wordings: Weighed[] = [...w];
  const owner: number[] = items.map((_, i) => i);
  const wordingsOf: number[][] = items.map((_, i) => [i]);
  items.forEach((item, i) => {
    for (const f of item.wordings ?? []) {
      wordingsOf[i]!.push(wordings.length);
      owner.push(i);
      wordings.push(weigh(f, weights));
    }
  });
  const topic = packed(wordings);
  const sims = new Map<number, number>();
  const key = (i: number, j: number) => (i < j ? i * items.length + j : j * items.length + i);
  const sim = (i: number, j: number) => {
    const k = key(i, j);
    let s = sims.get(k);
    if (s === undefined) {
      const a = items[i]!,
        b = items[j]!;
      const ctx = {
        sameVillage: !!a.villageId && a.villageId === b.villageId,
        sameField: !!a.field && a.field === b.field,
      };
      s = 0;
      for (const u of wordingsOf[i]!)
        for (const v of wordingsOf[j]!)
          s = Math.max(
            s,
            withContext(topic(u, v), wordings[u]!, wordings[v]!, ctx, threshold).score,
          );
      sims.set(k, s);
    }
    return s;
  };

  // Candidate pairs from an inverted index over each item's most telling features only (a pair
  // that shares none of either's top features cannot reach the threshold in practice), features
  // most items share skipped; for each item, only the candidates sharing the most weight are
  // scored. The cost grows with the number of items, not with their pairs.
  const commonCap = Math.max(40, Math.sqrt(items.length) * 3);
  const top = wordings.map((x) =>
    [...x.weights]
      .sort((a, b) => b[1] - a[1])
      .slice(0, TOP_FEATURES)
      .map(([f]) => f),
  );
  const postings = new Map<string, number[]>();
  top.forEach((fs, u) => {
    for (const f of fs) {
      const l = postings.get(f);
      if (l) l.push(u);
      else postings.set(f, [u]);
    }
  });
  const pairs: [number, number, number][] = [];
  const partial = new Float64Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const touched: number[] = [];
    for (const u of wordingsOf[i]!)
      for (const f of top[u]!) {
        const list = postings.get(f)!;
        if (list.length > commonCap) continue;
        const x = wordings[u]!.weights.get(f)!;
        for (const v of list) {
          const j = owner[v]!;
          if (j === i) continue;
          if (partial[j] === 0) touched.push(j);
          partial[j] = partial[j]! + x;
        }
      }
    const best =
      touched.length > CANDIDATES_PER_ITEM
        ? touched.sort((a, b) => partial[b]! - partial[a]!).slice(0, CANDIDATES_PER_ITEM)
        : touched;
    for (const j of touched) partial[j] = 0;
    for (const j of best) {
      if (j < i && sims.has(key(i, j))) continue; // scored from j's side
      if (dismissed.has(pairKey(items[i]!.id, items[j]!.id))) continue;
      const s = sim(i, j);
      if (s >= threshold) pairs.push([Math.min(i, j), Math.max(i, j), s]);
    }
  }
  pairs.sort((a, b) => b[2] - a[2]);

  // Average linkage over the strongest pairs first, the average taken over at most LINK_SAMPLE
  // members of each side (the first to join: the closest).
  const group = items.map((_, i) => i);
  const members = new Map<number, number[]>(items.map((_, i) => [i, [i]]));
  const find = (i: number): number => (group[i] === i ? i : (group[i] = find(group[i]!)));
  const refused = new Map<string, number>();
  for (const [i, j] of pairs) {
    const a = find(i),
      b = find(j);
    if (a === b) continue;
    const ma = members.get(a)!,
      mb = members.get(b)!;
    if (ma.length + mb.length > maxSize) continue;
    let blocked = false;
    for (const x of ma) {
      for (const y of mb)
        if (dismissed.has(pairKey(items[x]!.id, items[y]!.id))) {
          blocked = true;
          break;
        }
      if (blocked) break;
    }
    if (blocked) continue;
    // Two groups that did not join are not weighed again until one of them grows.
    const tried = `${Math.min(a, b)}:${Math.max(a, b)}`;
    if (refused.get(tried) === ma.length + mb.length) continue;
    const sa = ma.slice(0, LINK_SAMPLE),
      sb = mb.slice(0, LINK_SAMPLE);
    let total = 0;
    for (const x of sa) for (const y of sb) total += sim(x, y);
    if (total / (sa.length * sb.length) < threshold * LINKAGE) {
      refused.set(tried, ma.length + mb.length);
      continue;
    }
    group[b] = a;
    members.set(a, [...ma, ...mb]);
    members.delete(b);
  }

  const out: PetitionCluster[] = [];
  for (const list of members.values())
    if (list.length >= 2) out.push(describe(list, items, w, sim, options.explain ?? true));
  return out.sort(
    (x, y) =>
      y.members.length - x.members.length || y.cohesion - x.cohesion || (x.key < y.key ? -1 : 1),
  );
}

function describe(
  list: number[],
  items: readonly ClusterItem[],
  w: Weighed[],
  sim: (i: number, j: number) => number,
  explained: boolean,
): PetitionCluster {
  // The target: the member closest to all the others.
  let target = list[0]!,
    best = -1;
  for (const i of list) {
    let t = 0;
    for (const j of list) if (j !== i) t += sim(i, j);
    if (t > best + 1e-9) {
      best = t;
      target = i;
    }
  }
  const scores = list
    .map((i) => ({ i, score: i === target ? 1 : round(Math.min(1, sim(i, target))) }))
    .sort((a, b) => (a.i === target ? -1 : b.i === target ? 1 : b.score - a.score));
  const shown = explained
    ? explainGroup(
        scores.map(({ i }) => w[i]!),
        0,
      )
    : { shared: [], spans: scores.map(() => []) };
  const members = scores.map(({ i, score }, k) => ({
    id: items[i]!.id,
    score,
    spans: shown.spans[k]!,
  }));
  const cohesion = round(
    members.filter((m) => m.id !== items[target]!.id).reduce((s, m) => s + m.score, 0) /
      (list.length - 1),
  );
  return {
    key: list.map((i) => items[i]!.id).sort()[0]!,
    targetId: items[target]!.id,
    shared: shown.shared,
    members,
    cohesion,
  };
}

/**
 * What a group's members share, for people: the words at least half of them use (at least two),
 * as written in the target, and in each member the words it shares with another. Needs the
 * members' full features (with where each word stands).
 */
export function explainGroup(
  members: readonly Weighed[],
  target: number,
): { shared: string[]; spans: Span[][] } {
  const count = new Map<string, number>();
  for (const m of members)
    for (const f of [...m.places, ...m.weights.keys()]) count.set(f, (count.get(f) ?? 0) + 1);
  const need = Math.max(2, Math.ceil(members.length / 2));
  const t = members[target]!;
  const top = [...count]
    .filter(([, n]) => n >= need)
    .map(([f, n]) => [f, n * (t.places.has(f) ? 100 : (t.weights.get(f) ?? 0))] as const)
    .filter(([, x]) => x > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([f]) => f)
    .slice(0, 12);
  const inTwo = new Set([...count].filter(([, n]) => n >= 2).map(([f]) => f));
  return {
    shared: explain(t, top).words.slice(0, 4),
    spans: members.map(
      (m) =>
        explain(
          m,
          [...m.places, ...m.weights.keys()].filter((f) => inTwo.has(f)),
        ).spans,
    ),
  };
}
