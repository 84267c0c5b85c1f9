// Sessions (hội nghị): states and moves as data, the rules on the profile's clocks, the timeline,
// the console's contracts, the minutes and the short notice text.
export * from './session-state.js';
export * from './session-rules.js';
export * from './session-contracts.js';
export * from './session-responses.js';
export * from './session-timeline.js';
export * from './announcement-text.js';
export * from './minutes.js';
