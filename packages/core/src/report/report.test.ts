import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../calendar/working-calendar.js';
import { HA_TINH_657 } from '../profile/built-in.js';
import {
  answerDays,
  answerStatus,
  countBy,
  monthlyTimeliness,
  monthlyTimelinessOfDays,
  timeliness,
  timelinessOfDays,
  workingDaysLate,
} from './figures.js';
import { gradeRow, sessionCompliance } from './oversight.js';
import { lastMonths, monthsBetween, reportPeriod, wholeMonths } from './periods.js';

const calendar = createWorkingCalendar();

describe('reporting periods', () => {
  it('calendar convention: month, quarter, 6 and 9 months, year', () => {
    expect(reportPeriod('month', 2024, 2)).toMatchObject({ from: '2024-02-01', to: '2024-02-29' });
    expect(reportPeriod('month', 2026, 2)).toMatchObject({ from: '2026-02-01', to: '2026-02-28' });
    expect(reportPeriod('quarter', 2026, 3)).toMatchObject({
      from: '2026-07-01',
      to: '2026-09-30',
    });
    expect(reportPeriod('six-months', 2026)).toMatchObject({
      from: '2026-01-01',
      to: '2026-06-30',
    });
    expect(reportPeriod('nine-months', 2026)).toMatchObject({
      from: '2026-01-01',
      to: '2026-09-30',
    });
    expect(reportPeriod('year', 2026)).toMatchObject({ from: '2026-01-01', to: '2026-12-31' });
    expect(reportPeriod('quarter', 2026, 4).label.vi).toBe('quý IV năm 2026');
  });

  it('cut-off on the 14th (Nghị định 09/2019, Điều 12): periods start on the 15th of the month before', () => {
    expect(reportPeriod('month', 2026, 1, 'cutoff-14')).toMatchObject({
      from: '2025-12-15',
      to: '2026-01-14',
    });
    expect(reportPeriod('month', 2026, 3, 'cutoff-14')).toMatchObject({
      from: '2026-02-15',
      to: '2026-03-14',
    });
    expect(reportPeriod('quarter', 2026, 1, 'cutoff-14')).toMatchObject({
      from: '2025-12-15',
      to: '2026-03-14',
    });
    expect(reportPeriod('quarter', 2026, 2, 'cutoff-14')).toMatchObject({
      from: '2026-03-15',
      to: '2026-06-14',
    });
    expect(reportPeriod('six-months', 2026, 1, 'cutoff-14')).toMatchObject({
      from: '2025-12-15',
      to: '2026-06-14',
    });
    expect(reportPeriod('nine-months', 2026, 1, 'cutoff-14')).toMatchObject({
      from: '2025-12-15',
      to: '2026-09-14',
    });
    expect(reportPeriod('year', 2026, 1, 'cutoff-14')).toMatchObject({
      from: '2025-12-15',
      to: '2026-12-14',
    });
  });

  it('refuses a period that does not exist, naming it', () => {
    expect(() => reportPeriod('quarter', 2026, 5)).toThrow(
      expect.objectContaining({
        code: 'VALIDATION',
        messages: expect.objectContaining({ vi: 'Kỳ báo cáo không hợp lệ: quarter 5/2026' }),
      }),
    );
    expect(() => reportPeriod('month', 2026, 0)).toThrow();
  });

  it('lists months for trends, across a year end', () => {
    expect(monthsBetween('2025-11-03', '2026-02-10')).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(lastMonths('2026-03-09', 6)).toEqual({ from: '2025-10-01', to: '2026-03-31' });
  });
});

describe('a range split for a per-month summary', () => {
  it('keeps whole months whole and counts the partial ends day by day', () => {
    expect(wholeMonths('2026-01-01', '2026-12-31')).toEqual({
      months: { from: '2026-01', to: '2026-12' },
      edges: [],
    });
    expect(wholeMonths('2025-12-15', '2026-12-14')).toEqual({
      months: { from: '2026-01', to: '2026-11' },
      edges: [
        { from: '2025-12-15', to: '2025-12-31' },
        { from: '2026-12-01', to: '2026-12-14' },
      ],
    });
    expect(wholeMonths('2024-02-01', '2024-02-29')).toEqual({
      months: { from: '2024-02', to: '2024-02' },
      edges: [],
    });
    expect(wholeMonths('2026-02-01', '2026-02-27')).toEqual({
      months: null,
      edges: [{ from: '2026-02-01', to: '2026-02-27' }],
    });
    expect(wholeMonths('2026-03-05', '2026-04-10')).toEqual({
      months: null,
      edges: [{ from: '2026-03-05', to: '2026-04-10' }],
    });
    expect(wholeMonths('2026-03-05', '2026-03-05')).toEqual({
      months: null,
      edges: [{ from: '2026-03-05', to: '2026-03-05' }],
    });
  });
});

describe('written answers on time, in working days', () => {
  const today = '2026-03-02';
  // Due Friday 13/2/2026, the last working day before Tết (16–20/2/2026, then a weekend).
  const facts = [
    { due: '2026-02-13', answeredOn: '2026-02-13' }, // on the day: on time
    { due: '2026-02-13', answeredOn: '2026-02-23' }, // first working day after Tết: late by 1 working day
    { due: '2026-02-13', answeredOn: null }, // open, past due: overdue
    { due: '2026-03-20', answeredOn: null }, // open, not due
    { due: '2026-03-20', answeredOn: '2026-03-01' }, // early
    { due: '2026-02-13', answeredOn: null, escalatedOn: '2026-02-02' }, // proposed to the district: not the commune's overdue
  ];

  it('classifies each item', () => {
    expect(facts.map((f) => answerStatus(f, today))).toEqual([
      'on-time',
      'late',
      'overdue',
      'open',
      'on-time',
      'escalated',
    ]);
  });

  it('counts and rates: on time ÷ (answered + overdue)', () => {
    const t = timeliness(facts, today);
    expect(t).toMatchObject({ total: 6, onTime: 2, late: 1, overdue: 1, open: 1, escalated: 1 });
    expect(t.onTimeRate).toBeCloseTo(2 / 4);
    expect(timeliness([], today).onTimeRate).toBeNull();
  });

  it('counts lateness in working days, so Tết and weekends do not count', () => {
    expect(workingDaysLate(calendar, facts[1]!, today)).toBe(1);
    // Unanswered: 13/2 → 2/3/2026 is 16 calendar days but 6 working days (23–27/2, 2/3).
    expect(workingDaysLate(calendar, facts[2]!, today)).toBe(6);
    expect(workingDaysLate(calendar, facts[0]!, today)).toBe(0);
  });

  it('trends by month of the due date', () => {
    const trend = monthlyTimeliness(facts, ['2026-01', '2026-02', '2026-03'], today);
    expect(trend.map((m) => [m.month, m.t.total, m.t.onTimeRate])).toEqual([
      ['2026-01', 0, null],
      ['2026-02', 4, 1 / 3],
      ['2026-03', 2, 1],
    ]);
  });

  it('gives the same figures from days counted ahead as from the items, whatever today is', () => {
    const days = answerDays(facts);
    expect(days.length).toBe(2);
    for (const day of ['2026-02-13', '2026-02-14', '2026-03-02', '2026-03-20', '2026-03-21']) {
      expect(timelinessOfDays(days, day)).toEqual(timeliness(facts, day));
      const months = ['2026-01', '2026-02', '2026-03'];
      expect(monthlyTimelinessOfDays(days, months, day)).toEqual(
        monthlyTimeliness(facts, months, day),
      );
    }
  });

  it('counts by a key, largest first', () => {
    expect(countBy([{ f: 'a' }, { f: 'b' }, { f: 'b' }, { f: null }], (r) => r.f)).toEqual([
      { key: 'b', count: 2 },
      { key: '', count: 1 },
      { key: 'a', count: 1 },
    ]);
  });
});

describe('a commune on the oversight table', () => {
  const today = '2026-07-01';
  const sessions = [
    // Round 1: notice 9 days ahead, held by 15/6, concluded the day after.
    {
      round: 1,
      heldBy: '2026-06-15',
      date: '2026-06-10',
      noticeDate: '2026-06-01',
      heldOn: '2026-06-10',
      conclusionDate: '2026-06-11',
    },
    // An extra session: notice 5 days ahead (late), held after its date, no conclusion past 7 days.
    {
      round: 2,
      heldBy: '2026-06-15',
      date: '2026-06-20',
      noticeDate: '2026-06-15',
      heldOn: '2026-06-20',
      conclusionDate: null,
    },
  ];

  it('checks each step against the profile on the calendar', () => {
    const c = sessionCompliance(sessions, HA_TINH_657, calendar, today);
    expect(c).toEqual({
      rounds: 2,
      held: 2,
      heldOnTime: 1,
      notHeldOverdue: 0,
      announced: 2,
      noticeOnTime: 1,
      minNoticeLeadDays: 5,
      concluded: 1,
      conclusionOnTime: 1,
      conclusionOverdue: 1,
    });
  });

  it('a conclusion due on a Saturday may be sent on the Monday (BLDS 148)', () => {
    // Held Saturday 6/6/2026 → 7 days after is Saturday 13/6 → ends Monday 15/6.
    const c = sessionCompliance(
      [
        {
          round: 1,
          heldBy: null,
          date: '2026-06-06',
          noticeDate: '2026-05-29',
          heldOn: '2026-06-06',
          conclusionDate: '2026-06-15',
        },
      ],
      HA_TINH_657,
      calendar,
      today,
    );
    expect(c.conclusionOnTime).toBe(1);
  });

  it('colours: red for a passed deadline, amber for late, green when all in time', () => {
    const c = sessionCompliance(sessions, HA_TINH_657, calendar, today);
    const none = { sent: 0, acknowledged: 0, answered: 0, overdue: 0 };
    const g = gradeRow(
      c,
      timeliness([{ due: '2026-06-30', answeredOn: '2026-07-01' }], today),
      none,
    );
    expect(g).toEqual({
      rounds: 'amber',
      notice: 'amber',
      conclusion: 'red',
      answers: 'amber',
      overall: 'red',
    });
    const clean = sessionCompliance([sessions[0]!], HA_TINH_657, calendar, today);
    expect(gradeRow(clean, timeliness([], today), none)).toEqual({
      rounds: 'green',
      notice: 'green',
      conclusion: 'green',
      answers: 'none',
      overall: 'green',
    });
  });
});
