// The similarity engine for Vietnamese petitions: normalisation table, features, weights learnt
// from the unit's corpus, comparison with its explanation, the suggestion and the clusters.
export * from './lexicon-entry.js';
export * from './lexicon.js';
export * from './lexicon.vi.js';
export * from './features.js';
export * from './weights.js';
export * from './compare.js';
export * from './rank.js';
export * from './cluster.js';
export * from './eval-types.js';
