// The registered document sources: one import and one entry per source. Issued documents need
// no entry here: the register (./issued.ts) serves every kind.
import type { DocumentSource } from '../sources.js';

export const documentSources: DocumentSource[] = [
];
