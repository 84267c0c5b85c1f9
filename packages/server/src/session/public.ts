// What other features may import from session/ (architecture.test.ts holds every import to it).
// The demo drives a round through the session's use cases; documents list its sources.
export const publicFiles = [
  'announce-session.ts',
  'close-session.ts',
  'draft-conclusion.ts',
  'get-session.ts',
  'hold-session.ts',
  'invitation-source.ts',
  'issue-conclusion.ts',
  'minutes-source.ts',
  'opinion-list-source.ts',
  'register-speaker.ts',
  'save-agenda-item.ts',
  'schedule-session.ts',
  'session-sources.ts',
  'session.repository.ts', // the plan's sessions, the portal's session summaries
] as const;
