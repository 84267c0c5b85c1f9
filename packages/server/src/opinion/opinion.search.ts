// The search's queries moved to opinion-search.repository.ts (issue 19); this name stays for the
// features, tests and benchmarks that import it.
export * from './opinion-search.repository.js';
