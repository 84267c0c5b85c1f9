import { describe, expect, it } from 'vitest';
import {
  HA_TINH_657,
  DAN_CHU_CO_SO_2022,
  cloneProfile,
  profileChangeImpact,
  type OpenItem,
} from './index.js';
import { createWorkingCalendar, type HolidayEntry } from '../calendar/index.js';

const cal = createWorkingCalendar();

describe('profileChangeImpact', () => {
  const items: OpenItem[] = [
    { id: 'a', kind: 'written-answer', start: '2026-02-10', currentDue: '2026-03-31' },
    { id: 'b', kind: 'acknowledgement', start: '2026-03-02', currentDue: '2026-03-16' },
    { id: 'c', kind: 'written-answer', start: '2026-03-02', currentDue: '2026-05-15' }, // set by hand
    { id: 'd', kind: 'notice', start: '2026-06-20', currentDue: '2026-06-13' },
  ];

  it('lists nothing when the numbers are the same', () => {
    expect(profileChangeImpact(HA_TINH_657, DAN_CHU_CO_SO_2022, items.slice(0, 2), cal)).toEqual(
      [],
    );
  });

  it('lists the items that move, which way, and which were set by hand', () => {
    const faster = {
      ...cloneProfile(HA_TINH_657, 'nhanh', { vi: 'Nhanh', en: 'Fast' }),
      writtenAnswerWorkingDays: 15,
      noticeLeadDays: 10,
    };
    const changes = profileChangeImpact(HA_TINH_657, faster, items, cal);
    expect(changes.map((c) => [c.id, c.newDue, c.direction, c.manuallySet])).toEqual([
      ['a', '2026-03-10', 'earlier', false],
      ['c', '2026-03-23', 'earlier', true],
      ['d', '2026-06-10', 'earlier', false],
    ]);
    expect(changes[0]?.deadline.text.vi).toContain('cộng 15 ngày làm việc');
  });

  it('also answers "what moves if an administrator corrects a year"', () => {
    const extra: HolidayEntry = {
      date: '2026-03-09',
      kind: 'extra-off',
      name: 'Nghỉ thêm',
      basis: 'Quyết định (nhập tay)',
      source: 'admin',
    };
    const corrected = createWorkingCalendar({
      overrides: new Map([[2026, [...cal.holidays(2026), extra]]]),
    });
    const changes = profileChangeImpact(HA_TINH_657, HA_TINH_657, items, cal, corrected);
    expect(changes.map((c) => [c.id, c.newDue, c.direction])).toEqual([
      ['a', '2026-04-01', 'later'],
      ['b', '2026-03-17', 'later'],
      ['c', '2026-04-14', 'earlier'], // 2026-04-13 without the extra day
    ]);
  });
});
