import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  parseIsoDate,
  formatIsoDate,
  isIsoDate,
  weekday,
  toDayNumber,
  fromDayNumber,
  addDays,
  formatViDate,
} from './iso-date.js';

describe('iso dates and day numbers', () => {
  it('counts days from 1970-01-01', () => {
    expect(parseIsoDate('1970-01-01')).toBe(0);
    expect(parseIsoDate('1969-12-31')).toBe(-1);
    expect(parseIsoDate('2000-03-01')).toBe(11017);
  });

  it('agrees with Date.UTC and round-trips over 1900–2100', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: toDayNumber(1900, 1, 1), max: toDayNumber(2100, 12, 31) }),
        (day) => {
          const iso = formatIsoDate(day);
          expect(iso).toBe(new Date(day * 86_400_000).toISOString().slice(0, 10));
          expect(parseIsoDate(iso)).toBe(day);
          const { year, month, day: d } = fromDayNumber(day);
          expect(toDayNumber(year, month, d)).toBe(day);
        },
      ),
    );
  });

  it('rejects what is not a real YYYY-MM-DD date, saying so in Vietnamese first', () => {
    for (const bad of [
      '2026-13-01',
      '2025-02-29',
      '2026-1-01',
      '2026-01-32',
      '26-01-01',
      '2026/01/01',
      '',
      '2026-00-10',
    ]) {
      expect(isIsoDate(bad)).toBe(false);
      expect(() => parseIsoDate(bad)).toThrow(/invalid date/);
    }
    expect(isIsoDate('2024-02-29')).toBe(true);
  });

  it('gives weekdays, 0 = Sunday', () => {
    expect(weekday('2026-02-17')).toBe(2); // Tết Bính Ngọ, a Tuesday
    expect(weekday('2023-01-22')).toBe(0);
    expect(weekday('2024-05-04')).toBe(6);
  });

  it('adds days and writes Vietnamese dates', () => {
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(formatViDate(parseIsoDate('2026-02-05'))).toBe('05/02/2026');
  });
});
