// The Vietnamese lunisolar calendar (âm lịch), after Hồ Ngọc Đức's published algorithm:
// new moons and the sun's longitude from Meeus' astronomical formulas, evaluated at UTC+7.
// Vietnam's time zone is why Tết differs from the Chinese calendar (UTC+8) in some years
// (1985, 2007, 2030). Written here rather than taken from a package: see docs/adr/0003.
import { DomainError } from '../errors/domain-error.js';
import {
  type IsoDate,
  type DayNumber,
  parseIsoDate,
  formatIsoDate,
  yearOf,
  FIRST_YEAR,
  LAST_YEAR,
  outOfRange,
} from './iso-date.js';

export interface LunarDate {
  day: number;
  month: number;
  year: number;
  /** true in a leap month (tháng nhuận), which repeats the number of the month before it. */
  leap: boolean;
}

const TIME_ZONE = 7;
const JDN_OF_EPOCH = 2440588; // Julian day number of 1970-01-01
const SYNODIC_MONTH = 29.530588853;
const JD_NEW_MOON_1900 = 2415021.076998695; // the new moon of 1900-01-01 (k = 0)
const DR = Math.PI / 180;

// Julian day of the k-th new moon after 1900-01-01 (Meeus, Astronomical Algorithms, ch. 49).
function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * DR);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3; // sun's mean anomaly
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3; // moon's mean anomaly
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3; // moon's argument of latitude
  let c1 = (0.1734 - 0.000393 * T) * Math.sin(M * DR) + 0.0021 * Math.sin(2 * DR * M);
  c1 = c1 - 0.4068 * Math.sin(Mpr * DR) + 0.0161 * Math.sin(DR * 2 * Mpr);
  c1 = c1 - 0.0004 * Math.sin(DR * 3 * Mpr);
  c1 = c1 + 0.0104 * Math.sin(DR * 2 * F) - 0.0051 * Math.sin(DR * (M + Mpr));
  c1 = c1 - 0.0074 * Math.sin(DR * (M - Mpr)) + 0.0004 * Math.sin(DR * (2 * F + M));
  c1 = c1 - 0.0004 * Math.sin(DR * (2 * F - M)) - 0.0006 * Math.sin(DR * (2 * F + Mpr));
  c1 = c1 + 0.001 * Math.sin(DR * (2 * F - Mpr)) + 0.0005 * Math.sin(DR * (2 * Mpr + M));
  const deltaT =
    T < -11
      ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
      : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd1 + c1 - deltaT;
}

// The sun's apparent longitude in radians, 0..2π, at Julian day jdn (Meeus, ch. 25, low precision).
function sunLongitude(jdn: number): number {
  const T = (jdn - 2451545.0) / 36525;
  const T2 = T * T;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(DR * M);
  DL += (0.019993 - 0.000101 * T) * Math.sin(DR * 2 * M) + 0.00029 * Math.sin(DR * 3 * M);
  const L = (L0 + DL) * DR;
  return L - Math.PI * 2 * Math.floor(L / (Math.PI * 2));
}

/** The local (UTC+7) day, as a Julian day number, of the k-th new moon. */
function newMoonDay(k: number): number {
  return Math.floor(newMoon(k) + 0.5 + TIME_ZONE / 24);
}

/** Which of the 12 thirty-degree sectors (major solar terms) the sun is in at the start of a local day. */
function sunSector(jdn: number): number {
  return Math.floor((sunLongitude(jdn - 0.5 - TIME_ZONE / 24) / Math.PI) * 6);
}

// Month 11 is the month containing the winter solstice; every lunar year is anchored on it.
const month11Cache = new Map<number, number>();
function lunarMonth11(year: number): number {
  const cached = month11Cache.get(year);
  if (cached !== undefined) return cached;
  const jdDec31 = parseIsoDate(`${String(year).padStart(4, '0')}-12-31`) + JDN_OF_EPOCH;
  const k = Math.floor((jdDec31 - 2415021) / SYNODIC_MONTH);
  let nm = newMoonDay(k);
  if (sunSector(nm) >= 9) nm = newMoonDay(k - 1);
  month11Cache.set(year, nm);
  return nm;
}

// In a 13-month year the leap month is the first one without a major solar term; returns its
// offset (in months) from month 11.
const leapOffsetCache = new Map<number, number>();
function leapMonthOffset(a11: number): number {
  const cached = leapOffsetCache.get(a11);
  if (cached !== undefined) return cached;
  const k = Math.floor((a11 - JD_NEW_MOON_1900) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let arc = sunSector(newMoonDay(k + i));
  let last: number;
  do {
    last = arc;
    i++;
    arc = sunSector(newMoonDay(k + i));
  } while (arc !== last && i < 14);
  leapOffsetCache.set(a11, i - 1);
  return i - 1;
}

function checkSolarRange(date: IsoDate, dayNumber: DayNumber): void {
  const year = Number(date.slice(0, 4));
  if (year < FIRST_YEAR || year > LAST_YEAR || !Number.isFinite(dayNumber)) throw outOfRange(date);
}

/** The lunar date of a solar date, in Vietnam's time zone. */
export function solarToLunar(date: IsoDate): LunarDate {
  const dayNumber = parseIsoDate(date);
  checkSolarRange(date, dayNumber);
  return lunarOfDayNumber(dayNumber);
}

export function lunarOfDayNumber(dayNumber: DayNumber): LunarDate {
  const jdn = dayNumber + JDN_OF_EPOCH;
  const year = yearOf(dayNumber);
  const k = Math.floor((jdn - JD_NEW_MOON_1900) / SYNODIC_MONTH);
  // The month starts on the latest new moon on or before the day. The published code tries k + 1
  // and k only; on 2062-04-09 the true new moon runs far enough behind the mean one that both
  // come after the day (giving "day 0"), so step back once more.
  let monthStart = newMoonDay(k + 1);
  if (monthStart > jdn) monthStart = newMoonDay(k);
  if (monthStart > jdn) monthStart = newMoonDay(k - 1);
  let a11 = lunarMonth11(year);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = year;
    a11 = lunarMonth11(year - 1);
  } else {
    lunarYear = year + 1;
    b11 = lunarMonth11(year + 1);
  }
  const day = jdn - monthStart + 1;
  const diff = Math.floor((monthStart - a11) / 29);
  let leap = false;
  let month = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11);
    if (diff >= leapDiff) {
      month = diff + 10;
      leap = diff === leapDiff;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) lunarYear -= 1;
  return { day, month, year: lunarYear, leap };
}

// The number a leap month at `leapOff` months after month 11 repeats: offset 1 → 11, 2 → 12, 3 → 1 …
const leapMonthNumber = (leapOff: number): number => ((leapOff + 9) % 12) + 1;

/** The leap month between month 11 of solar year `year` and the next month 11, or null. */
function leapInWindow(year: number): number | null {
  const a11 = lunarMonth11(year);
  if (lunarMonth11(year + 1) - a11 <= 365) return null;
  return leapMonthNumber(leapMonthOffset(a11));
}

/** The leap month of a lunar year (the month number it repeats), or null if the year has 12 months. */
export function leapMonthOf(lunarYear: number): number | null {
  // Months 1–10 of a lunar year follow month 11 of the solar year before; months 11–12 follow its own.
  const early = leapInWindow(lunarYear - 1);
  if (early !== null && early <= 10) return early;
  const late = leapInWindow(lunarYear);
  return late !== null && late >= 11 ? late : null;
}

function noSuchLunarDate(l: LunarDate, why: { vi: string; en: string }): DomainError {
  const shown = `${l.day}/${l.month}/${l.year}${l.leap ? ' (nhuận)' : ''}`;
  return new DomainError('VALIDATION', {
    vi: `Không có ngày âm lịch ${shown}: ${why.vi}`,
    en: `no such lunar date ${shown}: ${why.en}`,
  });
}

/** The solar date of a lunar date; throws a VALIDATION DomainError for a date that does not exist. */
export function lunarToSolar(lunar: LunarDate): IsoDate {
  const { day, month, year, leap } = lunar;
  if (
    ![day, month, year].every(Number.isInteger) ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > 30
  ) {
    throw noSuchLunarDate(lunar, {
      vi: 'ngày phải từ 1 đến 30, tháng từ 1 đến 12',
      en: 'day must be 1–30 and month 1–12',
    });
  }
  if (year < FIRST_YEAR || year > LAST_YEAR) throw outOfRange(`${day}/${month}/${year}`);
  let a11: number;
  let b11: number;
  if (month < 11) {
    a11 = lunarMonth11(year - 1);
    b11 = lunarMonth11(year);
  } else {
    a11 = lunarMonth11(year);
    b11 = lunarMonth11(year + 1);
  }
  const k = Math.floor(0.5 + (a11 - JD_NEW_MOON_1900) / SYNODIC_MONTH);
  let off = month - 11;
  if (off < 0) off += 12;
  let hasLeapHere = false;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11);
    hasLeapHere = leapMonthNumber(leapOff) === month;
    if (leap || off >= leapOff) off += 1;
  }
  if (leap && !hasLeapHere) {
    throw noSuchLunarDate(lunar, {
      vi: `năm ${year} không có tháng ${month} nhuận`,
      en: `year ${year} has no leap month ${month}`,
    });
  }
  const monthStart = newMoonDay(k + off);
  const monthLength = newMoonDay(k + off + 1) - monthStart;
  if (day > monthLength) {
    throw noSuchLunarDate(lunar, {
      vi: `tháng này chỉ có ${monthLength} ngày`,
      en: `that month has only ${monthLength} days`,
    });
  }
  return formatIsoDate(monthStart + day - 1 - JDN_OF_EPOCH);
}
