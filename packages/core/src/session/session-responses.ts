// What the session routes answer (a unit's sessions, one session with its timeline, an extra
// session, the notice announced, an agenda line saved, the conclusion notice's draft), as zod contracts shared by the server's response schemas and the web app's types. The
// serializer drops a key a contract does not name: a field added to a use case's answer is added
// here too.
import { z } from 'zod';
import { DeadlineContract } from '../opinion/matter-page.js';
import { agendaOutcomes } from './session-contracts.js';
import { sessionActions, sessionRules, sessionStates } from './session-state.js';
import { stepStatuses, timelineSteps } from './session-timeline.js';

const text = z.object({ vi: z.string(), en: z.string() });

/** A session as listed (a unit's sessions, a plan's, an extra one just made). */
export const SessionSummary = z.object({
  id: z.string(),
  unitId: z.string(),
  planId: z.string().nullable(),
  round: z.number().nullable(),
  heldBy: z.string().nullable(),
  extra: z.boolean(),
  state: z.enum(sessionStates),
  date: z.string().nullable(),
  startTime: z.string().nullable(),
  venue: z.string().nullable(),
  chairs: z.array(z.string()),
  attendanceCap: z.number().nullable(),
  topics: z.array(z.string()),
  scheduledOn: z.string().nullable(),
  noticeDate: z.string().nullable(),
  submissionDeadline: z.string().nullable(),
  channels: z.array(z.string()),
  noticeDocumentId: z.string().nullable(),
  shortNotice: z.string().nullable(),
  heldOn: z.string().nullable(),
  attendanceTotal: z.number().nullable(),
  attendanceRev: z.number(),
  conclusionDate: z.string().nullable(),
  conclusionDocumentId: z.string().nullable(),
  closedOn: z.string().nullable(),
  version: z.number(),
});
export type SessionSummary = z.infer<typeof SessionSummary>;

/** GET /api/units/:id/sessions */
export const UnitSessions = z.object({
  sessions: z.array(SessionSummary),
  can: z.array(z.string()),
});
export type UnitSessions = z.infer<typeof UnitSessions>;

const consoleItem = {
  id: z.string(),
  position: z.number(),
  matterId: z.string().nullable(),
  speakerName: z.string().nullable(),
  speakerVillage: z.string().nullable(),
  question: z.string(),
  answer: z.string().nullable(),
  answeredBy: z.string().nullable(),
  outcome: z.enum(agendaOutcomes).nullable(),
  fromFloor: z.boolean(),
};

export const AgendaItemView = z.object({
  ...consoleItem,
  rev: z.number(),
  speakerVillageId: z.string().nullable(),
  /** Where "who asks" comes from: typed by the clerk, a person who raised the matter, or a group. */
  speakerFrom: z.enum(['entered', 'petitioner', 'group']),
  registrationId: z.string().nullable(),
  matterState: z.string().nullable(),
  matterField: z.string().nullable(),
  preparedAnswer: z.string().nullable(),
  assigneeName: z.string().nullable(),
});
export type AgendaItemView = z.infer<typeof AgendaItemView>;

export const TimelineEntryContract = z.object({
  step: z.enum(timelineSteps),
  due: z.string().nullable(),
  deadline: DeadlineContract.nullable(),
  basis: text.nullable(),
  done: z.string().nullable(),
  status: z.enum(stepStatuses),
  overrides: z.array(z.string()),
});

export const MinutesContract = z.object({
  date: z.string(),
  startTime: z.string().nullable(),
  venue: z.string().nullable(),
  chairs: z.array(z.string()),
  attendance: z.object({
    total: z.number(),
    groups: z.array(z.object({ composition: z.string(), present: z.number() })),
  }),
  /** The raised agenda lines in order: the session page's are its agenda's (AgendaItemView), so
   * they carry the view's fields too, which the minutes' own type does not promise. */
  items: z.array(AgendaItemView.partial().extend({ ...consoleItem, order: z.number() })),
  raisedCount: z.number(),
  settledCount: z.number(),
  carriedOverCount: z.number(),
  notReachedCount: z.number(),
});

/** GET /api/sessions/:id */
export const SessionDetail = SessionSummary.extend({
  unitName: z.string(),
  today: z.string(),
  profile: z.object({
    code: z.string(),
    noticeLeadDays: z.number(),
    conclusionNoticeDays: z.number(),
    writtenAnswerWorkingDays: z.number(),
  }),
  can: z.array(z.string()),
  next: z.array(z.enum(sessionActions)),
  timeline: z.array(TimelineEntryContract),
  participants: z.array(
    z.object({
      id: z.string(),
      composition: z.string(),
      invited: z.number().nullable(),
      present: z.number().nullable(),
    }),
  ),
  agenda: z.array(AgendaItemView),
  registrations: z.array(
    z.object({
      id: z.string(),
      question: z.string(),
      matterId: z.string(),
      fullName: z.string(),
      villageName: z.string().nullable(),
      registeredAt: z.string(),
    }),
  ),
  overrides: z.array(
    z.object({
      at: z.string(),
      message: z.string(),
      action: z.string(),
      reason: z.string(),
      rule: z.string(),
      limitDate: z.string().nullable(),
      actualDate: z.string().nullable(),
      actorUserId: z.string().nullable(),
    }),
  ),
  conclusionItems: z.array(
    z.object({
      id: z.string(),
      matterId: z.string(),
      content: z.string(),
      matterState: z.string(),
      responsible: z.string(),
      noticeDate: z.string(),
      dueDate: z.string(),
      dueText: text,
    }),
  ),
  /** All the session's items (up to the count's cap; `conclusionItemsCapped`: more); `conclusionItems` holds the first 200. */
  conclusionItemCount: z.number(),
  conclusionItemsCapped: z.boolean(),
  history: z.array(
    z.object({
      at: z.string(),
      reason: z.string().nullable(),
      actorUserId: z.string().nullable(),
      from: z.string().nullable(),
      to: z.string(),
    }),
  ),
  minutes: MinutesContract.nullable(),
});
export type SessionDetail = z.infer<typeof SessionDetail>;

/** A rule of the profile a move broke, overridden with a reason (core's RuleBreach). */
export const RuleBreachContract = z.object({
  rule: z.enum(sessionRules),
  /** The date the rule required (held-by, latest notice day…). */
  limit: z.string().nullable(),
  /** The date that broke it. */
  actual: z.string().nullable(),
  deadline: DeadlineContract.nullable(),
  message: text,
});

/** POST /api/sessions/:id/announce: the move, and the notice's number and short text. */
export const AnnouncedSession = z.object({
  to: z.enum(sessionStates),
  overridden: z.array(RuleBreachContract),
  numberText: z.string(),
  /** The short notice for the loudspeakers and the village groups. */
  shortNotice: z.string(),
});
export type AnnouncedSession = z.infer<typeof AnnouncedSession>;

/**
 * PUT /api/sessions/:id/agenda/:itemId: the line as stored; `applied` false when an edit as new or
 * newer was already saved (the autosave is idempotent).
 */
export const SavedAgendaItem = z.object({ item: AgendaItemView, applied: z.boolean() });
export type SavedAgendaItem = z.infer<typeof SavedAgendaItem>;

/** GET|PUT /api/sessions/:id/conclusion: the draft, its computed lines, and the rules it would break. */
export const ConclusionView = z.object({
  /** As saved, or the starting draft (dated today, the profile's recipients) before the first save. */
  draft: z.object({
    date: z.string(),
    summary: z.array(z.string()),
    /** Who handles each carried-over matter, by matter id. */
    responsible: z.record(z.string(), z.string()),
    recipients: z.array(z.string()),
  }),
  saved: z.boolean(),
  lines: z.array(
    z.object({
      matterId: z.string(),
      content: z.string(),
      responsible: z.string(),
      petitionerCount: z.number(),
      villages: z.array(z.string()),
      due: DeadlineContract,
    }),
  ),
  breaches: z.array(text),
});
export type ConclusionView = z.infer<typeof ConclusionView>;
