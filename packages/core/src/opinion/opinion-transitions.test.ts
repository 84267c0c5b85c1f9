// The matter's side exits (DOMAIN.md "Records and their states"): escalated and complex are both
// reachable from follow-up, and a complex matter may still be escalated; escalated is final but
// for its answer.
import { describe, expect, it } from 'vitest';
import { canMove, matterStates, matterTransitions } from './opinion.js';

describe('matter side exits', () => {
  it('a complex matter can be escalated, and not the other way round', () => {
    expect(canMove('in-follow-up', 'complex')).toBe(true);
    expect(canMove('in-follow-up', 'escalated')).toBe(true);
    expect(canMove('complex', 'escalated')).toBe(true);
    expect(canMove('escalated', 'complex')).toBe(false);
    expect(matterTransitions.escalated).toEqual(['responded', 'closed']);
  });

  it('every move leads to a known state', () => {
    for (const s of matterStates)
      for (const to of matterTransitions[s]) expect(matterStates).toContain(to);
  });
});
