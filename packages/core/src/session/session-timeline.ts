// A session's timeline: each step, its legal deadline with "how computed", when it was done, and
// whether on time — the page a chair or the district checks, computed from the same rules that
// refuse a late move (session-rules.ts).
import type { Deadline } from '../calendar/deadline-types.js';
import { formatViDate, parseIsoDate, type IsoDate } from '../calendar/iso-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { RegulationProfile } from '../profile/regulation-profile.js';
import { conclusionDeadline, noticeDeadline } from './session-rules.js';

export const timelineSteps = ['scheduled', 'announced', 'held', 'concluded', 'answered'] as const;
export type TimelineStep = (typeof timelineSteps)[number];

export const timelineStepNames: Record<TimelineStep, { vi: string; en: string }> = {
  scheduled: { vi: 'Lên lịch hội nghị', en: 'Schedule the session' },
  announced: { vi: 'Thông báo công khai', en: 'Public notice' },
  held: { vi: 'Tổ chức hội nghị', en: 'Hold the session' },
  concluded: { vi: 'Thông báo kết luận', en: 'Conclusion notice' },
  answered: { vi: 'Trả lời bằng văn bản', en: 'Written answers' },
};

export const stepStatuses = ['on-time', 'late', 'pending', 'overdue', 'not-applicable'] as const;
export type StepStatus = (typeof stepStatuses)[number];

export interface TimelineEntry {
  step: TimelineStep;
  /** The latest allowed day, if the step has one yet. */
  due: IsoDate | null;
  /** The counting, for a person to check by hand; null for a date set by the plan. */
  deadline: Deadline | null;
  /** How the due date was set when no counting rule applies (the plan's held-by date). */
  basis: { vi: string; en: string } | null;
  done: IsoDate | null;
  status: StepStatus;
  /** Reasons of overrides recorded on this step. */
  overrides: string[];
}

export interface TimelineFacts {
  heldBy: IsoDate | null;
  date: IsoDate | null;
  scheduledOn: IsoDate | null;
  noticeDate: IsoDate | null;
  heldOn: IsoDate | null;
  conclusionDate: IsoDate | null;
  /** Written answers: the latest due date among the follow-up items, and when the last was answered. */
  answersDue: IsoDate | null;
  answersDeadline: Deadline | null;
  answersDone: IsoDate | null;
  overrides: { step: TimelineStep; reason: string }[];
}

function status(due: IsoDate | null, done: IsoDate | null, today: IsoDate): StepStatus {
  if (done) return !due || done <= due ? 'on-time' : 'late';
  if (!due) return 'pending';
  return today > due ? 'overdue' : 'pending';
}

export function sessionTimeline(
  f: TimelineFacts,
  profile: RegulationProfile,
  calendar: WorkingCalendar,
  today: IsoDate,
): TimelineEntry[] {
  const ctx = { profile, calendar };
  const notice = f.date ? noticeDeadline(ctx, f.date) : null;
  const conclusion = f.date ? conclusionDeadline(ctx, f.date) : null;
  const planBasis = f.heldBy
    ? {
        vi: `Theo kế hoạch: tổ chức chậm nhất ngày ${formatViDate(parseIsoDate(f.heldBy))}`,
        en: `The plan: held by ${formatViDate(parseIsoDate(f.heldBy))}`,
      }
    : null;
  const overrides = (step: TimelineStep) =>
    f.overrides.filter((o) => o.step === step).map((o) => o.reason);
  const entry = (
    step: TimelineStep,
    due: IsoDate | null,
    deadline: Deadline | null,
    basis: TimelineEntry['basis'],
    done: IsoDate | null,
  ): TimelineEntry => ({
    step,
    due,
    deadline,
    basis,
    done,
    status: status(due, done, today),
    overrides: overrides(step),
  });
  return [
    entry('scheduled', f.heldBy, null, planBasis, f.scheduledOn && f.date ? f.date : null),
    entry('announced', notice?.date ?? null, notice, null, f.noticeDate),
    entry('held', f.heldBy, null, planBasis, f.heldOn),
    entry('concluded', conclusion?.date ?? null, conclusion, null, f.conclusionDate),
    entry('answered', f.answersDue, f.answersDeadline, null, f.answersDone),
  ];
}
