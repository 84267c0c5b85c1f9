// The place-and-date line: 'Sơn Giang, ngày 05 tháng 01 năm 2026'. Days under 10 and the months
// January and February take a leading zero (so 'tháng 01', 'tháng 02', but 'tháng 3'); the same rule
// in NĐ 30/2020 and HD 36-HD/VPTW, so a reader never mistakes 'tháng 1' for the start of 'tháng 10'.

import type { IsoDate } from '../model.js';

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** Parses 'YYYY-MM-DD', rejecting dates that do not exist (2026-02-30). */
export function parseIsoDate(date: IsoDate): CalendarDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`Ngày không hợp lệ (cần YYYY-MM-DD): ${date}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day
  ) {
    throw new RangeError(`Ngày không tồn tại: ${date}`);
  }
  return { year, month, day };
}

/** 'ngày 18 tháng 3 năm 2026'. */
export function formatLongDate(date: IsoDate): string {
  const { year, month, day } = parseIsoDate(date);
  const dd = String(day).padStart(2, '0');
  const mm = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `ngày ${dd} tháng ${mm} năm ${year}`;
}

/** 'Sơn Giang, ngày 05 tháng 01 năm 2026'. */
export function formatPlaceDate(place: string, date: IsoDate): string {
  return `${place.normalize('NFC').trim()}, ${formatLongDate(date)}`;
}

/** '05/01/2026', for tables and running text. */
export function formatShortDate(date: IsoDate): string {
  const { year, month, day } = parseIsoDate(date);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}
