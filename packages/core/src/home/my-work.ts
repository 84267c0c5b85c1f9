// What GET /api/units/:id/my-work answers (the home page, "Việc của tôi"): a zod contract shared by
// the server's response schema and the web app's types. The serializer drops a key the contract
// does not name: a field added to the use case's answer is added here too.
import { z } from 'zod';
import { roles } from '../policy/roles.js';
import { stepStatuses } from '../session/session-timeline.js';
import { unitKinds } from '../unit/unit.js';

export const workGroupKeys = [
  'overdue',
  'due-soon',
  'unassigned-overdue',
  'unclassified',
  'duplicates',
  'to-approve',
  'my-answers',
  'notices',
  'late-communes',
] as const;
export type WorkGroupKey = (typeof workGroupKeys)[number];

export const roundSteps = ['plan', 'notice', 'session', 'conclusion', 'answers'] as const;
export type RoundStep = (typeof roundSteps)[number];

export const MyWorkItem = z.object({
  /** The matter, session or unit the line opens. */
  id: z.string(),
  title: z.string(),
  due: z.string().nullable(),
  /** Working days left (≥ 0) or late (< 0) against `due`. */
  workingDays: z.number().nullable(),
  /** A second fact: the official, the state, 'public' / 'conclusion' for a notice, a count. */
  detail: z.string().nullable(),
});
export type MyWorkItem = z.infer<typeof MyWorkItem>;

export const MyWorkGroup = z.object({
  key: z.enum(workGroupKeys),
  count: z.number(),
  items: z.array(MyWorkItem),
});
export type MyWorkGroup = z.infer<typeof MyWorkGroup>;

export const RoundStage = z.object({
  sessionId: z.string().nullable(),
  round: z.number().nullable(),
  date: z.string().nullable(),
  /** Index in roundSteps of the step to do now; roundSteps.length when every step is done. */
  current: z.number(),
  steps: z.array(
    z.object({
      step: z.enum(roundSteps),
      due: z.string().nullable(),
      done: z.string().nullable(),
      status: z.enum(stepStatuses),
    }),
  ),
});
export type RoundStage = z.infer<typeof RoundStage>;

export const MyWork = z.object({
  unit: z.object({ id: z.string(), name: z.string(), kind: z.enum(unitKinds) }),
  today: z.string(),
  roles: z.array(z.enum(roles)),
  groups: z.array(MyWorkGroup),
  round: RoundStage.nullable(),
});
export type MyWork = z.infer<typeof MyWork>;
