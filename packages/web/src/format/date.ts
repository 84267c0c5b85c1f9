// Dates as people in Vietnam write them, the one place the staff app formats a date: dd/mm/yyyy,
// times in Vietnam's time zone, months as mm/yyyy. Never an ISO date on a screen.
import { formatViDate, parseIsoDate } from '@doithoai/core';

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function vietnamParts(stamp: string) {
  const p = Object.fromEntries(parts.formatToParts(new Date(stamp)).map((x) => [x.type, x.value]));
  return { day: `${p.day}/${p.month}/${p.year}`, time: `${p.hour}:${p.minute}` };
}

/** 'YYYY-MM-DD' (or a timestamp: its day in Vietnam) → 'dd/mm/yyyy'; '—' when there is none. */
export function viDate(d: string | null | undefined): string {
  if (!d) return '—';
  if (isoDay.test(d)) return formatViDate(parseIsoDate(d));
  const t = Date.parse(d);
  return Number.isNaN(t) ? d : vietnamParts(d).day;
}

/** A timestamp → 'dd/mm/yyyy hh:mm', Vietnam time. */
export function viDateTime(stamp: string | null | undefined): string {
  if (!stamp) return '—';
  if (Number.isNaN(Date.parse(stamp))) return stamp;
  const p = vietnamParts(stamp);
  return `${p.day} ${p.time}`;
}

/** 'YYYY-MM' → 'mm/yyyy' (a chart's month). */
export const viMonth = (month: string): string =>
  /^\d{4}-\d{2}$/.test(month) ? `${month.slice(5)}/${month.slice(0, 4)}` : month;

/** A table cell that may hold an ISO day: shown as dd/mm/yyyy, anything else as it is. */
export const viCell = (v: unknown): string =>
  typeof v === 'string' && isoDay.test(v)
    ? viDate(v)
    : v === null || v === undefined
      ? '—'
      : String(v);
