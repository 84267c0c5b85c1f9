// The deadlines already given that are still open: each written answer due after a conclusion
// notice (conclusion_item) whose matter is still in follow-up and whose due date has not passed.
// When an administrator corrects a year's holidays, these are recomputed on the corrected
// calendar (the same number of working days from the same notice date) and each move is kept
// in the audit log; when a regulation profile changes, they are listed first (profile.use-cases).
import {
  workingDaysAfter,
  type DueChange,
  type OpenItem,
  type RecomputedDeadline,
  type WorkingCalendar,
} from '@doithoai/core';
import type { Transaction } from 'kysely';
import { recordAudit } from '../audit/audit.js';
import type { Database } from '../db/schema.js';
import { openConclusionDeadlines, setConclusionDue } from './calendar.repository.js';
import { unitProfile } from './profile.repository.js';
import type { Q } from '../shared/query.js';

/** Matter states in which a written answer is still owed. */
const owing = ['in-follow-up', 'carried-over', 'complex'];

interface OpenRow {
  id: string;
  notice_date: string;
  due_date: string;
  unit_path: string;
}

const openRows = (db: Q, today: string): Promise<OpenRow[]> =>
  openConclusionDeadlines(db, owing, today);

/** Open written-answer deadlines of the units that follow the profile (for the impact check). */
export async function openItemsOfProfile(
  db: Q,
  profileCode: string,
  today: string,
): Promise<OpenItem[]> {
  const items: OpenItem[] = [];
  const profileOfPath = new Map<string, string>();
  for (const r of await openRows(db, today)) {
    if (!profileOfPath.has(r.unit_path))
      profileOfPath.set(r.unit_path, (await unitProfile(db, r.unit_path)).code);
    if (profileOfPath.get(r.unit_path) === profileCode) {
      items.push({
        id: r.id,
        kind: 'written-answer',
        start: r.notice_date,
        currentDue: r.due_date,
      });
    }
  }
  return items;
}

/** Applies moved due dates (a confirmed profile change), keeping each move in the audit log. */
export async function applyDueChanges(
  trx: Transaction<Database>,
  changes: readonly DueChange[],
  actorUserId: string,
  reason: string,
) {
  for (const c of changes) {
    await setConclusionDue(trx, c.id, { date: c.newDue, text: c.deadline.text });
    await recordAudit(trx, {
      actorUserId,
      action: 'deadline.move',
      entity: 'conclusion_item',
      entityId: c.id,
      unitId: null,
      reason,
      detail: { before: c.currentDue, after: c.newDue },
    });
  }
}

/**
 * After a year's holidays change: every open deadline keeps its number of working days from its
 * notice date, counted on the corrected calendar. Deadlines already passed are left as they were.
 */
export async function recomputeOpenDeadlines(
  trx: Transaction<Database>,
  oldCalendar: WorkingCalendar,
  newCalendar: WorkingCalendar,
  today: string,
  actorUserId: string,
  reason: string,
): Promise<RecomputedDeadline[]> {
  const moved: RecomputedDeadline[] = [];
  for (const r of await openRows(trx, today)) {
    const n = oldCalendar.countWorkingDays(r.notice_date, r.due_date);
    if (n < 1) continue;
    const d = workingDaysAfter(newCalendar, r.notice_date, n);
    if (d.date === r.due_date) continue;
    await setConclusionDue(trx, r.id, d);
    await recordAudit(trx, {
      actorUserId,
      action: 'deadline.recompute',
      entity: 'conclusion_item',
      entityId: r.id,
      unitId: null,
      reason,
      detail: { before: r.due_date, after: d.date, workingDays: n },
    });
    moved.push({ id: r.id, before: r.due_date, after: d.date, text: d.text });
  }
  return moved;
}
