// Date helpers for the calendar page: Monday-first month grids, how a day is marked, and the
// Vietnamese way of writing a date. Counting rules stay in core and on the server.
import {
  WEEKDAY_EN,
  WEEKDAY_VI,
  daysInMonth,
  formatIsoDate,
  formatViDate,
  isDayOff,
  isWeekend,
  parseIsoDate,
  toDayNumber,
  weekdayOf,
  type HolidayEntry,
  type IsoDate,
} from '@doithoai/core';
import type { Lang } from '../../i18n';

/** off: a holiday, in-lieu, swap-off or extra-off day; worked: a worked weekend day. */
export type DayMark = 'off' | 'worked' | 'weekend' | 'working';

/** The month as weeks of seven cells, Monday first; null pads the first and last week. */
export function monthWeeks(year: number, month: number): (IsoDate | null)[][] {
  const first = toDayNumber(year, month, 1);
  const lead = (weekdayOf(first) + 6) % 7; // Monday = 0
  const cells: (IsoDate | null)[] = Array.from({ length: lead }, () => null);
  for (let d = 0; d < daysInMonth(year, month); d++) cells.push(formatIsoDate(first + d));
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (IsoDate | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

export function entriesByDate(entries: readonly HolidayEntry[]): Map<IsoDate, HolidayEntry[]> {
  const map = new Map<IsoDate, HolidayEntry[]>();
  for (const e of entries) map.set(e.date, [...(map.get(e.date) ?? []), e]);
  return map;
}

export function dayMark(date: IsoDate, entries: readonly HolidayEntry[] | undefined): DayMark {
  if (entries?.some((e) => isDayOff(e.kind))) return 'off';
  if (entries?.some((e) => e.kind === 'worked-saturday')) return 'worked';
  return isWeekend(parseIsoDate(date)) ? 'weekend' : 'working';
}

/** '16/02/2026' */
export const viDate = (date: IsoDate): string => formatViDate(parseIsoDate(date));

/** 'thứ Hai' / 'Monday' */
export const weekdayName = (date: IsoDate, lang: Lang): string =>
  (lang === 'vi' ? WEEKDAY_VI : WEEKDAY_EN)[weekdayOf(parseIsoDate(date))] as string;

/** Today in Vietnam (UTC+7), whatever the browser's time zone. */
export function todayInVietnam(): IsoDate {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
}

export const markColors: Record<DayMark, { bg: string; fg: string }> = {
  off: { bg: 'var(--mantine-color-red-1)', fg: 'var(--mantine-color-red-9)' },
  worked: { bg: 'var(--mantine-color-green-1)', fg: 'var(--mantine-color-green-9)' },
  weekend: { bg: 'var(--mantine-color-gray-1)', fg: 'var(--mantine-color-gray-6)' },
  working: { bg: 'transparent', fg: 'inherit' },
};
