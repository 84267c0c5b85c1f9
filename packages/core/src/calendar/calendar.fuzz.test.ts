// Property tests of the working-day calendar over random dates 1900–2100 (fast-check): adding
// then counting working days round-trips, deadlines never land on a day off, the fast path agrees
// with a day-by-day walk, and bad input is refused with a clear error rather than a wrong date.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.js';
import { addDays, formatIsoDate, parseIsoDate, toDayNumber } from './iso-date.js';
import { lunarToSolar, solarToLunar } from './lunar.js';
import { createWorkingCalendar } from './working-calendar.js';
import { calendarDaysAfter, calendarDaysBefore, workingDaysAfter } from './deadline.js';

const FIRST = toDayNumber(1900, 1, 1);
const LAST = toDayNumber(2100, 12, 31);
// Keep clear of the range's ends so that n working days always fit.
const day = fc.integer({ min: FIRST + 400, max: LAST - 400 });
const date = day.map(formatIsoDate);
const count = fc.integer({ min: 0, max: 200 });
const runs = { numRuns: 400, seed: 11_2026 };

describe('working calendar properties', () => {
  const cal = createWorkingCalendar();

  it('formatting and parsing a date round-trips', () => {
    fc.assert(
      fc.property(day, (d) => parseIsoDate(formatIsoDate(d)) === d),
      runs,
    );
  });

  it('adding n working days then counting them back gives n', () => {
    fc.assert(
      fc.property(
        date,
        count,
        (start, n) => cal.countWorkingDays(start, cal.addWorkingDays(start, n)) === n,
      ),
      runs,
    );
  });

  it('adding n then −n working days returns to start when start is a working day', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 200 }), (start, n) => {
        fc.pre(cal.isWorkingDay(start));
        return cal.addWorkingDays(cal.addWorkingDays(start, n), -n) === start;
      }),
      runs,
    );
  });

  it('n working days after start is a working day, later than start, and adding is monotone', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 200 }), (start, n) => {
        const due = cal.addWorkingDays(start, n);
        return cal.isWorkingDay(due) && due > start && cal.addWorkingDays(start, n + 1) > due;
      }),
      runs,
    );
  });

  it('the fast path agrees with a day-by-day walk', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -60, max: 60 }), (start, n) => {
        let d = start;
        for (let left = Math.abs(n); left > 0;) {
          d += Math.sign(n);
          if (cal.isWorkingDayNumber(d)) left--;
        }
        return cal.addWorkingDayNumber(start, n) === d;
      }),
      runs,
    );
  });

  it('deadlines never land on a day off, and their skipped days are days off inside the period', () => {
    fc.assert(
      fc.property(date, count, (start, n) => {
        const w = workingDaysAfter(cal, start, n);
        const a = calendarDaysAfter(cal, start, n);
        const b = calendarDaysBefore(cal, start, n);
        expect(n === 0 || cal.isWorkingDay(w.date)).toBe(true);
        expect(cal.isWorkingDay(a.date)).toBe(true);
        expect(a.date >= addDays(start, n)).toBe(true);
        // "n days after" ends on start + n, or the first working day after it.
        if (a.date !== addDays(start, n))
          expect(cal.countWorkingDays(addDays(start, n), a.date)).toBe(1);
        expect(b.date).toBe(addDays(start, -n));
        if (!cal.isWorkingDay(b.date))
          expect(cal.isWorkingDay(b.latestWorkingDay!) && b.latestWorkingDay! < b.date).toBe(true);
        for (const s of [...w.skipped, ...a.skipped]) expect(cal.isWorkingDay(s.date)).toBe(false);
        for (const s of w.skipped) expect(s.date > start && s.date < w.date).toBe(true);
        expect(w.text.vi.length > 0 && w.text.en.length > 0).toBe(true);
      }),
      { ...runs, numRuns: 200 },
    );
  });

  it('counting is antisymmetric and additive', () => {
    fc.assert(
      fc.property(
        date,
        date,
        date,
        (x, y, z) =>
          cal.countWorkingDays(x, y) === -cal.countWorkingDays(y, x) &&
          cal.countWorkingDays(x, z) === cal.countWorkingDays(x, y) + cal.countWorkingDays(y, z),
      ),
      { ...runs, numRuns: 200 },
    );
  });

  it('solar → lunar → solar round-trips', () => {
    fc.assert(
      fc.property(day, (d) => lunarToSolar(solarToLunar(formatIsoDate(d))) === formatIsoDate(d)),
      runs,
    );
  });

  it('bad dates and counts are refused with a DomainError naming the problem, never a wrong date', () => {
    const badDate = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom(
        '2026-02-30',
        '2026-13-01',
        '2025-02-29',
        '0000-01-01',
        '1899-12-31',
        '2101-01-01',
        '2026-1-1',
        ' 2026-01-01',
        '2026-01-01T00:00',
        '２０２６-01-01',
        '\u202e2026-01-01',
      ),
      fc
        .tuple(
          fc.integer({ min: -9999, max: 99999 }),
          fc.integer({ min: -5, max: 20 }),
          fc.integer({ min: -5, max: 40 }),
        )
        .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
    );
    const badCount = fc.oneof(
      fc.double({ noInteger: true }),
      fc.constantFrom(NaN, Infinity, -1, 1e12),
    );
    fc.assert(
      fc.property(badDate, date, badCount, (bad, good, n) => {
        let parsed: number | null = null;
        try {
          parsed = parseIsoDate(bad);
        } catch (e) {
          expect(e).toBeInstanceOf(DomainError);
        }
        // Accepted only if it is a real date in range that formats back to the same text.
        if (parsed !== null) expect(formatIsoDate(parsed)).toBe(bad);
        for (const f of [
          () => workingDaysAfter(cal, good, n),
          () => calendarDaysAfter(cal, good, n),
        ]) {
          let thrown: unknown;
          try {
            f();
          } catch (e) {
            thrown = e;
          }
          // -1 and 1e12 are integers: the first is refused as negative, the second as out of range.
          expect(thrown).toBeInstanceOf(DomainError);
          expect((thrown as DomainError).messages.vi.length).toBeGreaterThan(0);
        }
      }),
      { ...runs, numRuns: 300 },
    );
  });
});
