import { describe, expect, it } from 'vitest';
import {
  canMove,
  matterStates,
  matterTransitions,
  OpinionInput,
  PetitionerInput,
} from './opinion.js';

describe('matter states', () => {
  it('every move points to a known state, and merged is left only by unmerge', () => {
    for (const s of matterStates)
      for (const t of matterTransitions[s]) expect(matterStates).toContain(t);
    expect(matterStates.some((s) => canMove(s, 'merged'))).toBe(false);
    expect(matterTransitions.merged).toEqual([]);
  });
  it('follows the cycle and its side exits', () => {
    expect(canMove('received', 'classified')).toBe(true);
    expect(canMove('classified', 'assigned')).toBe(true);
    expect(canMove('received', 'closed')).toBe(false);
    expect(canMove('raised', 'carried-over')).toBe(true);
    expect(canMove('carried-over', 'in-follow-up')).toBe(true);
    expect(canMove('in-follow-up', 'responded')).toBe(true);
    expect(canMove('responded', 'closed')).toBe(true);
    expect(canMove('rejected', 'classified')).toBe(false);
  });
});

describe('opinion contracts', () => {
  it('cleans text to NFC and never assumes consent', () => {
    const r = OpinionInput.parse({
      content: '  Đường   xấu '.normalize('NFD'),
      source: 'mttq',
      petitioner: { fullName: 'Lê Văn A' },
    });
    expect(r.content).toBe('Đường xấu');
    expect(r.petitioner?.consents).toEqual([]);
  });
  it('refuses a bad phone and empty content', () => {
    expect(PetitionerInput.safeParse({ phone: '12345' }).success).toBe(false);
    expect(PetitionerInput.parse({ phone: '0912 345 678' }).phone).toBe('0912345678');
    expect(OpinionInput.safeParse({ content: '   ', source: 'mttq' }).success).toBe(false);
  });
});
