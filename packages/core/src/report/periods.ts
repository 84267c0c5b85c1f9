// Reporting periods: after a round, the year, and the periodic reports that Kết luận 215-KL/TW
// asks the levels to send (monthly, quarterly, 6 months, 9 months, year). Two conventions for
// where a period starts and ends:
// - 'calendar': the calendar month, quarter, half-year… (1 January to 30 June for 6 months);
// - 'cutoff-14': the figures' cut-off of Nghị định 09/2019/NĐ-CP, Điều 12, used by most state
//   reporting: from the 15th of the month before the period to the 14th of its last month
//   (a year runs 15/12 of the year before to 14/12).
// Pure: dates are ISO strings, the convention is a setting of the report.
import { DomainError } from '../errors/domain-error.js';
import { addDays, daysInMonth } from '../calendar/iso-date.js';

export const periodKinds = ['month', 'quarter', 'six-months', 'nine-months', 'year'] as const;
export type PeriodKind = (typeof periodKinds)[number];
export const periodConventions = ['calendar', 'cutoff-14'] as const;
export type PeriodConvention = (typeof periodConventions)[number];

export interface Period {
  kind: PeriodKind;
  year: number;
  /** Month 1–12 for 'month', quarter 1–4 for 'quarter', else 1. */
  index: number;
  convention: PeriodConvention;
  /** First and last day, both inclusive. */
  from: string;
  to: string;
  label: { vi: string; en: string };
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** The last month of the period (1–12). */
function lastMonth(kind: PeriodKind, index: number): number {
  switch (kind) {
    case 'month':
      return index;
    case 'quarter':
      return index * 3;
    case 'six-months':
      return 6;
    case 'nine-months':
      return 9;
    case 'year':
      return 12;
  }
}

function firstMonth(kind: PeriodKind, index: number): number {
  if (kind === 'month') return index;
  if (kind === 'quarter') return index * 3 - 2;
  return 1;
}

function label(kind: PeriodKind, year: number, index: number) {
  switch (kind) {
    case 'month':
      return { vi: `tháng ${index} năm ${year}`, en: `${year}-${pad(index)}` };
    case 'quarter':
      return {
        vi: `quý ${['I', 'II', 'III', 'IV'][index - 1]} năm ${year}`,
        en: `Q${index} ${year}`,
      };
    case 'six-months':
      return { vi: `6 tháng đầu năm ${year}`, en: `first half of ${year}` };
    case 'nine-months':
      return { vi: `9 tháng năm ${year}`, en: `first nine months of ${year}` };
    case 'year':
      return { vi: `năm ${year}`, en: `${year}` };
  }
}

export function reportPeriod(
  kind: PeriodKind,
  year: number,
  index = 1,
  convention: PeriodConvention = 'calendar',
): Period {
  const max = kind === 'month' ? 12 : kind === 'quarter' ? 4 : 1;
  if (
    !periodKinds.includes(kind) ||
    !Number.isInteger(year) ||
    year < 1900 ||
    year > 2100 ||
    !Number.isInteger(index) ||
    index < 1 ||
    index > max
  ) {
    throw new DomainError('VALIDATION', {
      vi: `Kỳ báo cáo không hợp lệ: ${kind} ${index}/${year}`,
      en: `invalid reporting period: ${kind} ${index}/${year}`,
    });
  }
  const last = lastMonth(kind, index);
  const first = firstMonth(kind, index);
  let from: string;
  let to: string;
  if (convention === 'calendar') {
    from = iso(year, first, 1);
    to = iso(year, last, daysInMonth(year, last));
  } else {
    // From the 15th of the month before the first month to the 14th of the last month.
    const start = first === 1 ? iso(year - 1, 12, 15) : iso(year, first - 1, 15);
    // Half-year, 9 months and year start on 15/12 of the year before.
    from = kind === 'month' || kind === 'quarter' ? start : iso(year - 1, 12, 15);
    to = iso(year, last, 14);
  }
  return { kind, year, index, convention, from, to, label: label(kind, year, index) };
}

/** The 12 months of a range, as 'YYYY-MM', oldest first (for trends). */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const end = to.slice(0, 7);
  for (let guard = 0; guard < 1200; guard++) {
    const key = `${y}-${pad(m)}`;
    out.push(key);
    if (key >= end) break;
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

/** The last n months ending with the month of `today`, as a range of days. */
export function lastMonths(today: string, n: number): { from: string; to: string } {
  let y = Number(today.slice(0, 4));
  let m = Number(today.slice(5, 7)) - (n - 1);
  while (m < 1) {
    m += 12;
    y--;
  }
  const to = iso(
    Number(today.slice(0, 4)),
    Number(today.slice(5, 7)),
    daysInMonth(Number(today.slice(0, 4)), Number(today.slice(5, 7))),
  );
  return { from: iso(y, m, 1), to: addDays(to, 0) };
}

/**
 * A range of days split for a per-month summary: the whole months it covers ('YYYY-MM', first
 * and last, or null when none) and the partial months at its ends, as ranges of days to count
 * one by one. Compared as strings, as the database compares days, so the split counts the same
 * days as the range itself.
 */
export function wholeMonths(
  from: string,
  to: string,
): { months: { from: string; to: string } | null; edges: { from: string; to: string }[] } {
  const shift = (month: string, by: number) => {
    let y = Number(month.slice(0, 4));
    let m = Number(month.slice(5, 7)) + by;
    if (m > 12) {
      m = 1;
      y++;
    }
    if (m < 1) {
      m = 12;
      y--;
    }
    return `${y}-${pad(m)}`;
  };
  const lastDay = (month: string) =>
    `${month}-${pad(daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7))))}`;
  const fm = from.slice(0, 7);
  const tm = to.slice(0, 7);
  const first = from === `${fm}-01` ? fm : shift(fm, 1);
  const last = to === lastDay(tm) ? tm : shift(tm, -1);
  if (first > last) return { months: null, edges: from <= to ? [{ from, to }] : [] };
  const edges: { from: string; to: string }[] = [];
  if (first !== fm) edges.push({ from, to: lastDay(fm) });
  if (last !== tm) edges.push({ from: `${tm}-01`, to });
  return { months: { from: first, to: last }, edges };
}
