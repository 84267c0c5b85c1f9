// The working-day calendar over HTTP: a year's holidays with their basis, an administrator's
// correction of a year, and any deadline with "how this date was computed".
import {
  DeadlineContract,
  HOLIDAY_KINDS,
  HolidayYearChange,
  HolidayYearView,
  LunarDateContract,
  calendarDaysAfter,
  calendarDaysBefore,
  canAtRoot,
  isIsoDate,
  solarToLunar,
  workingDaysAfter,
} from '@doithoai/core';
import { z } from 'zod';
import type { ZodApp } from '../http/zod-app.js';
import { requireActor } from '../http/actor.js';
import type { AppDeps } from '../http/deps.js';
import { loadWorkingCalendar } from './calendar.repository.js';
import { resetHolidayYear, setHolidayYear } from './set-holiday-year.js';

const Year = z.object({ year: z.coerce.number().int().min(1900).max(2100) });
const isoDate = z.string().refine(isIsoDate, { message: 'YYYY-MM-DD' });
const EntryInput = z.strictObject({
  date: isoDate,
  kind: z.enum(HOLIDAY_KINDS),
  name: z.string().trim().min(1).max(200),
  basis: z.string().trim().min(1).max(500),
});
const Reason = z.string().trim().min(3).max(500);

export function calendarRoutes(app: ZodApp, deps: AppDeps) {
  app.get(
    '/api/calendar/:year',
    {
      schema: {
        tags: ['calendar'],
        summary: 'Ngày nghỉ, làm bù của một năm / holidays of a year',
        params: Year,
        response: { 200: HolidayYearView },
      },
    },
    async (request) => {
      const actor = await requireActor(request, deps.auth, deps.db);
      const calendar = await loadWorkingCalendar(deps.db.kysely);
      const { year } = request.params;
      return {
        year,
        source: calendar.yearSource(year),
        entries: [...calendar.holidays(year)],
        canManage: canAtRoot(actor, 'calendar.manage'),
      };
    },
  );

  app.put(
    '/api/calendar/:year',
    {
      schema: {
        tags: ['calendar'],
        summary: 'Sửa lịch nghỉ của một năm (quản trị) / correct a year',
        params: Year,
        body: z.strictObject({ entries: z.array(EntryInput).max(60), reason: Reason }),
        response: { 200: HolidayYearChange },
      },
    },
    async (request) => {
      const actor = await requireActor(request, deps.auth, deps.db);
      return setHolidayYear(deps, actor, request.params.year, request.body);
    },
  );

  app.post(
    '/api/calendar/:year/reset',
    {
      schema: {
        tags: ['calendar'],
        summary: 'Bỏ chỉnh sửa, trở về lịch mặc định / drop a correction',
        params: Year,
        body: z.strictObject({ reason: Reason }),
        response: { 200: HolidayYearChange },
      },
    },
    async (request) => {
      const actor = await requireActor(request, deps.auth, deps.db);
      const moved = await resetHolidayYear(deps, actor, request.params.year, request.body.reason);
      const calendar = await loadWorkingCalendar(deps.db.kysely);
      return {
        year: request.params.year,
        source: calendar.yearSource(request.params.year),
        entries: [...calendar.holidays(request.params.year)],
        moved,
      };
    },
  );

  app.get(
    '/api/calendar/deadline',
    {
      schema: {
        tags: ['calendar'],
        summary: 'Tính hạn và giải thích cách tính / a deadline with its explanation',
        querystring: z.object({
          rule: z.enum(['working-days-after', 'calendar-days-after', 'calendar-days-before']),
          start: isoDate,
          n: z.coerce.number().int().min(0).max(3650),
        }),
        response: { 200: DeadlineContract },
      },
    },
    async (request) => {
      await requireActor(request, deps.auth, deps.db);
      const calendar = await loadWorkingCalendar(deps.db.kysely);
      const { rule, start, n } = request.query;
      const compute = {
        'working-days-after': workingDaysAfter,
        'calendar-days-after': calendarDaysAfter,
        'calendar-days-before': calendarDaysBefore,
      }[rule];
      return compute(calendar, start, n);
    },
  );

  app.get(
    '/api/calendar/lunar/:date',
    {
      schema: {
        tags: ['calendar'],
        params: z.object({ date: isoDate }),
        response: { 200: LunarDateContract },
      },
    },
    async (request) => {
      await requireActor(request, deps.auth, deps.db);
      return solarToLunar(request.params.date);
    },
  );
}
