// The calendar endpoints the web app calls, typed with core's contracts.
import type {
  Deadline,
  DeadlineRule,
  HolidayEntry,
  HolidayYear,
  HolidayYearChange,
  HolidayYearView,
  IsoDate,
  LunarDate,
} from '@doithoai/core';
import { api } from '../../api';

/** A year as the page holds it: GET's answer (with `canManage`), or a change's (PUT, reset). */
export type CalendarYear = HolidayYear & Partial<Pick<HolidayYearView, 'canManage'>>;

/** What an administrator edits: an entry without its source (the server marks it "admin"). */
export type EntryInput = Omit<HolidayEntry, 'source'>;

export const fetchYear = (year: number) => api<HolidayYearView>('GET', `/api/calendar/${year}`);

export const saveYear = (year: number, entries: EntryInput[], reason: string) =>
  api<HolidayYearChange>('PUT', `/api/calendar/${year}`, { entries, reason });

export const resetYear = (year: number, reason: string) =>
  api<HolidayYearChange>('POST', `/api/calendar/${year}/reset`, { reason });

export const fetchLunar = (date: IsoDate) => api<LunarDate>('GET', `/api/calendar/lunar/${date}`);

export const fetchDeadline = (rule: DeadlineRule, start: IsoDate, n: number) =>
  api<Deadline>(
    'GET',
    `/api/calendar/deadline?${new URLSearchParams({ rule, start, n: String(n) })}`,
  );
