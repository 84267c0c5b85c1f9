// What GET /api/opinions/:id answers: one matter's page (the staff app's /y-kien/:id), as a zod
// contract shared by the server's response schema and the web app's types. Loose objects: the
// list row's fields and the duplicates pass through as the use case builds them.
import { z } from 'zod';
import { MatterSummaryContract } from './opinion-responses.js';

const text = z.object({ vi: z.string(), en: z.string() });

/** A counted deadline (calendar/deadline.ts `Deadline`): what DeadlineExplanation shows. */
export const DeadlineContract = z.object({
  date: z.string(),
  rule: z.enum(['calendar-days-after', 'calendar-days-before', 'working-days-after']),
  start: z.string(),
  n: z.number(),
  skipped: z.array(
    z.object({
      date: z.string(),
      reason: z.enum(['weekend', 'holiday', 'in-lieu', 'swap-off', 'extra-off']),
      name: z.string().optional(),
      basis: z.string().optional(),
    }),
  ),
  workedWeekendDays: z.array(z.string()),
  movedFrom: z.string().optional(),
  latestWorkingDay: z.string().optional(),
  computedYears: z.array(z.number()),
  text,
});

export const matterDocumentRelations = [
  'letter',
  'timeline-notice',
  'escalation',
  'conclusion-notice',
] as const;

export const MatterPage = z.looseObject({
  // The list row's fields (its suggestions pass through, as every other field the page adds).
  ...MatterSummaryContract.omit({ suggestions: true }).shape,
  can: z.array(z.string()),
  unit: z.object({ id: z.string(), name: z.string(), slug: z.string() }),
  sourceOrganisationName: z.string().nullable(),
  fieldConfirmed: z.boolean(),
  createdAt: z.string(),
  /** The codes people were given for it (portal, paper receipts), oldest first. */
  trackingCodes: z.array(z.string()),
  petitionerView: z.enum(['full', 'masked', 'hidden']),
  absorbed: z.array(z.object({ id: z.string(), content: z.string() })),
  raisings: z.array(
    z.looseObject({
      id: z.string(),
      matterId: z.string(),
      source: z.string(),
      receivedOn: z.string(),
      fullName: z.string().nullable(),
      villageName: z.string().nullable(),
      phone: z.string().nullable(),
      email: z.string().nullable(),
    }),
  ),
  history: z.array(
    z.object({
      from: z.string().nullable(),
      to: z.string(),
      at: z.string(),
      actorUserId: z.string().nullable(),
      reason: z.string().nullable(),
    }),
  ),
  due: z
    .object({
      date: z.string(),
      basis: z.enum(['prepare-by', 'conclusion', 'extension', 'escalation']),
      text: text.nullable(),
      deadline: DeadlineContract.nullable(),
    })
    .nullable(),
  /** While only received: the day by which the petitioner is told whether it is taken up (Luật Tiếp công dân, Điều 28). */
  acknowledgement: DeadlineContract.nullable(),
  answer: z
    .object({
      id: z.string(),
      state: z.string(),
      text: z.string(),
      officialName: z.string(),
      approverName: z.string().nullable(),
      approvedOn: z.string().nullable(),
      updatedAt: z.string(),
    })
    .nullable(),
  documents: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      numberText: z.string(),
      title: z.string(),
      issuedOn: z.string(),
      relation: z.enum(matterDocumentRelations),
    }),
  ),
  sessions: z.array(
    z.object({
      id: z.string(),
      round: z.number().nullable(),
      date: z.string().nullable(),
      venue: z.string().nullable(),
      outcome: z.string().nullable(),
    }),
  ),
  activity: z.array(
    z.object({
      at: z.string(),
      kind: z.enum(['state', 'audit']),
      action: z.string(),
      from: z.string().nullable(),
      to: z.string().nullable(),
      reason: z.string().nullable(),
      actorName: z.string().nullable(),
    }),
  ),
  duplicates: z.array(z.looseObject({ id: z.string(), content: z.string() })),
});
export type MatterPage = z.infer<typeof MatterPage>;

/** What POST /api/opinions/:id/receipt answers: the receipt handed to a person who brought a paper opinion. */
export const MatterReceipt = z.object({
  matterId: z.string(),
  trackingCode: z.string(),
  communeName: z.string(),
  content: z.string(),
  receivedOn: z.string(),
  clerkName: z.string(),
  /** Where the citizen tracks it: the portal's tracking page for this commune, with the code. */
  trackUrl: z.string(),
  trackPath: z.string(),
  acknowledgement: DeadlineContract,
  writtenAnswerWorkingDays: z.number(),
  nextSession: z.object({ date: z.string(), venue: z.string().nullable() }).nullable(),
});
export type MatterReceipt = z.infer<typeof MatterReceipt>;
