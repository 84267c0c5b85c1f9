// The commune's classifier, trained from its clerk's confirmed classifications (the most recent
// 5,000) and kept until a confirmation enters, changes or leaves that window.
import {
  classify,
  featureList,
  opinionFields,
  trainClassifier,
  type ClassifierModel,
  type FieldSuggestion,
} from '@doithoai/core';
import type { Q } from '../shared/query.js';
import { trainingRows, trainingWindowStat } from './classifier.repository.js';

/** The most recent confirmations the model learns from. */
const TRAINING_WINDOW = 5000;

const cache = new WeakMap<
  object,
  Map<string, { key: string; model: ClassifierModel; checkedAt: number }>
>();
/**
 * A model checked this recently is used without reading the window's key again: a suggestion may
 * miss a confirmation made in the last two seconds, never more (the key read was a tenth of an
 * entry's CPU; docs/PERFORMANCE.md, Intake).
 */
const RECHECK_MS = 2000;

export async function classifierFor(
  db: Q,
  unitId: string,
  now = Date.now(),
): Promise<ClassifierModel> {
  // Transactions are short-lived objects; cache on the database the rows belong to.
  const owner = ('getExecutor' in db ? db.getExecutor().adapter : db) as object;
  let perUnit = cache.get(owner);
  if (!perUnit) cache.set(owner, (perUnit = new Map()));
  const recent = perUnit.get(unitId);
  if (recent && now - recent.checkedAt < RECHECK_MS) return recent.model;
  // The key is read from the training window itself (the newest 5,000 confirmations): how many,
  // the newest and the oldest. A new or changed confirmation moves the newest; one leaving the
  // window moves the oldest or the count. Counting every confirmation of the unit instead read
  // its whole index on each entry: 133 ms at 1M confirmed matters (docs/PERFORMANCE.md, Search).
  const stat = await trainingWindowStat(db, unitId, TRAINING_WINDOW);
  const key = `${stat.n}|${stat.latest ?? ''}|${stat.oldest ?? ''}`;
  const hit = perUnit.get(unitId);
  if (hit?.key === key) {
    hit.checkedAt = now;
    return hit.model;
  }
  const rows = await trainingRows(db, unitId, TRAINING_WINDOW);
  const model = trainClassifier(
    rows.map((r) => ({ text: r.content, field: r.field! })),
    opinionFields,
    keptFeatures,
  );
  perUnit.set(unitId, { key, model, checkedAt: now });
  return model;
}

// A confirmation moves the key and the model is trained again over the whole window; each text's
// features are kept, so that costs the counting (~10 ms for 5,000), not the reading (~200 ms).
const featureCache = new Map<string, readonly string[]>();
const FEATURE_CACHE = 10_000;
function keptFeatures(text: string): readonly string[] {
  let f = featureCache.get(text);
  if (!f) {
    f = featureList(text);
    if (featureCache.size >= FEATURE_CACHE) featureCache.delete(featureCache.keys().next().value!);
    featureCache.set(text, f);
  }
  return f;
}

export async function suggestFields(
  db: Q,
  unitId: string,
  text: string,
): Promise<FieldSuggestion[]> {
  return classify(await classifierFor(db, unitId), text);
}
