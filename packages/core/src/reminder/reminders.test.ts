import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../calendar/index.js';
import {
  digestMessage,
  digestsByRecipient,
  dueReminders,
  reminderLevel,
  type ReminderItem,
} from './reminders.js';

const cal = createWorkingCalendar();
const offsets = { dueSoonWorkingDays: 3, veryOverdueWorkingDays: 10 };

describe('reminders', () => {
  // Due Friday 13/02/2026, the last working day before Tết Bính Ngọ (16–20/02/2026).
  const due = '2026-02-13';
  it('levels across Tết, in working days', () => {
    expect(reminderLevel(due, '2026-02-09', cal, offsets)).toBeNull();
    expect(reminderLevel(due, '2026-02-10', cal, offsets)).toBe('due-soon'); // 3 working days before
    expect(reminderLevel(due, '2026-02-12', cal, offsets)).toBe('due-soon');
    expect(reminderLevel(due, due, cal, offsets)).toBe('due-today');
    expect(reminderLevel(due, '2026-02-23', cal, offsets)).toBe('overdue'); // first working day after Tết
    expect(reminderLevel(due, '2026-03-05', cal, offsets)).toBe('overdue'); // 9th working day after
    expect(reminderLevel(due, '2026-03-06', cal, offsets)).toBe('very-overdue'); // 10th (Tết not counted)
  });

  const item = (id: string, d: string, responsible: string[]): ReminderItem => ({
    subject: 'answer',
    id,
    title: `Việc ${id}`,
    due: d,
    responsible,
    escalateTo: ['chair'],
  });

  it('nothing on a weekend or during Tết; the chairs only for very overdue', () => {
    const items = [item('a', due, ['off1'])];
    expect(dueReminders(items, '2026-02-14', cal, offsets)).toEqual([]); // Saturday
    expect(dueReminders(items, '2026-02-18', cal, offsets)).toEqual([]); // Tết
    expect(dueReminders(items, '2026-02-23', cal, offsets)[0]!.recipients).toEqual(['off1']);
    expect(dueReminders(items, '2026-03-06', cal, offsets)[0]!.recipients).toEqual([
      'off1',
      'chair',
    ]);
  });

  it('one digest per person, the most urgent first', () => {
    const items = [
      item('a', '2026-03-12', ['off1']),
      item('b', '2026-02-13', ['off1']),
      item('c', '2026-03-09', ['off2']),
      item('d', '2026-04-30', ['off1']),
    ];
    const digests = digestsByRecipient(dueReminders(items, '2026-03-09', cal, offsets));
    expect([...digests.keys()].sort()).toEqual(['chair', 'off1', 'off2']);
    expect(digests.get('off1')!.map((r) => [r.item.id, r.level])).toEqual([
      ['b', 'very-overdue'],
      ['a', 'due-soon'],
    ]);
    expect(digests.get('chair')!.map((r) => r.item.id)).toEqual(['b']);
    const m = digestMessage('Nguyễn Văn A', digests.get('off1')!, '2026-03-09');
    expect(m.subject).toBe('Nhắc việc ngày 09/03/2026: 1 quá hạn lâu, 1 sắp đến hạn');
    expect(m.text).toContain('Kính gửi Nguyễn Văn A');
    expect(m.text).toContain('[Quá hạn lâu] Trả lời bằng văn bản: Việc b — hạn 13/02/2026');
  });
});
