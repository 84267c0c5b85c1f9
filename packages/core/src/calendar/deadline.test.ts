import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createWorkingCalendar } from './working-calendar.js';
import {
  calendarDaysAfter,
  calendarDaysBefore,
  workingDaysAfter,
  addWorkingDays,
} from './deadline.js';
import { parseIsoDate, formatIsoDate } from './iso-date.js';

const cal = createWorkingCalendar();

describe('calendarDaysAfter (BLDS 2015 Điều 147–148)', () => {
  it('ends on start + n when that is a working day', () => {
    const d = calendarDaysAfter(cal, '2026-03-02', 7);
    expect(d).toMatchObject({
      date: '2026-03-09',
      rule: 'calendar-days-after',
      start: '2026-03-02',
      n: 7,
      skipped: [],
      computedYears: [],
    });
    expect(d.movedFrom).toBeUndefined();
  });

  it('moves a Saturday end to Monday: a session on Saturday 06/06, conclusion within 7 days', () => {
    const d = calendarDaysAfter(cal, '2026-06-06', 7);
    expect(d.date).toBe('2026-06-15');
    expect(d.movedFrom).toBe('2026-06-13');
    expect(d.skipped).toEqual([
      { date: '2026-06-13', reason: 'weekend' },
      { date: '2026-06-14', reason: 'weekend' },
    ]);
    expect(calendarDaysAfter(cal, '2026-06-05', 8).date).toBe('2026-06-15'); // a Friday, 8 days
  });

  it('moves an end inside Tết 2026 past the whole break', () => {
    const d = calendarDaysAfter(cal, '2026-02-09', 7);
    expect(d.movedFrom).toBe('2026-02-16');
    expect(d.date).toBe('2026-02-23');
    expect(d.skipped.filter((s) => s.reason === 'holiday').map((s) => s.date)).toEqual([
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
    ]);
    expect(d.text.vi).toContain('cuối ngày làm việc tiếp theo: thứ Hai, 23/02/2026');
    expect(d.text.vi).toContain('5 ngày nghỉ Tết Nguyên đán (16/02–20/02)');
  });

  it('does not move for a worked Saturday, and explains a day in lieu', () => {
    expect(calendarDaysAfter(cal, '2026-01-03', 7).date).toBe('2026-01-10');
    const d = calendarDaysAfter(cal, '2026-04-19', 7); // ends Sunday 26/04 (Giỗ Tổ), in lieu Monday 27/04
    expect(d.date).toBe('2026-04-28');
    expect(d.skipped.map((s) => s.reason)).toEqual(['weekend', 'in-lieu']);
    expect(d.skipped[1]).toMatchObject({ name: 'Nghỉ bù Giỗ Tổ Hùng Vương' });
    expect(d.text.vi).toContain('1 ngày nghỉ bù Giỗ Tổ Hùng Vương (27/04)');
  });

  it('rejects a negative or fractional n', () => {
    expect(() => calendarDaysAfter(cal, '2026-03-02', -1)).toThrow(/non-negative integer/);
    expect(() => calendarDaysAfter(cal, '2026-03-02', 2.5)).toThrow(/Số ngày không hợp lệ|invalid/);
  });
});

describe('calendarDaysBefore (at least n days before)', () => {
  it('gives date − n without moving it', () => {
    const d = calendarDaysBefore(cal, '2026-06-17', 7);
    expect(d).toMatchObject({
      date: '2026-06-10',
      rule: 'calendar-days-before',
      start: '2026-06-17',
      n: 7,
      skipped: [],
    });
    expect(d.latestWorkingDay).toBeUndefined();
  });

  it('flags a non-working day and names the last working day before it', () => {
    const d = calendarDaysBefore(cal, '2026-06-20', 7);
    expect(d.date).toBe('2026-06-13');
    expect(d.latestWorkingDay).toBe('2026-06-12');
    expect(d.text.vi).toContain('không phải ngày làm việc');
    expect(d.text.vi).toContain('thứ Sáu, 12/06/2026');
    const tet = calendarDaysBefore(cal, '2026-02-27', 7);
    expect(tet.date).toBe('2026-02-20');
    expect(tet.latestWorkingDay).toBe('2026-02-13');
    expect(tet.skipped).toHaveLength(7);
  });
});

describe('workingDaysAfter', () => {
  it('counts 30 working days across Tết 2026 and lists what it skipped', () => {
    const d = workingDaysAfter(cal, '2026-02-10', 30);
    expect(d.date).toBe('2026-03-31');
    expect(d.skipped.filter((s) => s.reason === 'weekend')).toHaveLength(14);
    expect(d.skipped.filter((s) => s.reason === 'holiday').map((s) => s.date)).toEqual([
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
    ]);
    expect(d.text.vi).toBe(
      'Tính từ ngày 10/02/2026 (không tính ngày này), cộng 30 ngày làm việc; bỏ qua 14 ngày thứ Bảy/Chủ nhật và ' +
        '5 ngày nghỉ Tết Nguyên đán (16/02–20/02); hạn là thứ Ba, 31/03/2026. Căn cứ: Bộ luật Dân sự 2015, Điều 147 ' +
        '(không tính ngày bắt đầu); ngày làm việc theo Bộ luật Lao động 2019, Điều 111–112.',
    );
    expect(d.text.en).toContain('5 days off: Tết Nguyên đán (16/02–20/02); due Tuesday 31/03/2026');
  });

  it('counts a worked Saturday and says so', () => {
    const d = workingDaysAfter(cal, '2025-12-31', 5); // 01/01 off, 02/01 swapped off, Sat 10/01 worked
    expect(d.date).toBe('2026-01-09');
    const e = workingDaysAfter(cal, '2026-01-09', 1);
    expect(e.date).toBe('2026-01-10');
    expect(e.workedWeekendDays).toEqual(['2026-01-10']);
    expect(e.text.vi).toContain('có tính ngày làm bù 10/01/2026');
  });

  it('steps over the 2024 swap and the 30/4–1/5 holidays', () => {
    const d = workingDaysAfter(cal, '2024-04-26', 1);
    expect(d.date).toBe('2024-05-02');
    expect(d.skipped.map((s) => s.reason)).toEqual([
      'weekend',
      'weekend',
      'swap-off',
      'holiday',
      'holiday',
    ]);
  });

  it('marks years whose holidays are computed, in the data and the text', () => {
    const d = workingDaysAfter(cal, '2026-12-20', 30);
    expect(d.computedYears).toEqual([2027]);
    expect(d.text.vi).toContain('ngày nghỉ năm 2027 được tính theo quy định');
    expect(d.skipped.some((s) => s.name === 'Tết Dương lịch' && s.date === '2027-01-01')).toBe(
      true,
    );
  });

  it('agrees with addWorkingDays, and skips exactly the non-working days in between', () => {
    const from = parseIsoDate('2019-06-01');
    fc.assert(
      fc.property(
        fc.integer({ min: from, max: from + 4000 }),
        fc.integer({ min: 1, max: 120 }),
        (s, n) => {
          const start = formatIsoDate(s);
          const d = workingDaysAfter(cal, start, n);
          expect(d.date).toBe(addWorkingDays(cal, start, n));
          const span = parseIsoDate(d.date) - s;
          expect(span).toBe(n + d.skipped.length); // worked weekend days are among the n
        },
      ),
      { numRuns: 200 },
    );
  });
});
