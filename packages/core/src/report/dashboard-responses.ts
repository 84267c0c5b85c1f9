// What the commune dashboard answers (its figures, and the list behind a figure) and the oversight
// table of the communes below a unit, as zod contracts shared by the server's response schemas and the web app's types. The serializer drops a key a
// contract does not name: a field added to a use case's answer is added here too.
import { z } from 'zod';
import { TimelineEntryContract } from '../session/session-responses.js';
import { answerStatuses } from './figures.js';

export const TimelinessContract = z.object({
  total: z.number(),
  onTime: z.number(),
  late: z.number(),
  /** Open and past the due date. */
  overdue: z.number(),
  /** Open, not yet due. */
  open: z.number(),
  /** Unanswered, proposed to a higher level. */
  escalated: z.number(),
  /** Answered on time ÷ items whose outcome is known; null when none. */
  onTimeRate: z.number().nullable(),
});

const count = z.object({ key: z.string(), count: z.number() });

/** GET /api/units/:id/dashboard */
export const UnitDashboard = z.object({
  unit: z.object({ id: z.string(), name: z.string() }),
  period: z.object({ from: z.string(), to: z.string() }),
  today: z.string(),
  readOnly: z.boolean(),
  /** The figures sum every commune under the unit (a province, a district); `byVillage` is then by commune. */
  wholeArea: z.boolean(),
  matters: z.object({
    total: z.number(),
    byField: z.array(count),
    bySource: z.array(count),
    byVillage: z.array(count.extend({ name: z.string().nullable() })),
    byState: z.array(count),
  }),
  answers: TimelinessContract,
  trend: z.array(TimelinessContract.extend({ month: z.string() })),
  /** The oldest overdue items. */
  overdue: z.array(
    z.object({
      matterId: z.string(),
      content: z.string(),
      field: z.string().nullable(),
      official: z.string().nullable(),
      due: z.string(),
      workingDaysLate: z.number(),
      sessionId: z.string(),
    }),
  ),
  /** Every overdue item (the list above holds the oldest few). */
  overdueCount: z.number(),
  round: z
    .object({
      sessionId: z.string(),
      round: z.number().nullable(),
      state: z.string(),
      date: z.string().nullable(),
      items: z.number(),
      open: z.number(),
      timeline: z.array(TimelineEntryContract),
    })
    .nullable(),
});
export type UnitDashboard = z.infer<typeof UnitDashboard>;

export const DashboardMatter = z.object({
  id: z.string(),
  content: z.string(),
  field: z.string().nullable(),
  source: z.string(),
  village: z.string().nullable(),
  state: z.string(),
  receivedOn: z.string(),
  official: z.string().nullable(),
  due: z.string().nullable(),
  answeredOn: z.string().nullable(),
  answer: z.enum(answerStatuses as ['on-time', 'late', 'overdue', 'open', 'escalated']).nullable(),
});
export type DashboardMatter = z.infer<typeof DashboardMatter>;

/** GET /api/units/:id/dashboard/matters: one page, `next` the cursor of the following one. */
export const DashboardMatters = z.object({
  items: z.array(DashboardMatter),
  next: z.string().nullable(),
});
export type DashboardMatters = z.infer<typeof DashboardMatters>;

const grade = z.enum(['green', 'amber', 'red', 'none']);

/** One commune's row of the oversight table (core's OversightRowData). */
export const OversightRow = z.object({
  unitId: z.string(),
  name: z.string(),
  /** The unit between the commune and the one asked for (a district under a province), if any. */
  parentName: z.string().nullable(),
  sessions: z.object({
    rounds: z.number(),
    held: z.number(),
    heldOnTime: z.number(),
    /** Planned sessions past their held-by date and not held. */
    notHeldOverdue: z.number(),
    announced: z.number(),
    noticeOnTime: z.number(),
    /** Shortest notice lead among announced sessions, in calendar days; null if none. */
    minNoticeLeadDays: z.number().nullable(),
    concluded: z.number(),
    conclusionOnTime: z.number(),
    /** Held, no conclusion notice, and its deadline passed. */
    conclusionOverdue: z.number(),
  }),
  answers: TimelinessContract,
  escalations: z.object({
    sent: z.number(),
    acknowledged: z.number(),
    answered: z.number(),
    overdue: z.number(),
  }),
  grades: z.object({
    rounds: grade,
    notice: grade,
    conclusion: grade,
    answers: grade,
    overall: grade,
  }),
});

/** GET /api/units/:id/oversight: one page of the table, in the order asked; `total` counts every commune. */
export const Oversight = z.object({
  unit: z.object({ id: z.string(), name: z.string() }),
  period: z.object({ from: z.string(), to: z.string() }),
  today: z.string(),
  total: z.number(),
  rows: z.array(OversightRow),
});
export type Oversight = z.infer<typeof Oversight>;
