// Opinions: the matter model, Vietnamese folding, the classifier, duplicates, list import/export.
export * from './fields.js';
export * from './fold.js';
export * from './opinion.js';
export * from './matter-page.js';
export * from './opinion-responses.js';
export * from './classifier.js';
export * from './duplicates-jaccard.js';
export * from './similarity/index.js';
export * from './csv.js';
export * from './import-rows.js';
export * from './demo-examples.js';
