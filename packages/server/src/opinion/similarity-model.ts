// The similarity engine as one unit uses it: its normalisation table (built-in, then the
// province's, then the commune's own entries, and the names of its villages), the weights learnt
// from its newest petitions, and the features of its open matters, each kept in memory until it
// changes. The suggestion's candidates come from the search index, one look-up per rare word.
import {
  addWeights,
  backgroundWeights,
  compileLexicon,
  corpusWeights,
  featureWeight,
  LexiconEntry,
  petitionFeatures,
  rankSimilar,
  retrievalTerms,
  withoutSpans,
  type CompiledLexicon,
  type CorpusWeights,
  type PetitionFeatures,
  type SimilarMatch,
} from '@doithoai/core';
import { z } from 'zod';
import type { Dialect } from '../db/columns.js';
import { openMatterIdsWithWords } from './opinion-search.repository.js';
import {
  candidatesByIds,
  childUnitNames,
  corpusTexts,
  lexiconRows,
  newestMatterSeq,
  type CandidateText,
} from './similarity.repository.js';
import type { Q } from '../shared/query.js';

/** How many of the unit's newest petitions the weights are learnt from (enough for word frequencies; a first suggestion reads them all). */
const CORPUS = 2000;
/** The weights are learnt again when the unit has new petitions, at most this often. */
const CORPUS_REFRESH_MS = 30_000;
/** Units whose model is kept, the least recently built dropped first. */
const KEPT_UNITS = 32;
/** Per word looked up, the newest open matters that hold it. */
const PER_WORD = 80;
/** Candidates scored in full. */
const CANDIDATES = 120;

export interface UnitModel {
  lexKey: string;
  lexicon: CompiledLexicon;
  weights: CorpusWeights;
  corpusSeq: number;
  at: number;
}

const models = new WeakMap<object, Map<string, UnitModel>>();
const featureCache = new WeakMap<
  object,
  Map<string, { content: string; lexKey: string; f: PetitionFeatures }>
>();
/** Matters whose features are kept (without where each word stands: ~2.6 KB each). */
const FEATURE_CACHE = 12_000;

// Transactions are short-lived objects; cache on the database the rows belong to.
const ownerOf = (db: Q) => ('getExecutor' in db ? db.getExecutor().adapter : db) as object;

const Entries = z.array(LexiconEntry);
export const parseEntries = (json: string): LexiconEntry[] => {
  const r = Entries.safeParse(JSON.parse(json));
  return r.success ? r.data : [];
};

/** The unit's ancestors and itself, top first (the path is '/root/…/unit/'). */
export const pathIds = (path: string) => path.split('/').filter(Boolean);

export async function similarityModel(
  db: Q,
  unit: { id: string; path: string },
): Promise<UnitModel> {
  const owner = ownerOf(db);
  let perUnit = models.get(owner);
  if (!perUnit) models.set(owner, (perUnit = new Map()));
  const ids = pathIds(unit.path);
  const rows = (await lexiconRows(db, ids)).sort(
    (a, b) => ids.indexOf(a.unit_id) - ids.indexOf(b.unit_id),
  );
  const places = await childUnitNames(db, unit.id);
  const lexKey = `${rows.map((r) => `${r.unit_id}:${r.version}`).join(',')}|${places.join(',')}`;
  const seq = await newestMatterSeq(db, unit.id);
  const hit = perUnit.get(unit.id);
  const now = Date.now();
  if (hit && hit.lexKey === lexKey) {
    // New petitions move the weights a little: they are learnt again after the answer, at most
    // every 30 s, and the text typed meanwhile is compared with the weights it had.
    // (Not from inside a transaction: it is gone by the time the refresh runs.)
    if (
      hit.corpusSeq !== seq &&
      now - hit.at >= CORPUS_REFRESH_MS &&
      !refreshing.has(hit) &&
      !db.isTransaction
    ) {
      refreshing.add(hit);
      const fresh = { ...hit, at: now };
      perUnit.set(unit.id, fresh);
      setImmediate(() => {
        learn(db, unit.id, lexKey, hit.lexicon, seq)
          .then((m) => {
            if (perUnit.get(unit.id) === fresh) perUnit.set(unit.id, m);
          })
          .catch(() => undefined)
          .finally(() => refreshing.delete(hit));
      });
    }
    return perUnit.get(unit.id)!;
  }
  // Two requests at once (the page's warm-up and a quick paste) share one learning.
  let inFlight = building.get(owner);
  if (!inFlight) building.set(owner, (inFlight = new Map()));
  const flightKey = `${unit.id}|${lexKey}`;
  const pending = inFlight.get(flightKey);
  if (pending) return pending;
  const learning = learn(
    db,
    unit.id,
    lexKey,
    compileLexicon(
      rows.flatMap((r) => parseEntries(r.entries)),
      places,
    ),
    seq,
  )
    .then((model) => {
      // A province's server keeps the communes in use, not all of its thousands (~2 MB each).
      if (perUnit.size >= KEPT_UNITS) perUnit.delete(perUnit.keys().next().value!);
      perUnit.set(unit.id, model);
      return model;
    })
    .finally(() => inFlight.delete(flightKey));
  inFlight.set(flightKey, learning);
  return learning;
}

const building = new WeakMap<object, Map<string, Promise<UnitModel>>>();

const refreshing = new WeakSet<UnitModel>();

/** The weights from the unit's newest petitions; each matter's features are kept, so learning again costs the counting. */
async function learn(
  db: Q,
  unitId: string,
  lexKey: string,
  lexicon: CompiledLexicon,
  seq: number,
): Promise<UnitModel> {
  const texts = await corpusTexts(db, unitId, CORPUS);
  const weights = addWeights(
    corpusWeights(texts.map((t) => featuresOf(db, lexKey, lexicon, t))),
    backgroundWeights(lexicon),
  );
  return { lexKey, lexicon, weights, corpusSeq: seq, at: Date.now() };
}

/**
 * A matter's features under the model, kept while its text and the table stay the same: without
 * where each word stands, so enough to compare and group; explain what is shown with
 * `petitionFeatures(content, model.lexicon)`.
 */
export function matterFeatures(
  db: Q,
  model: UnitModel,
  m: { id: string; content: string },
): PetitionFeatures {
  return featuresOf(db, model.lexKey, model.lexicon, m);
}

function featuresOf(
  db: Q,
  lexKey: string,
  lexicon: CompiledLexicon,
  m: { id: string; content: string },
): PetitionFeatures {
  const owner = ownerOf(db);
  let cache = featureCache.get(owner);
  if (!cache) featureCache.set(owner, (cache = new Map()));
  const hit = cache.get(m.id);
  if (hit && hit.content === m.content && hit.lexKey === lexKey) return hit.f;
  const f = withoutSpans(petitionFeatures(m.content, lexicon));
  if (cache.size >= FEATURE_CACHE) cache.delete(cache.keys().next().value!);
  cache.set(m.id, { content: m.content, lexKey, f });
  return f;
}

/** The open matters of a unit most like a text, with what they share: candidates from the search index. */
export async function findSimilarMatters(
  db: Q,
  dialect: Dialect,
  unit: { id: string; path: string },
  text: string,
  context: {
    villageId?: string | null;
    field?: string | null;
    excludeId?: string;
    /** When nothing reaches the threshold, this many weaker matches ("possibly related"). */
    related?: number;
  },
  limit = 5,
): Promise<SimilarMatch[]> {
  const options = { limit, related: context.related ?? 0 };
  const model = await similarityModel(db, unit);
  const idf = (w: string) => featureWeight(model.weights, w);
  const terms = retrievalTerms(text, model.lexicon, idf);
  const votes = new Map<string, number>();
  for (const [id, held] of await openMatterIdsWithWords(db, dialect, unit.id, terms, PER_WORD))
    votes.set(
      id,
      held.reduce((n, w) => n + idf(w), 0),
    );
  if (context.excludeId) votes.delete(context.excludeId);
  const ids = [...votes]
    .sort((a, b) => b[1] - a[1])
    .slice(0, CANDIDATES)
    .map(([id]) => id);
  // A matter's own petitions merged into it are not "like" it (the matter page asks for its own).
  const rows: CandidateText[] = (await candidatesByIds(db, ids)).filter(
    (r) => !context.excludeId || r.merged_into_id !== context.excludeId,
  );
  const candidates = rows.map((r) => ({
    id: r.id,
    features: matterFeatures(db, model, r),
    villageId: r.village_id,
    field: r.field,
    mergedInto: r.merged_into_id,
  }));
  const typed = petitionFeatures(text, model.lexicon);
  const best = new Set(
    rankSimilar(typed, context, candidates, model.weights, options).map((m) => m.via ?? m.id),
  );
  // The few shown are ranked again from their full features, to say where the shared words stand.
  const shown = rows
    .filter((r) => best.has(r.id))
    .map((r) => ({
      id: r.id,
      features: petitionFeatures(r.content, model.lexicon),
      villageId: r.village_id,
      field: r.field,
      mergedInto: r.merged_into_id,
    }));
  return rankSimilar(typed, context, shown, model.weights, options);
}
