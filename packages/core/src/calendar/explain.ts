// The human-readable explanation of a deadline, in Vietnamese and English, detailed enough for a
// person to recount it on a paper calendar: start, rule, every kind of day skipped, the result.
import type { Deadline, SkippedDay } from './deadline-types.js';
import {
  type DayNumber,
  parseIsoDate,
  formatViDate,
  formatViDayMonth,
  weekdayOf,
  yearOf,
  WEEKDAY_VI,
  WEEKDAY_EN,
} from './iso-date.js';

type Text = { vi: string; en: string };

const BASIS_BLDS = {
  vi: 'Căn cứ: Bộ luật Dân sự 2015, Điều 147–148.',
  en: 'Basis: Civil Code 2015, Articles 147–148.',
};
const BASIS_WORKING = {
  vi: 'Căn cứ: Bộ luật Dân sự 2015, Điều 147 (không tính ngày bắt đầu); ngày làm việc theo Bộ luật Lao động 2019, Điều 111–112.',
  en: 'Basis: Civil Code 2015, Article 147 (the first day is not counted); working days per Labour Code 2019, Articles 111–112.',
};

const dayVi = (d: DayNumber): string => `${WEEKDAY_VI[weekdayOf(d)]}, ${formatViDate(d)}`;
const dayEn = (d: DayNumber): string => `${WEEKDAY_EN[weekdayOf(d)]} ${formatViDate(d)}`;

interface Group {
  name: string;
  days: DayNumber[];
  runs: [DayNumber, DayNumber][];
}

// Holidays grouped by name, in order of first appearance; a run continues across weekend days.
function groupHolidays(skipped: readonly SkippedDay[]): Group[] {
  const weekends = new Set(
    skipped.filter((s) => s.reason === 'weekend').map((s) => parseIsoDate(s.date)),
  );
  const groups = new Map<string, Group>();
  for (const s of skipped) {
    if (s.reason === 'weekend') continue;
    const name = s.name ?? s.reason;
    const day = parseIsoDate(s.date);
    let g = groups.get(name);
    if (!g) groups.set(name, (g = { name, days: [], runs: [] }));
    g.days.push(day);
    const last = g.runs[g.runs.length - 1];
    let joined = last !== undefined;
    if (last) for (let d = last[1] + 1; d < day && joined; d++) joined = weekends.has(d);
    if (last && joined) last[1] = day;
    else g.runs.push([day, day]);
  }
  return [...groups.values()];
}

function describeSkipped(skipped: readonly SkippedDay[], oneYear: boolean): Text | null {
  if (skipped.length === 0) return null;
  const fmt = oneYear ? formatViDayMonth : formatViDate;
  const range = (r: [DayNumber, DayNumber]): string =>
    r[0] === r[1] ? fmt(r[0]) : `${fmt(r[0])}–${fmt(r[1])}`;
  const vi: string[] = [];
  const en: string[] = [];
  const weekends = skipped.filter((s) => s.reason === 'weekend').length;
  if (weekends > 0) {
    vi.push(`${weekends} ngày thứ Bảy/Chủ nhật`);
    en.push(`${weekends} Saturday/Sunday${weekends > 1 ? 's' : ''}`);
  }
  for (const g of groupHolidays(skipped)) {
    const ranges = g.runs.map(range).join(', ');
    const label = g.name.startsWith('Nghỉ ') ? `ngày n${g.name.slice(1)}` : `ngày nghỉ ${g.name}`;
    vi.push(`${g.days.length} ${label} (${ranges})`);
    en.push(`${g.days.length} day${g.days.length > 1 ? 's' : ''} off: ${g.name} (${ranges})`);
  }
  const join = (parts: string[], and: string): string =>
    parts.length === 1
      ? (parts[0] as string)
      : `${parts.slice(0, -1).join(', ')} ${and} ${parts[parts.length - 1] as string}`;
  return { vi: join(vi, 'và'), en: join(en, 'and') };
}

function computedNote(years: readonly number[]): Text | null {
  if (years.length === 0) return null;
  const list = years.join(', ');
  return {
    vi: `Lưu ý: ngày nghỉ năm ${list} được tính theo quy định của Bộ luật Lao động, chưa theo thông báo chính thức.`,
    en: `Note: the holidays of ${list} are computed from the Labour Code, not from an official notice.`,
  };
}

export function explainDeadline(d: Omit<Deadline, 'text'>): Text {
  const start = parseIsoDate(d.start);
  const due = parseIsoDate(d.date);
  const oneYear = yearOf(start) === yearOf(due);
  const skipped = describeSkipped(d.skipped, oneYear);
  const vi: string[] = [];
  const en: string[] = [];

  if (d.rule === 'working-days-after') {
    vi.push(`Tính từ ngày ${formatViDate(start)} (không tính ngày này), cộng ${d.n} ngày làm việc`);
    en.push(`Counting from ${formatViDate(start)} (that day not counted), add ${d.n} working days`);
    vi.push(skipped ? `; bỏ qua ${skipped.vi}` : '; không có ngày nghỉ nào xen giữa');
    en.push(skipped ? `; skipping ${skipped.en}` : '; no day off in between');
    if (d.workedWeekendDays.length > 0) {
      const days = d.workedWeekendDays.map((x) => formatViDate(parseIsoDate(x))).join(', ');
      vi.push(`; có tính ngày làm bù ${days}`);
      en.push(`; counting the worked weekend day(s) ${days}`);
    }
    vi.push(`; hạn là ${dayVi(due)}. ${BASIS_WORKING.vi}`);
    en.push(`; due ${dayEn(due)}. ${BASIS_WORKING.en}`);
  } else if (d.rule === 'calendar-days-after') {
    vi.push(
      `Tính từ ngày ${formatViDate(start)} (không tính ngày này), cộng ${d.n} ngày theo lịch`,
    );
    en.push(
      `Counting from ${formatViDate(start)} (that day not counted), add ${d.n} calendar days`,
    );
    if (d.movedFrom) {
      const nominal = parseIsoDate(d.movedFrom);
      vi.push(
        `: ngày cuối là ${dayVi(nominal)}, không phải ngày làm việc, nên thời hạn kết thúc vào cuối ngày làm việc tiếp theo: ${dayVi(due)}` +
          (skipped ? ` (bỏ qua ${skipped.vi})` : ''),
      );
      en.push(
        `: the last day, ${dayEn(nominal)}, is not a working day, so the period ends at the end of the next working day: ${dayEn(due)}` +
          (skipped ? ` (skipping ${skipped.en})` : ''),
      );
    } else {
      vi.push(`: hạn là ${dayVi(due)}`);
      en.push(`: due ${dayEn(due)}`);
    }
    vi.push(`. ${BASIS_BLDS.vi}`);
    en.push(`. ${BASIS_BLDS.en}`);
  } else {
    vi.push(`Ít nhất ${d.n} ngày trước ngày ${formatViDate(start)}: chậm nhất là ${dayVi(due)}`);
    en.push(`At least ${d.n} days before ${formatViDate(start)}: on or before ${dayEn(due)}`);
    if (d.latestWorkingDay) {
      const last = parseIsoDate(d.latestWorkingDay);
      vi.push(
        `. Ngày này không phải ngày làm việc; ngày làm việc cuối cùng trước đó là ${dayVi(last)}` +
          (skipped ? ` (sau đó là ${skipped.vi})` : ''),
      );
      en.push(
        `. That day is not a working day; the last working day before it is ${dayEn(last)}` +
          (skipped ? ` (followed by ${skipped.en})` : ''),
      );
    }
    vi.push(`. ${BASIS_BLDS.vi}`);
    en.push(`. ${BASIS_BLDS.en}`);
  }
  const note = computedNote(d.computedYears);
  if (note) {
    vi.push(` ${note.vi}`);
    en.push(` ${note.en}`);
  }
  return { vi: vi.join(''), en: en.join('') };
}
