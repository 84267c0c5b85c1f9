// The instant both the app's server (DOITHOAI_CLOCK, playwright.config.ts) and the browser
// (page.clock) start at in the flows: a Monday in round 2's answers, so the pages that show
// dates relative to today look the same on every run.
export const E2E_CLOCK = '2026-12-07T09:00:00+07:00';
