// @doithoai/core — the domain, pure: no IO, no frameworks (enforced in eslint.config.js).
export * from './errors/domain-error.js';
export * from './errors/validation-messages.js';
export * from './policy/roles.js';
export * from './policy/policy.js';
export * from './policy/petitioner-access.js';
export * from './unit/unit.js';
export * from './unit/unit-history.js';
export * from './opinion/index.js';
export * from './calendar/index.js';
export * from './profile/index.js';
export * from './document/document-kinds.js';
export * from './plan/index.js';
export * from './session/index.js';
export * from './follow-up/index.js';
export * from './reminder/index.js';
export * from './report/index.js';
export * from './privacy/index.js';
