// The audit log: what its routes answer.
export * from './audit-responses.js';
