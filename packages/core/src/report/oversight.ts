// The oversight table's row for one commune: were its rounds held by their dates, was the
// notice out early enough, the conclusion in time, the written answers in time, and what it
// escalated. Each cell gets a colour so the level above sees at a glance where to look:
// red = a deadline passed with the step not done, amber = done but late, green = all in time.
import { parseIsoDate } from '../calendar/iso-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { RegulationProfile } from '../profile/regulation-profile.js';
import { conclusionDeadline, noticeDeadline } from '../session/session-rules.js';
import type { Timeliness } from './figures.js';

export interface SessionFact {
  round: number | null;
  heldBy: string | null;
  date: string | null;
  noticeDate: string | null;
  heldOn: string | null;
  conclusionDate: string | null;
}

export type Grade = 'green' | 'amber' | 'red' | 'none';

export interface SessionCompliance {
  rounds: number;
  held: number;
  heldOnTime: number;
  /** Planned sessions past their held-by date and not held. */
  notHeldOverdue: number;
  announced: number;
  noticeOnTime: number;
  /** Shortest notice lead among announced sessions, in calendar days; null if none. */
  minNoticeLeadDays: number | null;
  concluded: number;
  conclusionOnTime: number;
  /** Held, no conclusion notice, and its deadline passed. */
  conclusionOverdue: number;
}

/**
 * The deadlines of many sessions: a province has thousands of sessions but only a few hundred
 * distinct dates, so each (profile, date) is counted once on the calendar and remembered.
 */
export function deadlineMemo() {
  const memo = new Map<string, string>();
  return {
    notice(profile: RegulationProfile, calendar: WorkingCalendar, date: string): string {
      const key = `n|${profile.code}|${date}`;
      let v = memo.get(key);
      if (v === undefined) memo.set(key, (v = noticeDeadline({ profile, calendar }, date).date));
      return v;
    },
    conclusion(profile: RegulationProfile, calendar: WorkingCalendar, heldOn: string): string {
      const key = `c|${profile.code}|${heldOn}`;
      let v = memo.get(key);
      if (v === undefined)
        memo.set(key, (v = conclusionDeadline({ profile, calendar }, heldOn).date));
      return v;
    },
  };
}

export function sessionCompliance(
  sessions: readonly SessionFact[],
  profile: RegulationProfile,
  calendar: WorkingCalendar,
  today: string,
  memo = deadlineMemo(),
): SessionCompliance {
  const c: SessionCompliance = {
    rounds: 0,
    held: 0,
    heldOnTime: 0,
    notHeldOverdue: 0,
    announced: 0,
    noticeOnTime: 0,
    minNoticeLeadDays: null,
    concluded: 0,
    conclusionOnTime: 0,
    conclusionOverdue: 0,
  };
  for (const s of sessions) {
    c.rounds++;
    if (s.heldOn) {
      c.held++;
      if (!s.heldBy || s.heldOn <= s.heldBy) c.heldOnTime++;
    } else if (s.heldBy && today > s.heldBy) c.notHeldOverdue++;
    if (s.noticeDate && s.date) {
      c.announced++;
      if (s.noticeDate <= memo.notice(profile, calendar, s.date)) c.noticeOnTime++;
      const lead = parseIsoDate(s.date) - parseIsoDate(s.noticeDate);
      c.minNoticeLeadDays =
        c.minNoticeLeadDays === null ? lead : Math.min(c.minNoticeLeadDays, lead);
    }
    if (s.heldOn) {
      const due = memo.conclusion(profile, calendar, s.heldOn);
      if (s.conclusionDate) {
        c.concluded++;
        if (s.conclusionDate <= due) c.conclusionOnTime++;
      } else if (today > due) c.conclusionOverdue++;
    }
  }
  return c;
}

export interface EscalationCounts {
  sent: number;
  acknowledged: number;
  answered: number;
  overdue: number;
}

export interface OversightGrades {
  rounds: Grade;
  notice: Grade;
  conclusion: Grade;
  answers: Grade;
  overall: Grade;
}

const worst = (gs: Grade[]): Grade =>
  gs.includes('red')
    ? 'red'
    : gs.includes('amber')
      ? 'amber'
      : gs.includes('green')
        ? 'green'
        : 'none';

export function gradeRow(
  s: SessionCompliance,
  a: Timeliness,
  e: EscalationCounts,
): OversightGrades {
  const rounds: Grade =
    s.notHeldOverdue > 0 ? 'red' : s.held > s.heldOnTime ? 'amber' : s.held > 0 ? 'green' : 'none';
  const notice: Grade =
    s.announced === 0 ? 'none' : s.noticeOnTime < s.announced ? 'amber' : 'green';
  const conclusion: Grade =
    s.conclusionOverdue > 0
      ? 'red'
      : s.concluded > s.conclusionOnTime
        ? 'amber'
        : s.concluded > 0
          ? 'green'
          : 'none';
  const answers: Grade =
    a.overdue > 0 ? 'red' : a.late > 0 ? 'amber' : a.total > 0 ? 'green' : 'none';
  const escalated: Grade = e.overdue > 0 ? 'red' : 'none';
  return {
    rounds,
    notice,
    conclusion,
    answers,
    overall: worst([rounds, notice, conclusion, answers, escalated]),
  };
}
