// Which days are working days for public employees, and a fast "N working days after".
// A day is a working day if it is Monday–Friday and no holiday/in-lieu/swap-off/extra-off entry
// takes it, or if a worked-saturday entry makes it one. Each year's entries come from an admin
// override if the server passes one, else the published table, else the statutory rules.
//
// For speed the calendar keeps, over a window of years grown on demand, the running count of
// working days and the list of working days in order: "n working days after d" is then one
// lookup, list[count(before d) + n − 1], independent of n.
import {
  type IsoDate,
  type DayNumber,
  FIRST_YEAR,
  LAST_YEAR,
  formatIsoDate,
  parseIsoDate,
  isWeekend,
  toDayNumber,
  yearOf,
  outOfRange,
} from './iso-date.js';
import {
  type HolidayEntry,
  checkYear,
  computedHolidays,
  assertYearEntries,
  isDayOff,
  sortEntries,
} from './holidays.js';
import { OFFICIAL_HOLIDAYS } from './holidays-official.js';
import { DomainError } from '../errors/domain-error.js';

export type YearSource = 'official' | 'computed' | 'admin';

export interface WorkingCalendarOptions {
  /** Per-year lists stored by an administrator; each replaces that year's list entirely. */
  overrides?: ReadonlyMap<number, readonly HolidayEntry[]>;
  /** The published table; defaults to the shipped 2020–2026 data. */
  official?: ReadonlyMap<number, readonly HolidayEntry[]>;
}

export interface WorkingCalendar {
  /** The year's effective list, sorted by date. */
  holidays(year: number): readonly HolidayEntry[];
  /** Where the year's list came from. */
  yearSource(year: number): YearSource;
  /** Entries on one date (usually zero or one). */
  entriesOn(date: IsoDate): readonly HolidayEntry[];
  entriesOnDay(day: DayNumber): readonly HolidayEntry[];
  isWorkingDay(date: IsoDate): boolean;
  isWorkingDayNumber(day: DayNumber): boolean;
  /**
   * n > 0: the n-th working day strictly after start; n < 0: the |n|-th working day strictly
   * before start; n = 0: start itself (even if it is not a working day).
   */
  addWorkingDays(start: IsoDate, n: number): IsoDate;
  addWorkingDayNumber(start: DayNumber, n: number): DayNumber;
  /** Working days in (from, to]; negative if to < from. */
  countWorkingDays(from: IsoDate, to: IsoDate): number;
  /** Years in [from, to] whose holidays are (partly) computed rather than published or set by an admin. */
  computedYears(from: DayNumber, to: DayNumber): number[];
}

interface YearData {
  source: YearSource;
  entries: readonly HolidayEntry[];
  byDay: Map<DayNumber, HolidayEntry[]>;
}

const EMPTY: readonly HolidayEntry[] = Object.freeze([]);

function invalidCount(n: unknown): DomainError {
  return new DomainError('VALIDATION', {
    vi: `Số ngày không hợp lệ: ${String(n)} (cần số nguyên)`,
    en: `invalid number of days: ${String(n)} (expected an integer)`,
  });
}

export function createWorkingCalendar(options: WorkingCalendarOptions = {}): WorkingCalendar {
  // A copy: years are built lazily, so a caller changing its map later must not change this calendar.
  const overrides = new Map<number, readonly HolidayEntry[]>(options.overrides ?? []);
  const official = options.official ?? OFFICIAL_HOLIDAYS;
  for (const [year, entries] of overrides) assertYearEntries(year, entries);

  const years = new Map<number, YearData>();
  function yearData(year: number): YearData {
    let data = years.get(year);
    if (data) return data;
    const override = overrides.get(year);
    const published = official.get(year);
    const source: YearSource = override ? 'admin' : published ? 'official' : 'computed';
    const entries = Object.freeze(sortEntries(override ?? published ?? computedHolidays(year)));
    const byDay = new Map<DayNumber, HolidayEntry[]>();
    for (const e of entries) {
      const day = parseIsoDate(e.date);
      const list = byDay.get(day);
      if (list) list.push(e);
      else byDay.set(day, [e]);
    }
    data = { source, entries, byDay };
    years.set(year, data);
    return data;
  }

  function dayIsWorking(day: DayNumber, data: YearData): boolean {
    const entries = data.byDay.get(day);
    if (isWeekend(day))
      return entries !== undefined && entries.some((e) => e.kind === 'worked-saturday');
    return entries === undefined || !entries.some((e) => isDayOff(e.kind));
  }

  // The window: years [loYear, hiYear]; base = 1 January of loYear.
  let loYear = 0;
  let hiYear = -1;
  let base = 0;
  let end = 0; // exclusive
  let working = new Uint8Array(0);
  let cum = new Int32Array(1); // cum[i] = working days in [base, base + i)
  let list = new Int32Array(0); // the working days of the window, in order
  let isoOf: (string | undefined)[] = []; // formatted dates, filled on use: formatting dominates bulk calls

  function build(lo: number, hi: number): void {
    loYear = lo;
    hiYear = hi;
    base = toDayNumber(lo, 1, 1);
    end = toDayNumber(hi + 1, 1, 1);
    const len = end - base;
    working = new Uint8Array(len);
    cum = new Int32Array(len + 1);
    const days: number[] = [];
    let i = 0;
    for (let y = lo; y <= hi; y++) {
      const data = yearData(y);
      const yearEnd = toDayNumber(y + 1, 1, 1);
      for (let day = base + i; day < yearEnd; day++, i++) {
        const w = dayIsWorking(day, data);
        working[i] = w ? 1 : 0;
        cum[i + 1] = (cum[i] as number) + (w ? 1 : 0);
        if (w) days.push(day);
      }
    }
    list = Int32Array.from(days);
    isoOf = new Array<string | undefined>(len);
  }

  function format(day: DayNumber): IsoDate {
    const i = day - base;
    if (i < 0 || i >= isoOf.length) return formatIsoDate(day);
    return (isoOf[i] ??= formatIsoDate(day));
  }

  /** Grows the window to cover years [lo, hi], plus a margin so growth is rare. */
  function cover(lo: number, hi: number): void {
    if (hiYear >= loYear && lo >= loYear && hi <= hiYear) return;
    const newLo = Math.max(FIRST_YEAR, Math.min(hiYear >= loYear ? loYear : lo, lo - 2));
    const newHi = Math.min(LAST_YEAR, Math.max(hiYear >= loYear ? hiYear : hi, hi + 2));
    build(newLo, newHi);
  }

  function checkDay(day: DayNumber): number {
    if (!Number.isInteger(day)) throw invalidCount(day);
    const year = yearOf(day);
    if (year < FIRST_YEAR || year > LAST_YEAR) throw outOfRange(formatIsoDate(day));
    return year;
  }

  function isWorkingDayNumber(day: DayNumber): boolean {
    if (day < base || day >= end) {
      const year = checkDay(day);
      cover(year, year);
    }
    return working[day - base] === 1;
  }

  function addWorkingDayNumber(start: DayNumber, n: number): DayNumber {
    // Fast path: start inside the window and the answer in the list. A fractional or NaN n
    // indexes nothing and falls through to the checks of the slow path.
    if (start >= base && start < end) {
      if (n > 0) {
        const found = list[(cum[start - base + 1] as number) + n - 1];
        if (found !== undefined) return found;
      } else if (n < 0) {
        const k = (cum[start - base] as number) + n;
        const found = k >= 0 ? list[k] : undefined;
        if (found !== undefined) return found;
      }
    }
    return addSlow(start, n);
  }

  function addSlow(start: DayNumber, n: number): DayNumber {
    if (!Number.isInteger(n)) throw invalidCount(n);
    const year = checkDay(start);
    if (n === 0) return start;
    // About 245 working days a year: grow by enough years, then retry until the edge of the range.
    const span = Math.ceil(Math.abs(n) / 200) + 1;
    let lo = n > 0 ? year : year - span;
    let hi = n > 0 ? year + span : year;
    for (;;) {
      cover(Math.max(FIRST_YEAR, lo), Math.min(LAST_YEAR, hi));
      if (n > 0) {
        const found = list[(cum[start - base + 1] as number) + n - 1];
        if (found !== undefined) return found;
        if (hiYear >= LAST_YEAR) throw outOfRange(`${formatIsoDate(start)} + ${n}`);
        hi += span;
      } else {
        const k = (cum[start - base] as number) + n;
        const found = k >= 0 ? list[k] : undefined;
        if (found !== undefined) return found;
        if (loYear <= FIRST_YEAR) throw outOfRange(`${formatIsoDate(start)} − ${-n}`);
        lo -= span;
      }
    }
  }

  function entriesOnDay(day: DayNumber): readonly HolidayEntry[] {
    return yearData(checkDay(day)).byDay.get(day) ?? EMPTY;
  }

  return {
    holidays(year) {
      checkYear(year);
      return yearData(year).entries;
    },
    yearSource(year) {
      checkYear(year);
      return yearData(year).source;
    },
    entriesOn: (date) => entriesOnDay(parseIsoDate(date)),
    entriesOnDay,
    isWorkingDay: (date) => isWorkingDayNumber(parseIsoDate(date)),
    isWorkingDayNumber,
    addWorkingDays: (start, n) => format(addWorkingDayNumber(parseIsoDate(start), n)),
    addWorkingDayNumber,
    countWorkingDays(from, to) {
      const a = parseIsoDate(from);
      const b = parseIsoDate(to);
      const lo = Math.min(a, b);
      const hi = Math.max(a, b);
      cover(checkDay(lo), checkDay(hi));
      const count = (cum[hi - base + 1] as number) - (cum[lo - base + 1] as number);
      return b >= a ? count : -count;
    },
    computedYears(from, to) {
      const out: number[] = [];
      const lo = Math.min(from, to);
      const hi = Math.max(from, to);
      for (let y = checkDay(lo); y <= checkDay(hi); y++) {
        const data = yearData(y);
        const partly = data.entries.some((e) => {
          if (e.source !== 'computed') return false;
          const d = parseIsoDate(e.date);
          return d >= lo && d <= hi;
        });
        if (data.source === 'computed' || partly) out.push(y);
      }
      return out;
    },
  };
}
