import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createWorkingCalendar } from './working-calendar.js';
import { computedHolidays, isDayOff } from './holidays.js';
import { parseIsoDate, formatIsoDate, isWeekend, type DayNumber } from './iso-date.js';

const cal = createWorkingCalendar();
const FROM = parseIsoDate('2018-01-01');
const TO = parseIsoDate('2032-12-31');
const day = fc.integer({ min: FROM, max: TO });
const count = fc.integer({ min: 0, max: 400 });

// The oracle: the rule read straight from the entries, one day at a time.
function naiveIsWorking(d: DayNumber): boolean {
  const entries = cal.entriesOnDay(d);
  if (isWeekend(d)) return entries.some((e) => e.kind === 'worked-saturday');
  return !entries.some((e) => isDayOff(e.kind));
}
function naiveAdd(start: DayNumber, n: number): DayNumber {
  let d = start;
  const step = n >= 0 ? 1 : -1;
  for (let left = Math.abs(n); left > 0;) {
    d += step;
    if (naiveIsWorking(d)) left--;
  }
  return d;
}

describe('working days', () => {
  it('are Monday–Friday minus days off, plus worked Saturdays', () => {
    expect(cal.isWorkingDay('2026-03-02')).toBe(true); // a Monday
    expect(cal.isWorkingDay('2026-03-07')).toBe(false); // a Saturday
    expect(cal.isWorkingDay('2026-01-10')).toBe(true); // worked Saturday
    expect(cal.isWorkingDay('2026-01-02')).toBe(false); // swapped off
    for (let d = FROM; d <= TO; d++) expect(cal.isWorkingDayNumber(d)).toBe(naiveIsWorking(d));
  });

  it('counts 2026 as 250 working days (261 weekdays − 12 off + 1 worked Saturday)', () => {
    expect(cal.countWorkingDays('2025-12-31', '2026-12-31')).toBe(250);
    expect(cal.countWorkingDays('2026-12-31', '2025-12-31')).toBe(-250);
  });
});

describe('addWorkingDays', () => {
  it('agrees with a naive day-by-day loop, both directions', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -400, max: 400 }), (d, n) => {
        expect(cal.addWorkingDayNumber(d, n)).toBe(naiveAdd(d, n));
      }),
      { numRuns: 500 },
    );
  });

  it('never lands on a non-working day for n ≥ 1', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 400 }), (d, n) =>
        cal.isWorkingDayNumber(cal.addWorkingDayNumber(d, n)),
      ),
    );
  });

  it('is monotone in n and in start', () => {
    fc.assert(
      fc.property(day, count, count, (d, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(cal.addWorkingDayNumber(d, lo)).toBeLessThanOrEqual(cal.addWorkingDayNumber(d, hi));
        if (lo < hi)
          expect(cal.addWorkingDayNumber(d, lo)).toBeLessThan(cal.addWorkingDayNumber(d, hi));
      }),
    );
    fc.assert(
      fc.property(day, day, count, (x, y, n) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        expect(cal.addWorkingDayNumber(lo, n + 1)).toBeLessThanOrEqual(
          cal.addWorkingDayNumber(hi, n + 1),
        );
      }),
    );
  });

  it('composes: add(add(d, a), b) = add(d, a + b) for a, b ≥ 0 (and both ≤ 0)', () => {
    fc.assert(
      fc.property(day, count, count, (d, a, b) => {
        expect(cal.addWorkingDayNumber(cal.addWorkingDayNumber(d, a), b)).toBe(
          cal.addWorkingDayNumber(d, a + b),
        );
        expect(cal.addWorkingDayNumber(cal.addWorkingDayNumber(d, -a), -b)).toBe(
          cal.addWorkingDayNumber(d, -a - b),
        );
      }),
    );
  });

  it('undoes itself from a working day: add(add(w, n), −n) = w', () => {
    fc.assert(
      fc.property(day, count, (d, n) => {
        const w = cal.addWorkingDayNumber(d, 1);
        expect(cal.addWorkingDayNumber(cal.addWorkingDayNumber(w, n), -n)).toBe(w);
      }),
    );
  });

  it('works on iso strings, with n = 0 returning the start as is', () => {
    expect(cal.addWorkingDays('2026-02-13', 1)).toBe('2026-02-23');
    expect(cal.addWorkingDays('2026-02-23', -1)).toBe('2026-02-13');
    expect(cal.addWorkingDays('2026-02-14', 0)).toBe('2026-02-14');
  });

  it('grows its tables across the whole range and stops at its edges', () => {
    const c = createWorkingCalendar();
    expect(c.addWorkingDays('1900-01-01', 1)).toBe('1900-01-02');
    const far = c.addWorkingDays('1900-01-02', 49_000);
    expect(parseIsoDate(far)).toBeGreaterThan(parseIsoDate('2090-01-01'));
    expect(c.addWorkingDays(far, -49_000)).toBe('1900-01-02');
    expect(() => c.addWorkingDays('2100-12-30', 5)).toThrow(/outside/);
    expect(() => c.addWorkingDays('1900-01-02', -5)).toThrow(/outside/);
    expect(() => c.addWorkingDays('2101-01-01', 1)).toThrow(/outside/);
  });

  it('rejects a count that is not an integer, and a bad date', () => {
    expect(() => cal.addWorkingDays('2026-03-02', 1.5)).toThrow(/invalid number of days/);
    expect(() => cal.addWorkingDays('2026-03-02', Number.NaN)).toThrow(/invalid number of days/);
    expect(() => cal.addWorkingDays('2026-13-01', 1)).toThrow(/invalid date/);
  });

  it('reports which years were computed', () => {
    expect(cal.computedYears(parseIsoDate('2026-01-01'), parseIsoDate('2026-06-30'))).toEqual([]);
    expect(cal.computedYears(parseIsoDate('2026-08-01'), parseIsoDate('2027-01-10'))).toEqual([
      2026, 2027,
    ]);
    expect(formatIsoDate(parseIsoDate('2027-01-10'))).toBe('2027-01-10');
  });
});

describe('createWorkingCalendar options', () => {
  it('copies the overrides it is given: changing the map later does not change the calendar', () => {
    const overrides = new Map([
      [2031, computedHolidays(2031).map((e) => ({ ...e, source: 'admin' as const }))],
    ]);
    const cal = createWorkingCalendar({ overrides });
    overrides.delete(2031);
    expect(cal.yearSource(2031)).toBe('admin');
  });
});
