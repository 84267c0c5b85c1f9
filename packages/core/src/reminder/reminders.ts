// Which reminders are due today, and the one digest each person gets (issue 6, DOMAIN.md steps
// 5–7). Pure: the items, the working calendar, the profile's reminder offsets and "today" in,
// reminders out. Levels, in working days on the calendar (holidays and Tết skipped):
//   due-soon      from `dueSoonWorkingDays` working days before the due date (not the day itself)
//   due-today     on the due date
//   overdue       any day after it
//   very-overdue  from the `veryOverdueWorkingDays`-th working day after it → the chairs too
// Digests go out on working days only: nobody is reminded on a Sunday or during Tết; the first
// working day after shows whatever fell due meanwhile.
import { formatViDate, parseIsoDate, type IsoDate } from '../calendar/iso-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';

export const reminderLevels = ['very-overdue', 'overdue', 'due-today', 'due-soon'] as const;
export type ReminderLevel = (typeof reminderLevels)[number];

/** What a reminder is about. */
export const reminderSubjects = [
  'answer',
  'escalation',
  'session-notice',
  'conclusion-notice',
] as const;
export type ReminderSubject = (typeof reminderSubjects)[number];

export interface ReminderItem {
  subject: ReminderSubject;
  id: string;
  /** One line naming the item (the matter's content, the session's round …). */
  title: string;
  due: IsoDate;
  /** Recipient keys of those responsible (the official; the office for notices). */
  responsible: string[];
  /** Recipient keys told as well when the item is very overdue (the chairs). */
  escalateTo: string[];
  link?: string;
}

export interface ReminderOffsets {
  dueSoonWorkingDays: number;
  veryOverdueWorkingDays: number;
}

export interface DueReminder {
  item: ReminderItem;
  level: ReminderLevel;
  recipients: string[];
}

/** The level of an item due on `due`, seen on `today`; null when no reminder is due. */
export function reminderLevel(
  due: IsoDate,
  today: IsoDate,
  calendar: WorkingCalendar,
  offsets: ReminderOffsets,
): ReminderLevel | null {
  const d = parseIsoDate(due);
  const t = parseIsoDate(today);
  if (t === d) return 'due-today';
  if (t > d)
    return t >= calendar.addWorkingDayNumber(d, offsets.veryOverdueWorkingDays)
      ? 'very-overdue'
      : 'overdue';
  if (offsets.dueSoonWorkingDays === 0) return null;
  return t >= calendar.addWorkingDayNumber(d, -offsets.dueSoonWorkingDays) ? 'due-soon' : null;
}

/** Reminders due today (none on a non-working day), each with its recipients. */
export function dueReminders(
  items: readonly ReminderItem[],
  today: IsoDate,
  calendar: WorkingCalendar,
  offsets: ReminderOffsets,
): DueReminder[] {
  if (!calendar.isWorkingDay(today)) return [];
  const out: DueReminder[] = [];
  for (const item of items) {
    const level = reminderLevel(item.due, today, calendar, offsets);
    if (!level) continue;
    const recipients = [
      ...new Set(
        level === 'very-overdue' ? [...item.responsible, ...item.escalateTo] : item.responsible,
      ),
    ];
    if (recipients.length) out.push({ item, level, recipients });
  }
  return out;
}

/** One digest per recipient: their reminders, the most urgent first, then by due date. */
export function digestsByRecipient(reminders: readonly DueReminder[]): Map<string, DueReminder[]> {
  const out = new Map<string, DueReminder[]>();
  for (const r of reminders) {
    for (const key of r.recipients) {
      const list = out.get(key) ?? [];
      list.push(r);
      out.set(key, list);
    }
  }
  for (const list of out.values()) {
    list.sort(
      (a, b) =>
        reminderLevels.indexOf(a.level) - reminderLevels.indexOf(b.level) ||
        a.item.due.localeCompare(b.item.due) ||
        a.item.id.localeCompare(b.item.id),
    );
  }
  return out;
}

export const reminderLevelNames: Record<ReminderLevel, { vi: string; en: string }> = {
  'very-overdue': { vi: 'Quá hạn lâu', en: 'Very overdue' },
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  'due-today': { vi: 'Đến hạn hôm nay', en: 'Due today' },
  'due-soon': { vi: 'Sắp đến hạn', en: 'Due soon' },
};

export const reminderSubjectNames: Record<ReminderSubject, { vi: string; en: string }> = {
  answer: { vi: 'Trả lời bằng văn bản', en: 'Written answer' },
  escalation: { vi: 'Kiến nghị cấp trên', en: 'Escalated matter' },
  'session-notice': { vi: 'Thông báo hội nghị', en: 'Session notice' },
  'conclusion-notice': { vi: 'Thông báo kết luận', en: 'Conclusion notice' },
};

const short = (s: string, n = 120) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The digest's subject and text, Vietnamese first (the staff's language). */
export function digestMessage(
  name: string | null,
  reminders: readonly DueReminder[],
  today: IsoDate,
): { subject: string; text: string } {
  const counts = reminderLevels
    .map((l) => [l, reminders.filter((r) => r.level === l).length] as const)
    .filter(([, n]) => n > 0);
  const subject = `Nhắc việc ngày ${formatViDate(parseIsoDate(today))}: ${counts.map(([l, n]) => `${n} ${reminderLevelNames[l].vi.toLowerCase()}`).join(', ')}`;
  const lines = [
    name ? `Kính gửi ${name},` : 'Kính gửi đồng chí,',
    '',
    `Các việc cần xử lý (${reminders.length}):`,
  ];
  for (const r of reminders) {
    lines.push(
      `- [${reminderLevelNames[r.level].vi}] ${reminderSubjectNames[r.item.subject].vi}: ${short(r.item.title)} — hạn ${formatViDate(parseIsoDate(r.item.due))}`,
    );
  }
  lines.push('', 'Thư nhắc tự động của hệ thống Đối Thoại, gửi một lần mỗi ngày làm việc.');
  return { subject, text: lines.join('\n') };
}
