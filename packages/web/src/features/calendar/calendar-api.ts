// The calendar endpoints the web app calls, typed with core's shapes.
import type {
  Deadline,
  DeadlineRule,
  HolidayEntry,
  IsoDate,
  LunarDate,
  YearSource,
} from '@doithoai/core';
import { api } from '../../api';

export interface CalendarYear {
  year: number;
  source: YearSource;
  entries: HolidayEntry[];
  /** Sent by GET only: whether this user may correct the year. */
  canManage?: boolean;
}

/** What an administrator edits: an entry without its source (the server marks it "admin"). */
export type EntryInput = Omit<HolidayEntry, 'source'>;

export const fetchYear = (year: number) => api<CalendarYear>('GET', `/api/calendar/${year}`);

export const saveYear = (year: number, entries: EntryInput[], reason: string) =>
  api<CalendarYear>('PUT', `/api/calendar/${year}`, { entries, reason });

export const resetYear = (year: number, reason: string) =>
  api<CalendarYear>('POST', `/api/calendar/${year}/reset`, { reason });

export const fetchLunar = (date: IsoDate) => api<LunarDate>('GET', `/api/calendar/lunar/${date}`);

export const fetchDeadline = (rule: DeadlineRule, start: IsoDate, n: number) =>
  api<Deadline>(
    'GET',
    `/api/calendar/deadline?${new URLSearchParams({ rule, start, n: String(n) })}`,
  );
