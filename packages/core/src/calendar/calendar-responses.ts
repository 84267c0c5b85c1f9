// What the calendar routes answer (server: calendar/calendar.routes.ts, calendar/set-holiday-year.ts),
// as zod contracts shared by the server's response schemas and the web app's types. The
// serializer drops a key a contract does not name: a field added to a use case's answer is added
// here too. A counted deadline (GET /api/calendar/deadline) is opinion/matter-page.ts's
// DeadlineContract, core's `Deadline`.
import { z } from 'zod';
import { HolidayEntry } from './holidays.js';

/** A year's days off and worked Saturdays, and where the list comes from. */
export const HolidayYear = z.object({
  year: z.number(),
  source: z.enum(['official', 'computed', 'admin']),
  entries: z.array(HolidayEntry),
});
export type HolidayYear = z.infer<typeof HolidayYear>;

/** GET /api/calendar/:year: with whether this user may correct the year. */
export const HolidayYearView = HolidayYear.extend({ canManage: z.boolean() });
export type HolidayYearView = z.infer<typeof HolidayYearView>;

/** An open deadline the change of holidays moved (a conclusion item's written answer). */
export const RecomputedDeadline = z.object({
  id: z.string(),
  before: z.string(),
  after: z.string(),
  text: z.object({ vi: z.string(), en: z.string() }),
});
export type RecomputedDeadline = z.infer<typeof RecomputedDeadline>;

/** PUT /api/calendar/:year, POST /api/calendar/:year/reset: the year now, and the deadlines moved. */
export const HolidayYearChange = HolidayYear.extend({ moved: z.array(RecomputedDeadline) });
export type HolidayYearChange = z.infer<typeof HolidayYearChange>;

/** GET /api/calendar/lunar/:date (core's `LunarDate`). */
export const LunarDateContract = z.object({
  day: z.number(),
  month: z.number(),
  year: z.number(),
  /** In a leap month (tháng nhuận). */
  leap: z.boolean(),
});
