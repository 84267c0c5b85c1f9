import { expect, it } from 'vitest';
import { vietnamDayOf, vietnamDayStart, vietnamMinuteOf } from './vietnam-time.js';

it('reads instants as days and minutes in Vietnam (UTC+7), and gives when a day begins there', () => {
  expect(vietnamDayOf('2026-03-02T23:30:00.000Z')).toBe('2026-03-03');
  expect(vietnamDayOf(new Date('2026-03-02T16:59:59.999Z'))).toBe('2026-03-02');
  expect(vietnamDayOf('2026-12-31T17:00:00.000Z')).toBe('2027-01-01');
  expect(vietnamDayStart('2026-03-03')).toBe('2026-03-02T17:00:00.000Z');
  expect(vietnamDayStart('2027-01-01')).toBe('2026-12-31T17:00:00.000Z');
  expect(vietnamMinuteOf('2026-03-02T23:30:00.000Z')).toBe('2026-03-03 06:30');
});
