import { describe, expect, it } from 'vitest';
import {
  computedHolidays,
  secondNationalDay,
  yearEntryProblems,
  isDayOff,
  type HolidayEntry,
} from './holidays.js';
import { OFFICIAL_HOLIDAYS } from './holidays-official.js';
import { createWorkingCalendar } from './working-calendar.js';
import {
  formatIsoDate,
  parseIsoDate,
  isWeekend,
  toDayNumber,
  FIRST_YEAR,
  LAST_YEAR,
} from './iso-date.js';

const cal = createWorkingCalendar();
const range = (from: string, to: string): string[] => {
  const out: string[] = [];
  for (let d = parseIsoDate(from); d <= parseIsoDate(to); d++) out.push(formatIsoDate(d));
  return out;
};

/** Every day of a break is off; the day before and the day after are working days. */
function expectBreak(from: string, to: string) {
  for (const date of range(from, to)) expect(cal.isWorkingDay(date), date).toBe(false);
  const before = formatIsoDate(parseIsoDate(from) - 1);
  const after = formatIsoDate(parseIsoDate(to) + 1);
  expect(cal.isWorkingDay(before), before).toBe(true);
  expect(cal.isWorkingDay(after), after).toBe(true);
}

// reference/holidays-vn.md: the official Tết breaks, weekends included.
const TET_BREAKS: [number, string, string][] = [
  [2020, '2020-01-23', '2020-01-29'],
  [2021, '2021-02-10', '2021-02-16'],
  [2022, '2022-01-29', '2022-02-06'],
  [2023, '2023-01-20', '2023-01-26'],
  [2024, '2024-02-08', '2024-02-14'],
  [2025, '2025-01-25', '2025-02-02'],
  [2026, '2026-02-14', '2026-02-22'],
];

describe('official holidays 2020–2026', () => {
  it.each(TET_BREAKS)(
    'Tết %i: every day of %s … %s is off, the days around it are working days',
    (_y, from, to) => {
      expectBreak(from, to);
    },
  );

  // The breaks as the notices announced them to public employees (docs/HOLIDAYS.md, checked
  // 2026-12-07): Quốc khánh 2021–2025, and the Giỗ Tổ–30/4–1/5 blocks of 2023–2025.
  const ANNOUNCED_BREAKS: [string, string, string][] = [
    ['Quốc khánh 2021 (TB 4875/TB-LĐTBXH)', '2021-09-02', '2021-09-05'],
    ['Quốc khánh 2022', '2022-09-01', '2022-09-04'],
    ['Quốc khánh 2023 (CV 8056/VPCP-KGVX)', '2023-09-01', '2023-09-04'],
    ['Quốc khánh 2024', '2024-08-31', '2024-09-03'],
    ['Quốc khánh 2025 (TB 6150/TB-BLĐTBXH)', '2025-08-30', '2025-09-02'],
    ['Giỗ Tổ, 30/4, 1/5 of 2023: two days in lieu', '2023-04-29', '2023-05-03'],
    [
      '30/4, 1/5 of 2024: swapped with Saturday 4/5 (CV 2450/VPCP-KGVX)',
      '2024-04-27',
      '2024-05-01',
    ],
    ['30/4, 1/5 of 2025: swapped with Saturday 26/4', '2025-04-30', '2025-05-04'],
  ];
  it.each(ANNOUNCED_BREAKS)(
    '%s: every day of %s … %s is off, the days around it are working days',
    (_what, from, to) => {
      expectBreak(from, to);
    },
  );

  it('names the Tết weekdays "Tết Nguyên đán"', () => {
    expect(cal.entriesOn('2026-02-16').map((e) => e.name)).toEqual(['Tết Nguyên đán']);
    expect(cal.entriesOn('2026-02-16')[0]?.source).toBe('official');
  });

  it('applies the swaps: a weekday off, a Saturday worked', () => {
    const swaps: [string, string][] = [
      ['2024-04-29', '2024-05-04'],
      ['2025-05-02', '2025-04-26'],
      ['2026-01-02', '2026-01-10'],
    ];
    for (const [off, worked] of swaps) {
      expect(cal.isWorkingDay(off), off).toBe(false);
      expect(cal.entriesOn(off)[0]?.kind).toBe('swap-off');
      expect(cal.isWorkingDay(worked), worked).toBe(true);
      expect(cal.entriesOn(worked)[0]?.kind).toBe('worked-saturday');
    }
  });

  it('gives the days in lieu and second Quốc khánh days of each year', () => {
    const off = [
      '2021-05-03',
      '2021-09-03',
      '2022-01-03',
      '2022-04-11',
      '2022-05-02',
      '2022-05-03',
      '2022-09-01',
      '2023-01-02',
      '2023-05-02',
      '2023-05-03',
      '2023-09-01',
      '2023-09-04',
      '2024-09-03',
      '2025-09-01',
      '2026-04-27',
    ];
    for (const date of off) expect(cal.isWorkingDay(date), date).toBe(false);
    expect(cal.isWorkingDay('2020-09-03')).toBe(true); // BLLĐ 2012: Quốc khánh was one day
    expect(cal.isWorkingDay('2020-09-01')).toBe(true);
  });

  it('marks every published year official, and the unpublished 2026 Quốc khánh day computed', () => {
    for (let y = 2020; y <= 2026; y++) expect(cal.yearSource(y)).toBe('official');
    expect(cal.yearSource(2027)).toBe('computed');
    expect(cal.entriesOn('2026-09-01')[0]?.source).toBe('computed');
  });

  it('keeps every published list valid and inside its year', () => {
    for (const [year, entries] of OFFICIAL_HOLIDAYS)
      expect(yearEntryProblems(year, entries)).toEqual([]);
  });

  it('gives 10 weekdays off a year (11 from 2021) once swaps balance out', () => {
    for (const [year] of OFFICIAL_HOLIDAYS) {
      const entries = cal.holidays(year);
      const weekdaysOff = new Set(
        entries
          .filter((e) => isDayOff(e.kind) && !isWeekend(parseIsoDate(e.date)))
          .map((e) => e.date),
      );
      const worked = entries.filter((e) => e.kind === 'worked-saturday').length;
      expect(weekdaysOff.size - worked, String(year)).toBe(year >= 2021 ? 11 : 10);
    }
  });
});

describe('computed holidays', () => {
  it('reproduces the official Quốc khánh choices of 2021–2025', () => {
    const chosen: [number, string][] = [
      [2021, '09-03'],
      [2022, '09-01'],
      [2023, '09-01'],
      [2024, '09-03'],
      [2025, '09-01'],
    ];
    for (const [y, md] of chosen) expect(formatIsoDate(secondNationalDay(y))).toBe(`${y}-${md}`);
  });

  it('matches the published lists where no Tết or swap choice was made (1/1, Giỗ Tổ, 30/4, 1/5, in lieu)', () => {
    const pick = (entries: readonly HolidayEntry[]) =>
      entries
        .filter(
          (e) =>
            !e.name.includes('Tết Nguyên đán') &&
            e.kind !== 'swap-off' &&
            e.kind !== 'worked-saturday',
        )
        .map((e) => `${e.date} ${e.kind} ${e.name}`);
    for (const year of [2021, 2022, 2023])
      expect(pick(computedHolidays(year)), String(year)).toEqual(pick(cal.holidays(year)));
    expect(pick(computedHolidays(2026))).toEqual(pick(cal.holidays(2026)));
  });

  it('computes Tết as the last day of the old year and the 1st–4th, with days in lieu for weekend days', () => {
    const tet2027 = computedHolidays(2027).filter((e) => e.name.includes('Tết Nguyên đán'));
    expect(tet2027.map((e) => `${e.date.slice(5)} ${e.kind}`)).toEqual([
      '02-05 holiday',
      '02-06 holiday',
      '02-07 holiday',
      '02-08 holiday',
      '02-09 holiday',
      '02-10 in-lieu',
      '02-11 in-lieu',
    ]);
  });

  it('gives 11 weekdays off (10 up to 2020) every year 1900–2100, all computed and inside the year', () => {
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      const entries = computedHolidays(year);
      expect(entries.every((e) => e.source === 'computed' && e.date.startsWith(`${year}-`))).toBe(
        true,
      );
      const weekdaysOff = new Set(
        entries.filter((e) => !isWeekend(parseIsoDate(e.date))).map((e) => e.date),
      );
      // 1947: Giỗ Tổ fell on 30/4, one day for two holidays (the law gives no rule for it).
      expect(weekdaysOff.size, String(year)).toBe(
        (year >= 2021 ? 11 : 10) - (year === 1947 ? 1 : 0),
      );
    }
  });

  it('puts every day in lieu on a weekday after its holiday', () => {
    for (let year = 2021; year <= 2040; year++) {
      for (const e of computedHolidays(year).filter((x) => x.kind === 'in-lieu')) {
        expect(isWeekend(parseIsoDate(e.date))).toBe(false);
        expect(e.basis).toMatch(/111\.3/);
      }
    }
  });
});

describe('admin overrides', () => {
  const year2027: HolidayEntry[] = [
    {
      date: '2027-01-01',
      kind: 'holiday',
      name: 'Tết Dương lịch',
      basis: 'BLLĐ 2019 Điều 112',
      source: 'admin',
    },
    {
      date: '2027-02-04',
      kind: 'holiday',
      name: 'Tết Nguyên đán',
      basis: 'Thông báo (nhập tay)',
      source: 'admin',
    },
    {
      date: '2027-02-13',
      kind: 'worked-saturday',
      name: 'Làm bù',
      basis: 'Thông báo (nhập tay)',
      source: 'admin',
    },
  ];

  it('replaces the whole year', () => {
    const c = createWorkingCalendar({ overrides: new Map([[2027, year2027]]) });
    expect(c.yearSource(2027)).toBe('admin');
    expect(c.holidays(2027)).toHaveLength(3);
    expect(c.isWorkingDay('2027-02-04')).toBe(false);
    expect(c.isWorkingDay('2027-02-05')).toBe(true); // computed Tết day, gone with the override
    expect(c.isWorkingDay('2027-02-13')).toBe(true);
    expect(c.isWorkingDay('2027-04-16')).toBe(true); // Giỗ Tổ missing from the admin list: it is the admin's list
    expect(cal.isWorkingDay('2027-02-05')).toBe(false);
  });

  it('can replace a published year too', () => {
    const c = createWorkingCalendar({
      overrides: new Map([
        [
          2026,
          [
            ...cal.holidays(2026).filter((e) => e.date !== '2026-09-01'),
            {
              date: '2026-09-03',
              kind: 'holiday' as const,
              name: 'Quốc khánh',
              basis: 'Thông báo (nhập tay)',
              source: 'admin' as const,
            },
          ],
        ],
      ]),
    });
    expect(c.isWorkingDay('2026-09-01')).toBe(true);
    expect(c.isWorkingDay('2026-09-03')).toBe(false);
  });

  it('rejects a list with entries outside the year, a worked weekday or a clash', () => {
    const bad: HolidayEntry[] = [
      { date: '2028-01-01', kind: 'holiday', name: 'x', basis: 'y', source: 'admin' },
      { date: '2027-02-12', kind: 'worked-saturday', name: 'x', basis: 'y', source: 'admin' },
      { date: '2027-02-13', kind: 'worked-saturday', name: 'x', basis: 'y', source: 'admin' },
      { date: '2027-02-13', kind: 'extra-off', name: 'x', basis: 'y', source: 'admin' },
      { date: '2027-02-30', kind: 'holiday', name: 'x', basis: 'y', source: 'admin' },
    ];
    expect(yearEntryProblems(2027, bad)).toHaveLength(4);
    expect(() => createWorkingCalendar({ overrides: new Map([[2027, bad]]) })).toThrow(
      /invalid holiday list for 2027/,
    );
  });
});

describe('days off are only weekdays unless worked', () => {
  it('never lets a weekday holiday entry be a working day', () => {
    for (let y = 2020; y <= 2030; y++) {
      for (const e of cal.holidays(y)) {
        const d = parseIsoDate(e.date);
        if (e.kind === 'worked-saturday') expect(cal.isWorkingDayNumber(d)).toBe(true);
        else expect(cal.isWorkingDayNumber(d)).toBe(false);
      }
    }
    expect(toDayNumber(2026, 1, 1)).toBe(parseIsoDate('2026-01-01'));
  });
});
