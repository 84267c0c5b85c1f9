// Public holidays and swapped days for public employees: the entry type, the statutory rules
// (Bộ luật Lao động 2019 Điều 112, nghỉ bù per Điều 111.3) that compute a year nobody has
// published yet, and the check an administrator's corrected year must pass.
import { z } from 'zod';
import { DomainError } from '../errors/domain-error.js';
import {
  type DayNumber,
  FIRST_YEAR,
  LAST_YEAR,
  formatIsoDate,
  formatViDate,
  isIsoDate,
  isWeekend,
  toDayNumber,
  weekdayOf,
  parseIsoDate,
  WEEKDAY_VI,
} from './iso-date.js';
import { lunarToSolar } from './lunar.js';

export const HOLIDAY_KINDS = [
  'holiday',
  'in-lieu',
  'swap-off',
  'worked-saturday',
  'extra-off',
] as const;
/**
 * holiday: a statutory day; in-lieu: nghỉ bù for a holiday on a weekend; swap-off: a weekday given
 * off against a worked Saturday; worked-saturday: a Saturday (or Sunday) that is a working day;
 * extra-off: any other day off the government grants.
 */
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];
export type HolidaySource = 'official' | 'computed' | 'admin';

/** One day of a year's list. Validated with this schema when an administrator stores a correction. */
export const HolidayEntry = z.object({
  date: z.string().refine(isIsoDate, { message: 'Ngày không hợp lệ (cần YYYY-MM-DD)' }),
  kind: z.enum(HOLIDAY_KINDS),
  /** Vietnamese, e.g. "Tết Nguyên đán", "Nghỉ bù Giỗ Tổ Hùng Vương". */
  name: z.string().trim().min(1).max(200),
  /** The legal basis: a law's article or the year's notice. */
  basis: z.string().trim().min(1).max(500),
  source: z.enum(['official', 'computed', 'admin']),
});
export type HolidayEntry = z.infer<typeof HolidayEntry>;

/** True for the kinds that take a day off; worked-saturday is the only kind that adds a working day. */
export const isDayOff = (kind: HolidayKind): boolean => kind !== 'worked-saturday';

// Statutory names (BLLĐ 2019 Điều 112.1).
export const HOLIDAY_NAMES = {
  newYear: 'Tết Dương lịch',
  tet: 'Tết Nguyên đán',
  hungKings: 'Giỗ Tổ Hùng Vương',
  victory: 'Ngày Chiến thắng',
  labour: 'Ngày Quốc tế Lao động',
  national: 'Quốc khánh',
} as const;

export const inLieuName = (holidayName: string): string => `Nghỉ bù ${holidayName}`;

/** The labour code in force on 1 January of a year: BLLĐ 2019 from 2021, BLLĐ 2012 before. */
export function labourCodeBasis(year: number): string {
  return year >= 2021 ? 'BLLĐ 2019 Điều 112' : 'BLLĐ 2012 Điều 115';
}
export function inLieuBasis(year: number): string {
  return year >= 2021 ? 'BLLĐ 2019 Điều 112, 111.3' : 'BLLĐ 2012 Điều 115, 110.3';
}

/**
 * Quốc khánh's second day (BLLĐ 2019 Điều 112.1.đ: 2/9 and one day before or after, fixed by the
 * Prime Minister each year). Default rule, which reproduces every decision of 2021–2025: prefer a
 * weekday, then one that joins the weekend (Mon 1/9 or Fri 3/9); on a tie (2/9 a Wednesday) take 1/9.
 */
export function secondNationalDay(year: number): DayNumber {
  const score = (d: DayNumber): number => {
    const w = weekdayOf(d);
    if (w === 0 || w === 6) return 0;
    return w === 1 || w === 5 ? 3 : 2;
  };
  const before = toDayNumber(year, 9, 1);
  const after = toDayNumber(year, 9, 3);
  return score(after) > score(before) ? after : before;
}

interface StatutoryDay {
  day: DayNumber;
  name: string;
}

// The days the law itself names. Tết: the last day of the old lunar year and the 1st–4th of the
// new one (the usual choice; the Prime Minister may pick other days).
function statutoryDays(year: number): StatutoryDay[] {
  const tet = parseIsoDate(lunarToSolar({ day: 1, month: 1, year, leap: false }));
  const hungKings = parseIsoDate(lunarToSolar({ day: 10, month: 3, year, leap: false }));
  const days: StatutoryDay[] = [{ day: toDayNumber(year, 1, 1), name: HOLIDAY_NAMES.newYear }];
  for (let i = -1; i <= 3; i++) days.push({ day: tet + i, name: HOLIDAY_NAMES.tet });
  days.push(
    { day: hungKings, name: HOLIDAY_NAMES.hungKings },
    { day: toDayNumber(year, 4, 30), name: HOLIDAY_NAMES.victory },
    { day: toDayNumber(year, 5, 1), name: HOLIDAY_NAMES.labour },
    { day: toDayNumber(year, 9, 2), name: HOLIDAY_NAMES.national },
  );
  if (year >= 2021) days.push({ day: secondNationalDay(year), name: HOLIDAY_NAMES.national });
  return days.sort((a, b) => a.day - b.day);
}

/**
 * A year's holidays from the statutory rules alone, every entry `source: 'computed'`. Holidays on a
 * weekend are listed (they explain the nghỉ bù) and give a day in lieu on the next day that is
 * neither a weekend, a holiday nor an earlier day in lieu. Applies BLLĐ 2012 (Quốc khánh one
 * day) up to 2020; the older codes before 2013 are not modelled.
 */
export function computedHolidays(year: number): HolidayEntry[] {
  checkYear(year);
  const statutory = statutoryDays(year);
  const taken = new Set(statutory.map((s) => s.day));
  const entries: HolidayEntry[] = [];
  const basis = labourCodeBasis(year);
  for (const s of statutory) {
    entries.push({
      date: formatIsoDate(s.day),
      kind: 'holiday',
      name: s.name,
      basis,
      source: 'computed',
    });
  }
  for (const s of statutory) {
    if (!isWeekend(s.day)) continue;
    let d = s.day + 1;
    while (isWeekend(d) || taken.has(d)) d++;
    taken.add(d);
    entries.push({
      date: formatIsoDate(d),
      kind: 'in-lieu',
      name: inLieuName(s.name),
      basis: `${inLieuBasis(year)} (${s.name} ${formatViDate(s.day)} là ${WEEKDAY_VI[weekdayOf(s.day)]})`,
      source: 'computed',
    });
  }
  return sortEntries(entries);
}

export function sortEntries(entries: readonly HolidayEntry[]): HolidayEntry[] {
  return [...entries].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw new DomainError('VALIDATION', {
      vi: `Năm không hợp lệ: ${year} (cần từ ${FIRST_YEAR} đến ${LAST_YEAR})`,
      en: `invalid year: ${year} (expected ${FIRST_YEAR}–${LAST_YEAR})`,
    });
  }
}

/**
 * Validates a year's list (an administrator's correction): every entry well-formed and inside the
 * year, worked days on a weekend, and no date both worked and off. Returns the problems, empty if none.
 */
export function yearEntryProblems(year: number, entries: readonly HolidayEntry[]): string[] {
  const problems: string[] = [];
  const worked = new Set<string>();
  const off = new Set<string>();
  entries.forEach((entry, i) => {
    const parsed = HolidayEntry.safeParse(entry);
    if (!parsed.success) {
      problems.push(
        `#${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`,
      );
      return;
    }
    if (Number(entry.date.slice(0, 4)) !== year)
      problems.push(`#${i + 1}: ${entry.date} không thuộc năm ${year}`);
    if (entry.kind === 'worked-saturday') {
      if (!isWeekend(parseIsoDate(entry.date)))
        problems.push(`#${i + 1}: ngày làm bù ${entry.date} không phải thứ Bảy/Chủ nhật`);
      worked.add(entry.date);
    } else {
      off.add(entry.date);
    }
  });
  for (const date of worked)
    if (off.has(date)) problems.push(`${date} vừa là ngày làm bù vừa là ngày nghỉ`);
  return problems;
}

export function assertYearEntries(year: number, entries: readonly HolidayEntry[]): void {
  const problems = yearEntryProblems(year, entries);
  if (problems.length > 0) {
    throw new DomainError('VALIDATION', {
      vi: `Lịch nghỉ năm ${year} không hợp lệ: ${problems.join('; ')}`,
      en: `invalid holiday list for ${year}: ${problems.join('; ')}`,
    });
  }
}
