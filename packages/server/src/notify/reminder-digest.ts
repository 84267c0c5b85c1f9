// The daily reminder job of one unit: collects what is open (written answers and escalations due,
// the session's public notice, the conclusion notice), asks core which reminders are due today,
// and writes ONE digest per person into the outbox. Its dedupe key (unit, person, day) makes a
// second run on the same day — another process, a retry after a crash — write nothing new.
import {
  vietnamDayOf,
  conclusionDeadline,
  digestMessage,
  digestsByRecipient,
  dueReminders,
  noticeDeadline,
  type ReminderItem,
} from '@doithoai/core';
import type { Transaction } from 'kysely';
import type { Db } from '../db/open-database.js';
import type { Database } from '../db/schema.js';
import { usersWithRole } from '../auth/grant.repository.js';
import { currentDues, followUpStates } from '../follow-up/follow-up.repository.js';
import { unitPathOf } from '../unit/unit.repository.js';
import { enqueueJob } from '../jobs/job.repository.js';
import type { JobKind } from '../jobs/runner.js';
import { enqueueNotification } from './outbox.js';
import { moveContext } from '../calendar/move-context.js';
import type { Q } from '../shared/query.js';
import {
  concludedMattersIn,
  datedSessionsIn,
  digestRecipient,
  unitsWithSessionsOn,
} from './reminder.repository.js';

export const DAILY_REMINDER_JOB = 'reminder.daily';

const userKey = (id: string) => `user:${id}`;
const personKey = (id: string) => `person:${id}`;

async function grantees(db: Q, unitId: string, role: string): Promise<string[]> {
  return (await usersWithRole(db, unitId, role)).map(userKey);
}

/** The open items of a unit with their due dates and who answers for them. */
export async function reminderItems(
  trx: Transaction<Database>,
  unitId: string,
  ctx: Awaited<ReturnType<typeof moveContext>>,
): Promise<ReminderItem[]> {
  const office = await grantees(trx, unitId, 'office');
  const chairs = await grantees(trx, unitId, 'chair');
  const items: ReminderItem[] = [];

  const matters = await concludedMattersIn(trx, unitId, followUpStates);
  const byId = new Map(matters.map((m) => [m.id, m]));
  const dues = await currentDues(trx, [...byId.keys()]);
  for (const m of byId.values()) {
    const due = dues.get(m.id);
    if (!due) continue;
    const official = m.user_id
      ? userKey(m.user_id)
      : m.assignee_person_id
        ? personKey(m.assignee_person_id)
        : null;
    const escalated = due.basis === 'escalation';
    items.push({
      subject: escalated ? 'escalation' : 'answer',
      id: m.id,
      title: m.content,
      due: due.date,
      // The office follows up with the higher body; the official writes the answer.
      responsible: escalated || !official ? office : [official],
      escalateTo: chairs,
      link: `/theo-doi`,
    });
  }

  const sessions = await datedSessionsIn(trx, unitId, ['scheduled', 'held']);
  for (const s of sessions) {
    const round = s.round === null ? '' : ` đợt ${Number(s.round)}`;
    if (s.state === 'scheduled') {
      items.push({
        subject: 'session-notice',
        id: s.id,
        title: `Thông báo công khai hội nghị${round} (họp ngày ${s.date!.split('-').reverse().join('/')})`,
        due: noticeDeadline(ctx, s.date!).date,
        responsible: office,
        escalateTo: chairs,
        link: `/hoi-nghi`,
      });
    } else {
      items.push({
        subject: 'conclusion-notice',
        id: s.id,
        title: `Thông báo kết luận hội nghị${round} (họp ngày ${s.date!.split('-').reverse().join('/')})`,
        due: conclusionDeadline(ctx, s.date!).date,
        responsible: office,
        escalateTo: chairs,
        link: `/hoi-nghi`,
      });
    }
  }
  return items;
}

/** Builds and enqueues today's digests for one unit. Returns how many were written (0 on a rerun). */
export async function runDailyReminders(
  db: Db,
  unitId: string,
  now: Date,
): Promise<{ today: string; digests: number; written: number }> {
  return db.kysely.transaction().execute(async (trx) => {
    const unit = await unitPathOf(trx, unitId);
    if (!unit) return { today: '', digests: 0, written: 0 };
    const ctx = await moveContext(trx, unit.path, () => now);
    const items = await reminderItems(trx, unitId, ctx);
    const digests = digestsByRecipient(
      dueReminders(items, ctx.today, ctx.calendar, ctx.profile.reminders),
    );
    let written = 0;
    for (const [key, list] of digests) {
      const [type, id] = key.split(':') as ['user' | 'person', string];
      const person = await digestRecipient(trx, type, id);
      const userId = type === 'user' ? id : (person?.user_id ?? null);
      const { subject, text } = digestMessage(person?.full_name ?? null, list, ctx.today);
      const written1 = await enqueueNotification(
        trx,
        {
          unitId,
          to: { userId, email: person?.email ?? null },
          channels: ['in-app', 'email'],
          kind: 'reminder.digest',
          subject,
          text,
          link: '/theo-doi',
          dedupeKey: `digest:${unitId}:${userId ? userKey(userId) : key}:${ctx.today}`,
        },
        now,
      );
      if (written1) written++;
    }
    return { today: ctx.today, digests: digests.size, written };
  });
}

export function dailyReminderJob(db: Db): JobKind {
  return {
    async run(job, ctx) {
      const { unitId } = job.payload as { unitId: string };
      await runDailyReminders(db, unitId, ctx.now);
    },
  };
}

/**
 * Plans today's reminder job for every unit that holds sessions (idempotent: one per unit and
 * day), due at 07:00 in Vietnam — not at midnight when the day turns — or at once if later.
 */
export async function planDailyReminders(db: Db, now: Date): Promise<number> {
  const today = vietnamDayOf(now);
  const seven = new Date(`${today}T00:00:00Z`); // 07:00 UTC+7
  const runAt = now > seven ? now : seven;
  // Units with sessions that still exist today (a commune merged away, with its old sessions, gets no digest).
  const units = await unitsWithSessionsOn(db.kysely, today);
  let planned = 0;
  for (const unitId of units) {
    const id = await enqueueJob(
      db.kysely,
      {
        kind: DAILY_REMINDER_JOB,
        payload: { unitId },
        runAt,
        dedupeKey: `reminder:${unitId}:${today}`,
        maxAttempts: 5,
      },
      now,
    );
    if (id) planned++;
  }
  return planned;
}
