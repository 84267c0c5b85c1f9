import { describe, expect, it } from 'vitest';
import { runCalendarCommand } from './calendar.command.js';
import { createWorkingCalendar } from '@doithoai/core';

const cal = createWorkingCalendar();
const run = (...args: string[]) => runCalendarCommand(args, cal);

describe('doithoai calendar', () => {
  it('lists a year’s weekdays off and worked Saturdays, tab-separated', () => {
    const r = run('holidays', '2026');
    expect(r.exitCode).toBe(0);
    expect(r.stdout[0]).toBe('2026-01-01\tholiday\tTết Dương lịch\tBLLĐ 2019 Điều 112');
    expect(r.stdout.map((l) => l.split('\t').slice(0, 2).join(' '))).toEqual([
      '2026-01-01 holiday',
      '2026-01-02 swap-off',
      '2026-01-10 worked-saturday',
      '2026-02-16 holiday',
      '2026-02-17 holiday',
      '2026-02-18 holiday',
      '2026-02-19 holiday',
      '2026-02-20 holiday',
      '2026-04-27 in-lieu',
      '2026-04-30 holiday',
      '2026-05-01 holiday',
      '2026-09-01 holiday',
      '2026-09-02 holiday',
    ]);
    expect(r.stdout.every((l) => l.split('\t').length === 4)).toBe(true);
    expect(run('holidays', '2027').stdout).toContain(
      '2027-02-10\tin-lieu\tNghỉ bù Tết Nguyên đán\tBLLĐ 2019 Điều 112, 111.3 (Tết Nguyên đán 06/02/2027 là thứ Bảy)',
    );
  });

  it('adds working days and calendar days', () => {
    expect(run('add-working-days', '2026-02-10', '30')).toEqual({
      stdout: ['2026-03-31'],
      exitCode: 0,
    });
    expect(run('add-working-days', '2026-02-23', '-1').stdout).toEqual(['2026-02-13']);
    expect(run('add-days', '2026-06-06', '7').stdout).toEqual(['2026-06-15']);
  });

  it('converts lunar dates both ways, marking leap months', () => {
    expect(run('lunar', '2026-02-17').stdout).toEqual(['1/1/2026']);
    expect(run('lunar', '2023-03-22').stdout).toEqual(['1/2/2023 (nhuận)']);
    expect(run('solar', '10/3/2026').stdout).toEqual(['2026-04-26']);
    expect(run('solar', '1/2/2023', '--leap').stdout).toEqual(['2023-03-22']);
  });

  it('explains a working-day deadline in Vietnamese, listing the holidays', () => {
    const r = run('explain', '2026-02-10', '30');
    expect(r.exitCode).toBe(0);
    expect(r.stdout[0]).toContain('5 ngày nghỉ Tết Nguyên đán (16/02–20/02)');
    expect(r.stdout[0]).toContain('hạn là thứ Ba, 31/03/2026');
    expect(r.stdout.slice(1)).toHaveLength(5);
    expect(r.stdout[1]).toMatch(
      /^- thứ Hai 16\/02\/2026: Tết Nguyên đán \(Thông báo của Bộ Nội vụ/,
    );
  });

  it('prints usage for --help (exit 0) and without a subcommand (exit 2)', () => {
    const help = run('--help');
    expect(help.exitCode).toBe(0);
    expect(help.stdout.join('\n')).toContain('add-working-days <YYYY-MM-DD> <n>');
    expect(help.stderr).toBeUndefined();
    const none = run();
    expect(none.exitCode).toBe(2);
    expect(none.stdout.length).toBeGreaterThan(0);
  });

  it.each([
    [
      ['add-days', '2026-13-01', '7'],
      /^Ngày không hợp lệ: 2026-13-01 \(cần YYYY-MM-DD\) \/ invalid date/,
    ],
    [['add-days', '2026-03-02', '-1'], /^Số ngày không hợp lệ: -1/],
    [
      ['add-working-days', '2026-03-02', 'ba'],
      /^số ngày không hợp lệ: ba \(cần số nguyên\) \/ invalid number of days/,
    ],
    [['add-working-days', '2026-03-02'], /^Thiếu số ngày \/ missing number of days$/],
    [['holidays', '1800'], /^Năm không hợp lệ: 1800/],
    [['holidays'], /^Thiếu năm/],
    [['lunar', '2026-02-17', 'extra'], /^Thừa tham số: extra/],
    [
      ['solar', '1/3/2023', '--leap'],
      /^Không có ngày âm lịch 1\/3\/2023 \(nhuận\): năm 2023 không có tháng 3 nhuận \/ no such lunar date/,
    ],
    [['solar', '2023-03-01'], /^Ngày âm lịch không hợp lệ: 2023-03-01 \(cần D\/M\/YYYY\)/],
    [['add-working-days', '2100-12-30', '10'], /nằm ngoài phạm vi lịch/],
    [['frobnicate'], /^Lệnh không rõ: frobnicate \/ unknown subcommand$/],
  ])('rejects %j with exit 2 and one line on stderr', (args, message) => {
    const r = run(...args);
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toEqual([]);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toContain('\n');
  });
});
