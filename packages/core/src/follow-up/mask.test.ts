import { describe, expect, it } from 'vitest';
import { canAnswer, maskPetitionerName, urgencyOf } from './index.js';

describe('follow-up rules', () => {
  it('masks a name to initials with an honorific and the village', () => {
    expect(maskPetitionerName('Nguyễn Văn An', 'Thôn 3')).toBe('Ông N.V.A., thôn 3');
    expect(maskPetitionerName('Trần Thị Bình', 'thôn Khe Bá')).toBe('Bà T.T.B., thôn Khe Bá');
    expect(maskPetitionerName('Lê Minh', null, 'female')).toBe('Bà L.M.');
    expect(maskPetitionerName(null, 'Thôn 1')).toBe('Người dân, thôn 1');
  });
  it('answers move only from the right states; urgency names the reminder stage', () => {
    expect(canAnswer('approve', 'submitted')).toBe(true);
    expect(canAnswer('approve', 'draft')).toBe(false);
    expect(canAnswer('submit', 'returned')).toBe(true);
    expect(urgencyOf('pending')).toBe('on-track');
  });
});
