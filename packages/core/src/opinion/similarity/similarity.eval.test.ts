// The similarity engine and the classifier measured on petitions written the way citizens write
// them (eval-set.ts), on a held-out set (eval-set.held-out.ts) and on a blind set of a northern
// commune written apart from the engine, its word lists and the other sets (eval-set.blind.ts;
// its misses are not printed: docs/PERFORMANCE.md says what was looked at), beside the Jaccard engine they replace. Prints every figure (docs/PERFORMANCE.md, Similarity). The floors
// below are what the engine reaches today, so a change that loses ground fails; the issue's goal
// (pairs: recall 85 % at precision 90 %; classifier: top-1 90 %, top-2 97 %) is printed beside
// them and is NOT met yet.
import { describe, expect, it } from 'vitest';
import { demoOpinions } from '../demo-examples.js';
import { evalSet } from './eval-set.js';
import { blindSet } from './eval-set.blind.js';
import { heldOutSet } from './eval-set.held-out.js';
import type { EvalSet } from './eval-types.js';
import {
  evaluateClassifier,
  evaluateClassifierRecurring,
  evaluateClusters,
  evaluateMergedConcerns,
  recallAtPrecision,
  evaluateEngine,
  evaluateJaccard,
  type PairFigures,
} from './evaluate.js';
import { SIMILARITY_THRESHOLD } from './compare.js';
import { RELATED_THRESHOLD } from './rank.js';

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const line = (name: string, f: PairFigures) =>
  `${name.padEnd(22)} precision ${pct(f.precision).padStart(7)}  recall ${pct(f.recall).padStart(7)}  (${f.correct} of ${f.positives} pairs, ${f.suggested} suggested; near-misses suggested ${f.nearMissesSuggested} of ${f.nearMisses})`;
const demo = demoOpinions.map((d) => ({ text: d.text, field: d.field }));

function report(name: string, set: EvalSet) {
  const engine = evaluateEngine(set);
  const clusters = evaluateClusters(set);
  const jaccard = evaluateJaccard(set);
  const classifier = evaluateClassifier(set, demo);
  const recurring = evaluateClassifierRecurring(set, demo);
  const concerns = evaluateMergedConcerns(set);
  const withRelated = evaluateMergedConcerns(set, SIMILARITY_THRESHOLD, 2);
  const atP90 = recallAtPrecision(set, 0.9);
  const petitions = set.groups.reduce((n, g) => n + g.petitions.length, 0);
  console.log(
    [
      `${name}: ${petitions} petitions in ${set.groups.length} groups, ${new Set(set.groups.map((g) => g.field)).size} fields; threshold ${SIMILARITY_THRESHOLD}`,
      line('  engine, pairs', engine),
      line('  engine, clusters', clusters),
      line('  Jaccard (before)', jaccard),
      `  pairs, the issue's measure: recall ${pct(atP90.recall)} at precision ≥ 90 % (threshold ${atP90.threshold.toFixed(2)})`,
      `  a later petition finds its concern's matter (earlier ones merged): ${concerns.found} of ${concerns.of} (${pct(concerns.recall)}), another concern's matter suggested ${concerns.wrong} times (precision ${pct(concerns.precision)})`,
      `  the same, with "possibly related" (nothing reaches the threshold: the closest 2 at ≥ ${RELATED_THRESHOLD}): ${withRelated.found} of ${withRelated.of} (${pct(withRelated.recall)}), another concern's matter shown ${withRelated.wrong} times`,
      `  recall by style: ${Object.entries(engine.recallByStyle)
        .map(([k, v]) => `${k} ${v.found}/${v.of}`)
        .join(', ')}`,
      `  classifier, a new concern (its group left out of training): top-1 ${pct(classifier.top1)}, top-2 ${pct(classifier.top2)} of ${classifier.n}`,
      `  classifier, a concern raised before (the petition left out): top-1 ${pct(recurring.top1)}, top-2 ${pct(recurring.top2)}`,
      '  goal (issue 16): pairs recall ≥ 85 % at precision ≥ 90 %; classifier top-1 ≥ 90 %, top-2 ≥ 97 % — not met',
    ].join('\n'),
  );
  return { engine, clusters, jaccard, classifier, recurring, concerns, withRelated };
}

describe('similarity engine on the evaluation sets', () => {
  it('the main set: at least 150 petitions in groups of 2–7 across all 12 fields, with near-misses', () => {
    const sizes = evalSet.groups.map((g) => g.petitions.length);
    expect(sizes.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(150);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(2);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(7);
    expect(new Set(evalSet.groups.map((g) => g.field)).size).toBe(12);
    expect(evalSet.hardNegatives.length).toBeGreaterThanOrEqual(20);
  });

  it('finds far more of the same concerns than the Jaccard engine, and holds its floor', () => {
    const { engine, clusters, jaccard, classifier, recurring } = report('main set', evalSet);
    expect(engine.recall).toBeGreaterThan(jaccard.recall * 3);
    expect(engine.recall).toBeGreaterThanOrEqual(0.48);
    expect(engine.precision).toBeGreaterThanOrEqual(0.7);
    expect(clusters.recall).toBeGreaterThanOrEqual(0.45);
    expect(clusters.precision).toBeGreaterThanOrEqual(0.7);
    expect(classifier.top1).toBeGreaterThanOrEqual(0.6);
    expect(recurring.top1).toBeGreaterThanOrEqual(0.78);
  }, 120_000);

  it('on the held-out set, written apart and never tuned on', () => {
    const { engine, jaccard, recurring, concerns } = report('held-out set', heldOutSet);
    expect(concerns.recall).toBeGreaterThanOrEqual(0.7);
    expect(concerns.precision).toBeGreaterThanOrEqual(0.85);
    expect(recurring.top1).toBeGreaterThanOrEqual(0.87);
    expect(engine.recall).toBeGreaterThan(jaccard.recall * 2);
    expect(engine.precision).toBeGreaterThanOrEqual(0.88);
    expect(engine.recall).toBeGreaterThanOrEqual(0.5);
  }, 120_000);

  it('on the blind set, written apart from the engine and its word lists', () => {
    const { engine, jaccard, classifier, recurring, concerns, withRelated } = report(
      'blind set',
      blindSet,
    );
    expect(withRelated.recall).toBeGreaterThan(concerns.recall);
    expect(engine.recall).toBeGreaterThan(jaccard.recall * 3);
    expect(engine.precision).toBeGreaterThanOrEqual(FLOOR_BLIND.precision);
    expect(engine.recall).toBeGreaterThanOrEqual(FLOOR_BLIND.recall);
    expect(concerns.recall).toBeGreaterThanOrEqual(FLOOR_BLIND.concerns);
    expect(classifier.top1).toBeGreaterThanOrEqual(FLOOR_BLIND.newTop1);
    expect(recurring.top1).toBeGreaterThanOrEqual(FLOOR_BLIND.recurringTop1);
  }, 120_000);
});

/** What the engine reaches on the blind set today (2026-12-07), a little below, so a change that loses ground fails. */
const FLOOR_BLIND = {
  precision: 0.78,
  recall: 0.22,
  concerns: 0.35,
  newTop1: 0.64,
  recurringTop1: 0.7,
};
