// `doithoai calendar …`: look up holidays, lunar dates and deadlines from the command line, so an
// administrator can check the calendar against an official notice. A pure function of its
// arguments and the calendar; the commander wiring prints the result and exits with the code.
import {
  type WorkingCalendar,
  type LunarDate,
  calendarDaysAfter,
  workingDaysAfter,
  lunarToSolar,
  solarToLunar,
  parseIsoDate,
  isWeekend,
  isDayOff,
  formatViDate,
  weekdayOf,
  WEEKDAY_VI,
} from '@doithoai/core';

export interface CommandResult {
  stdout: string[];
  stderr?: string;
  exitCode: 0 | 2;
}

export const CALENDAR_USAGE: readonly string[] = [
  'Cách dùng / usage: doithoai calendar <lệnh> [tham số]',
  '',
  '  holidays <năm>                     ngày nghỉ trong tuần và thứ Bảy làm bù của năm / weekdays off and worked Saturdays',
  '  add-working-days <YYYY-MM-DD> <n>  ngày làm việc thứ n sau ngày đó (n âm: trước) / the n-th working day after (before if n < 0)',
  '  add-days <YYYY-MM-DD> <n>          n ngày theo lịch, BLDS 2015 Điều 147–148 / n calendar days after, Civil Code rule',
  '  lunar <YYYY-MM-DD>                 ngày âm lịch (D/M/YYYY) / the lunar date',
  '  solar <D/M/YYYY> [--leap]          ngày dương lịch của ngày âm lịch; --leap: tháng nhuận / the solar date; --leap: leap month',
  '  explain <YYYY-MM-DD> <n>           giải thích cách tính n ngày làm việc / explain n working days after',
];

/** A bad argument: reported on one line, Vietnamese first, exit code 2. */
class UsageError extends Error {}

function fail(vi: string, en: string): never {
  throw new UsageError(`${vi} / ${en}`);
}

function isoArg(value: string | undefined): string {
  if (value === undefined) fail('Thiếu ngày (cần YYYY-MM-DD)', 'missing date');
  parseIsoDate(value); // throws the calendar's own bilingual message
  return value;
}

function intArg(value: string | undefined, what: { vi: string; en: string }): number {
  if (value === undefined) fail(`Thiếu ${what.vi}`, `missing ${what.en}`);
  if (!/^[-+]?\d{1,6}$/.test(value))
    fail(`${what.vi} không hợp lệ: ${value} (cần số nguyên)`, `invalid ${what.en}: ${value}`);
  return Number(value);
}

function lunarArg(value: string | undefined, leap: boolean): LunarDate {
  if (value === undefined) fail('Thiếu ngày âm lịch (cần D/M/YYYY)', 'missing lunar date');
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (!m) fail(`Ngày âm lịch không hợp lệ: ${value} (cần D/M/YYYY)`, 'invalid lunar date');
  return { day: Number(m[1]), month: Number(m[2]), year: Number(m[3]), leap };
}

function expectArgs(args: readonly string[], count: number): void {
  if (args.length > count)
    fail(`Thừa tham số: ${args.slice(count).join(' ')}`, 'too many arguments');
}

function holidays(calendar: WorkingCalendar, args: readonly string[]): string[] {
  expectArgs(args, 1);
  const year = intArg(args[0], { vi: 'năm', en: 'year' });
  return calendar
    .holidays(year)
    .filter(
      (e) => e.kind === 'worked-saturday' || (isDayOff(e.kind) && !isWeekend(parseIsoDate(e.date))),
    )
    .map((e) => [e.date, e.kind, e.name, e.basis].join('\t'));
}

function explain(calendar: WorkingCalendar, args: readonly string[]): string[] {
  expectArgs(args, 2);
  const d = workingDaysAfter(
    calendar,
    isoArg(args[0]),
    intArg(args[1], { vi: 'số ngày', en: 'number of days' }),
  );
  const lines = [d.text.vi];
  for (const s of d.skipped) {
    if (s.reason === 'weekend') continue;
    const day = parseIsoDate(s.date);
    lines.push(
      `- ${WEEKDAY_VI[weekdayOf(day)]} ${formatViDate(day)}: ${s.name ?? s.reason} (${s.basis ?? ''})`,
    );
  }
  return lines;
}

function run(args: readonly string[], calendar: WorkingCalendar): string[] {
  const [command, ...rest] = args;
  switch (command) {
    case 'holidays':
      return holidays(calendar, rest);
    case 'add-working-days': {
      expectArgs(rest, 2);
      const start = isoArg(rest[0]);
      return [
        calendar.addWorkingDays(start, intArg(rest[1], { vi: 'số ngày', en: 'number of days' })),
      ];
    }
    case 'add-days': {
      expectArgs(rest, 2);
      const start = isoArg(rest[0]);
      return [
        calendarDaysAfter(calendar, start, intArg(rest[1], { vi: 'số ngày', en: 'number of days' }))
          .date,
      ];
    }
    case 'lunar': {
      expectArgs(rest, 1);
      const l = solarToLunar(isoArg(rest[0]));
      return [`${l.day}/${l.month}/${l.year}${l.leap ? ' (nhuận)' : ''}`];
    }
    case 'solar': {
      const leap = rest.includes('--leap');
      const positional = rest.filter((a) => a !== '--leap');
      expectArgs(positional, 1);
      return [lunarToSolar(lunarArg(positional[0], leap))];
    }
    case 'explain':
      return explain(calendar, rest);
    default:
      return fail(`Lệnh không rõ: ${String(command)}`, 'unknown subcommand');
  }
}

// Errors from the calendar carry both languages (DomainError.messages).
function messageOf(err: unknown): string | null {
  if (err instanceof UsageError) return err.message;
  const messages = (err as { messages?: { vi?: unknown; en?: unknown } } | null)?.messages;
  if (messages && typeof messages.vi === 'string' && typeof messages.en === 'string')
    return `${messages.vi} / ${messages.en}`;
  return null;
}

export function runCalendarCommand(args: string[], calendar: WorkingCalendar): CommandResult {
  if (args.length === 0) {
    return {
      stdout: [...CALENDAR_USAGE],
      stderr: 'Thiếu lệnh con / missing subcommand',
      exitCode: 2,
    };
  }
  if (args.includes('--help') || args.includes('-h'))
    return { stdout: [...CALENDAR_USAGE], exitCode: 0 };
  try {
    return { stdout: run(args, calendar), exitCode: 0 };
  } catch (err) {
    const message = messageOf(err);
    if (message === null) throw err;
    return { stdout: [], stderr: message, exitCode: 2 };
  }
}
