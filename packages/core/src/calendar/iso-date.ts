// Calendar dates: 'YYYY-MM-DD' strings at the API edge, integer day numbers inside.
// A day number counts days since 1970-01-01 (proleptic Gregorian). Working with integers
// avoids every `Date` time-zone pitfall (a Vietnamese date must not shift under UTC or UTC+7).
import { DomainError } from '../errors/domain-error.js';

/** A calendar date as 'YYYY-MM-DD'. */
export type IsoDate = string;

/** Days since 1970-01-01. */
export type DayNumber = number;

/** 0 = Sunday … 6 = Saturday, as in JavaScript. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface YearMonthDay {
  year: number;
  month: number;
  day: number;
}

/** The years the calendar (lunar tables, holidays) is defined and tested for. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2100;

const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

// Howard Hinnant's days_from_civil: exact integer arithmetic, no Date object.
export function toDayNumber(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(dayNumber: DayNumber): YearMonthDay {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The year of a day number, without building the whole date. */
export function yearOf(dayNumber: DayNumber): number {
  return fromDayNumber(dayNumber).year;
}

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_PATTERN.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function invalidDate(value: unknown): DomainError {
  const shown = typeof value === 'string' ? value : String(value);
  return new DomainError('VALIDATION', {
    vi: `Ngày không hợp lệ: ${shown} (cần YYYY-MM-DD)`,
    en: `invalid date: ${shown} (expected YYYY-MM-DD)`,
  });
}

export function outOfRange(value: string): DomainError {
  return new DomainError('VALIDATION', {
    vi: `Ngày ${value} nằm ngoài phạm vi lịch (${FIRST_YEAR}–${LAST_YEAR})`,
    en: `date ${value} is outside the calendar's range (${FIRST_YEAR}–${LAST_YEAR})`,
  });
}

// Reads `len` decimal digits; negative if any is not a digit. (Hot path: no regex, no allocation.)
function digitsAt(s: string, from: number, len: number): number {
  let v = 0;
  for (let i = from; i < from + len; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** Parses 'YYYY-MM-DD' into a day number; throws a VALIDATION DomainError otherwise. */
export function parseIsoDate(value: IsoDate): DayNumber {
  if (
    typeof value === 'string' &&
    value.length === 10 &&
    value.charCodeAt(4) === 45 &&
    value.charCodeAt(7) === 45
  ) {
    const year = digitsAt(value, 0, 4);
    const month = digitsAt(value, 5, 2);
    const day = digitsAt(value, 8, 2);
    if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
      return toDayNumber(year, month, day);
    }
  }
  throw invalidDate(value);
}

const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, i) =>
  i < 10 ? `0${i}` : String(i),
);
const pad2 = (n: number): string => TWO_DIGITS[n] as string;

export function formatIsoDate(dayNumber: DayNumber): IsoDate {
  const { year, month, day } = fromDayNumber(dayNumber);
  const y = year >= 1000 ? String(year) : String(year).padStart(4, '0');
  return `${y}-${pad2(month)}-${pad2(day)}`;
}

/** 'DD/MM/YYYY', the way Vietnamese documents write dates. */
export function formatViDate(dayNumber: DayNumber): string {
  const { year, month, day } = fromDayNumber(dayNumber);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

/** 'DD/MM', for ranges inside one year. */
export function formatViDayMonth(dayNumber: DayNumber): string {
  const { month, day } = fromDayNumber(dayNumber);
  return `${pad2(day)}/${pad2(month)}`;
}

// 1970-01-01 was a Thursday (4).
export function weekdayOf(dayNumber: DayNumber): Weekday {
  return ((((dayNumber + 4) % 7) + 7) % 7) as Weekday;
}

export function weekday(date: IsoDate): Weekday {
  return weekdayOf(parseIsoDate(date));
}

export function isWeekend(dayNumber: DayNumber): boolean {
  const w = weekdayOf(dayNumber);
  return w === 0 || w === 6;
}

export function addDays(date: IsoDate, n: number): IsoDate {
  return formatIsoDate(parseIsoDate(date) + n);
}

export const WEEKDAY_VI: readonly string[] = [
  'Chủ nhật',
  'thứ Hai',
  'thứ Ba',
  'thứ Tư',
  'thứ Năm',
  'thứ Sáu',
  'thứ Bảy',
];
export const WEEKDAY_EN: readonly string[] = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];
