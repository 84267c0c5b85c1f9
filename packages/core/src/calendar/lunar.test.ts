import { describe, expect, it } from 'vitest';
import { solarToLunar, lunarToSolar, leapMonthOf, lunarOfDayNumber } from './lunar.js';
import { parseIsoDate, formatIsoDate, weekday } from './iso-date.js';

const TET: [number, string][] = [
  [2020, '2020-01-25'],
  [2021, '2021-02-12'],
  [2022, '2022-02-01'],
  [2023, '2023-01-22'],
  [2024, '2024-02-10'],
  [2025, '2025-01-29'],
  [2026, '2026-02-17'],
  [2027, '2027-02-06'],
  [2028, '2028-01-26'],
  [2029, '2029-02-13'],
  // The new moon is at 23:08 in Hà Nội on 2 February, 00:08 on the 3rd in Beijing:
  // Vietnamese Tết Canh Tuất is 2030-02-02, the Chinese New Year 2030-02-03.
  [2030, '2030-02-02'],
];

// Giỗ Tổ Hùng Vương, 10/3 lunar, with its weekday (0 = Sunday) as a sanity check.
const GIO_TO: [number, string, number][] = [
  [2020, '2020-04-02', 4],
  [2021, '2021-04-21', 3],
  [2022, '2022-04-10', 0],
  [2023, '2023-04-29', 6],
  [2024, '2024-04-18', 4],
  [2025, '2025-04-07', 1],
  [2026, '2026-04-26', 0],
  [2027, '2027-04-16', 5],
  [2028, '2028-04-04', 2],
  [2029, '2029-04-23', 1],
  [2030, '2030-04-12', 5],
];

describe('lunar calendar (UTC+7)', () => {
  it.each(TET)('Tết %i is %s', (year, date) => {
    expect(lunarToSolar({ day: 1, month: 1, year, leap: false })).toBe(date);
    expect(solarToLunar(date)).toEqual({ day: 1, month: 1, year, leap: false });
  });

  it('follows Vietnam’s time zone where it differs from the Chinese calendar', () => {
    expect(lunarToSolar({ day: 1, month: 1, year: 1985, leap: false })).toBe('1985-01-21'); // Chinese: 02-20
    expect(lunarToSolar({ day: 1, month: 1, year: 2007, leap: false })).toBe('2007-02-17'); // Chinese: 02-18
    expect(solarToLunar('2007-02-17')).toEqual({ day: 1, month: 1, year: 2007, leap: false });
    expect(solarToLunar('2030-02-03')).toEqual({ day: 2, month: 1, year: 2030, leap: false });
  });

  it.each(GIO_TO)('Giỗ Tổ %i is %s', (year, date, wd) => {
    expect(lunarToSolar({ day: 10, month: 3, year, leap: false })).toBe(date);
    expect(weekday(date)).toBe(wd);
  });

  it('knows the leap months', () => {
    expect(leapMonthOf(2020)).toBe(4);
    expect(leapMonthOf(2023)).toBe(2);
    expect(leapMonthOf(2025)).toBe(6);
    expect(leapMonthOf(2028)).toBe(5);
    expect(leapMonthOf(2033)).toBe(11);
    expect(leapMonthOf(2024)).toBeNull();
    expect(leapMonthOf(2026)).toBeNull();
    expect(lunarToSolar({ day: 1, month: 2, year: 2023, leap: true })).toBe('2023-03-22');
    expect(solarToLunar('2023-03-22')).toEqual({ day: 1, month: 2, year: 2023, leap: true });
    expect(solarToLunar('2023-02-20')).toEqual({ day: 1, month: 2, year: 2023, leap: false });
    expect(lunarToSolar({ day: 1, month: 11, year: 2033, leap: true })).toBe('2033-12-22');
  });

  it('refuses lunar dates that do not exist', () => {
    expect(() => lunarToSolar({ day: 1, month: 3, year: 2023, leap: true })).toThrow(
      /no leap month 3/,
    );
    expect(() => lunarToSolar({ day: 1, month: 1, year: 2026, leap: true })).toThrow(
      /no leap month 1/,
    );
    expect(() => lunarToSolar({ day: 31, month: 1, year: 2026, leap: false })).toThrow(
      /day must be/,
    );
    expect(() => lunarToSolar({ day: 1, month: 13, year: 2026, leap: false })).toThrow(
      /month 1–12/,
    );
    // Month 12 of Ất Tỵ (2025) has 29 days: Tết Bính Ngọ follows the 29th.
    expect(() => lunarToSolar({ day: 30, month: 12, year: 2025, leap: false })).toThrow(
      /only 29 days/,
    );
    expect(lunarToSolar({ day: 29, month: 12, year: 2025, leap: false })).toBe('2026-02-16');
  });

  it('round-trips every day from 1900-01-31 to 2100-12-31, each month 29 or 30 days, 12 or 13 a year', () => {
    const first = parseIsoDate('1900-01-31');
    const last = parseIsoDate('2100-12-31');
    let prev = lunarOfDayNumber(first - 1);
    let monthsThisYear = 0;
    let prevYear = 1899;
    for (let d = first; d <= last; d++) {
      const l = lunarOfDayNumber(d);
      if (l.day === 1) {
        expect([29, 30]).toContain(prev.day);
        monthsThisYear++;
        if (l.year !== prevYear) {
          if (prevYear >= 1900) expect([12, 13]).toContain(monthsThisYear - 1);
          expect(l.month).toBe(1);
          monthsThisYear = 1;
          prevYear = l.year;
        }
      } else {
        expect(l.day).toBe(prev.day + 1);
      }
      if (lunarToSolar(l) !== formatIsoDate(d)) expect(lunarToSolar(l)).toBe(formatIsoDate(d));
      prev = l;
    }
  });

  it('starts a month on the latest new moon even when the true moon lags the mean one (2062)', () => {
    expect(solarToLunar('2062-04-09')).toEqual({ day: 30, month: 2, year: 2062, leap: false });
    expect(solarToLunar('2062-04-10')).toEqual({ day: 1, month: 3, year: 2062, leap: false });
  });

  it('rejects dates outside 1900–2100', () => {
    expect(() => solarToLunar('1899-12-31')).toThrow(/outside/);
    expect(() => lunarToSolar({ day: 1, month: 1, year: 2101, leap: false })).toThrow(/outside/);
  });
});
