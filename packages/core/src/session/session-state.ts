// A session's states and the actions that move it (DOMAIN.md "Records and their states"):
// planned (round deadline) → scheduled (date, venue) → announced (notice out ≥ N days before)
// → held (minutes) → concluded (notice ≤ N days after) → closed (every matter answered or escalated).
// The moves and the rules each must pass are data here; session-rules.ts checks them in one place.

export const sessionStates = [
  'planned',
  'scheduled',
  'announced',
  'held',
  'concluded',
  'closed',
] as const;
export type SessionState = (typeof sessionStates)[number];

export const sessionStateNames: Record<SessionState, { vi: string; en: string }> = {
  planned: { vi: 'Theo kế hoạch', en: 'Planned' },
  scheduled: { vi: 'Đã lên lịch', en: 'Scheduled' },
  announced: { vi: 'Đã thông báo', en: 'Announced' },
  held: { vi: 'Đã tổ chức', en: 'Held' },
  concluded: { vi: 'Đã thông báo kết luận', en: 'Concluded' },
  closed: { vi: 'Đã kết thúc', en: 'Closed' },
};

/** The rules a move may break; each is checked against the profile's clocks (session-rules.ts). */
export const sessionRules = [
  'within-round', // the session date is on or before its round's held-by date
  'notice-lead', // the public notice is out at least noticeLeadDays calendar days before
  'held-on-or-after-date', // a session is recorded as held only on or after its date
  'conclusion-after-session', // the conclusion notice is not dated before the session
  'conclusion-within', // the conclusion notice is out within conclusionNoticeDays after the session
  'all-answered', // closing: every carried-over matter answered in writing or escalated
] as const;
export type SessionRule = (typeof sessionRules)[number];

export const sessionActions = ['schedule', 'announce', 'hold', 'conclude', 'close'] as const;
export type SessionAction = (typeof sessionActions)[number];

export interface SessionMove {
  from: readonly SessionState[];
  to: SessionState;
  rules: readonly SessionRule[];
}

/** Scheduling again while only scheduled moves the date (the notice is not out yet). */
export const sessionMoves: Record<SessionAction, SessionMove> = {
  schedule: { from: ['planned', 'scheduled'], to: 'scheduled', rules: ['within-round'] },
  announce: { from: ['scheduled'], to: 'announced', rules: ['notice-lead'] },
  hold: { from: ['announced'], to: 'held', rules: ['held-on-or-after-date'] },
  conclude: {
    from: ['held'],
    to: 'concluded',
    rules: ['conclusion-after-session', 'conclusion-within'],
  },
  close: { from: ['concluded'], to: 'closed', rules: ['all-answered'] },
};

export const sessionActionNames: Record<SessionAction, { vi: string; en: string }> = {
  schedule: { vi: 'Lên lịch', en: 'Schedule' },
  announce: { vi: 'Phát hành thông báo', en: 'Publish the notice' },
  hold: { vi: 'Kết thúc hội nghị, lập biên bản', en: 'Close the session and write the minutes' },
  conclude: { vi: 'Ban hành thông báo kết luận', en: 'Issue the conclusion notice' },
  close: { vi: 'Kết thúc đợt', en: 'Close the round' },
};

/** Actions possible from a state, for the UI (the server still checks every rule). */
export const actionsFrom = (state: SessionState): SessionAction[] =>
  sessionActions.filter((a) => sessionMoves[a].from.includes(state));
