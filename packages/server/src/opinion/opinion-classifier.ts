// The commune's classifier, trained from its clerk's confirmed classifications (the most recent
// 5,000) and kept until a new confirmation changes the count or the latest time.
import { classify, trainClassifier, type ClassifierModel, type FieldSuggestion } from '@doithoai/core';
import type { Q } from './opinion.repository.js';

const cache = new WeakMap<object, Map<string, { key: string; model: ClassifierModel }>>();

export async function classifierFor(db: Q, unitId: string): Promise<ClassifierModel> {
  const stat = await db
    .selectFrom('matter')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('field_confirmed_at').as('latest')])
    .where('unit_id', '=', unitId)
    .where('field_confirmed_at', 'is not', null)
    .executeTakeFirstOrThrow();
  const key = `${stat.n}|${stat.latest ?? ''}`;
  // Transactions are short-lived objects; cache on the database the rows belong to.
  const owner = ('getExecutor' in db ? db.getExecutor().adapter : db) as object;
  let perUnit = cache.get(owner);
  if (!perUnit) cache.set(owner, (perUnit = new Map()));
  const hit = perUnit.get(unitId);
  if (hit?.key === key) return hit.model;
  const rows = await db
    .selectFrom('matter')
    .select(['content', 'field'])
    .where('unit_id', '=', unitId)
    .where('field_confirmed_at', 'is not', null)
    .orderBy('field_confirmed_at', 'desc')
    .limit(5000)
    .execute();
  const model = trainClassifier(rows.map((r) => ({ text: r.content, field: r.field! })));
  perUnit.set(unitId, { key, model });
  return model;
}

export async function suggestFields(db: Q, unitId: string, text: string): Promise<FieldSuggestion[]> {
  return classify(await classifierFor(db, unitId), text);
}
