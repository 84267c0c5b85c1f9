// Plans (kế hoạch): the content model, its default from the profile and the reference wording, states.
export * from './plan-content.js';
export * from './default-plan-content.js';
export * from './plan-state.js';
export * from './plan-responses.js';
