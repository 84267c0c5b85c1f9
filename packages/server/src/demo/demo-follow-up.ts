// Who answers the demo's carried-over matters, so the official's worklist (congchuc, Phan Thị
// Hương) shows every urgency on the first sign-in. The office names her, with a field, through the
// same use case as the follow-up page: round 1's street lighting (overdue; her draft started), round
// 2's rice seed (due within days) and its pig-farm waste water (complex: its due date extended with
// a timeline notice, so on track). Round 1's land question stays unassigned for the office
// (e2e/follow-up.spec.ts names her for it).
import { addWorkingDays, type Actor } from '@doithoai/core';
import { loadWorkingCalendar } from '../calendar/calendar.repository.js';
import type { Db } from '../db/open-database.js';
import { saveAnswer } from '../follow-up/answer.js';
import { extendDue } from '../follow-up/escalation.js';
import { setResponsible } from '../follow-up/responsible.js';
import { personIdsOf } from '../unit/unit.repository.js';
import { todayInVietnam } from '../shared/clock.js';

export interface DemoFollowUpMatters {
  /** Round 1, overdue: the official has started a draft. */
  overdue: string;
  /** Round 2, due within days. */
  dueSoon: string;
  /** Round 2, extended as complex: on track. */
  extended: string;
}

export async function assignDemoFollowUp(
  db: Db,
  office: Actor,
  official: Actor,
  m: DemoFollowUpMatters,
): Promise<void> {
  const [personId] = await personIdsOf(db.kysely, official.userId);
  if (!personId) throw new Error(`no person record for the official ${official.userId}`);
  const name = (id: string, field: string) => ({ personId: id, field });
  await setResponsible({ db }, office, m.overdue, name(personId, 'nong-nghiep'));
  await setResponsible({ db }, office, m.dueSoon, name(personId, 'nong-nghiep'));
  await setResponsible({ db }, office, m.extended, name(personId, 'moi-truong'));
  await saveAnswer({ db }, official, m.overdue, {
    text: 'UBND xã đã khảo sát tuyến đường trục thôn Khe Bá; việc lắp thêm đèn chiếu sáng được đưa vào kế hoạch xây dựng nông thôn mới năm tới.',
  });
  const calendar = await loadWorkingCalendar(db.kysely);
  await extendDue({ db }, office, m.extended, {
    dueDate: addWorkingDays(calendar, todayInVietnam(), 20),
    reason:
      'Cần lấy mẫu nước thải để quan trắc và phối hợp với phòng Nông nghiệp và Môi trường huyện',
    responsible: 'Bà Phan Thị Hương, công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường',
  });
}
