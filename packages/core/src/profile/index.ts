// Regulation profiles: the per-unit rules (rounds, lead times, response times, fields, signers)
// as validated data, the two built-ins, inheritance down the unit tree, and their deadlines.
export * from './regulation-profile.js';
export { DEFAULT_FIELDS } from './fields.js';
export * from './built-in.js';
export * from './resolve.js';
export * from './profile-deadlines.js';
export * from './change-impact.js';
export * from './recipients-above.js';
export * from './profile-responses.js';
