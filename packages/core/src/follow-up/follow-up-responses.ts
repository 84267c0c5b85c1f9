// What the follow-up routes answer (the worklist, one matter's follow-up, the answer templates),
// as zod contracts shared by the server's response schemas and the web app's types. The serializer
// drops a key a contract does not name: a field added to a use case's answer is added here too.
import { z } from 'zod';
import { answerStates, urgencies } from './index.js';

const text = z.object({ vi: z.string(), en: z.string() });

/** The due date in force: the conclusion's, an extension's or an escalation's. */
export const CurrentDue = z.object({
  date: z.string(),
  text,
  basis: z.enum(['conclusion', 'extension', 'escalation']),
});
export type CurrentDue = z.infer<typeof CurrentDue>;

export const WorklistItem = z.object({
  matterId: z.string(),
  content: z.string(),
  field: z.string().nullable(),
  state: z.string(),
  sessionId: z.string(),
  round: z.number().nullable(),
  villageId: z.string().nullable(),
  villageName: z.string().nullable(),
  official: z.object({ personId: z.string().nullable(), name: z.string() }),
  due: CurrentDue,
  urgency: z.enum(urgencies),
  /** The latest answer's state (an AnswerState), null before any. */
  answerState: z.string().nullable(),
  lettersToSend: z.number(),
});
export type WorklistItem = z.infer<typeof WorklistItem>;

/** GET /api/units/:id/follow-up */
export const Worklist = z.object({
  today: z.string(),
  items: z.array(WorklistItem),
  total: z.number(),
  /** The count stopped at its cap: at least `total`. */
  totalCapped: z.boolean(),
  offset: z.number(),
  limit: z.number(),
  all: z.boolean(),
  can: z.array(z.string()),
  officials: z.array(
    z.object({
      personId: z.string().nullable(),
      name: z.string(),
      position: z.string().optional(),
    }),
  ),
  villages: z.array(z.object({ id: z.string(), name: z.string() })),
  rounds: z.array(z.number()),
});
export type Worklist = z.infer<typeof Worklist>;

export const AnswerTemplate = z.object({
  id: z.string(),
  field: z.string().nullable(),
  title: z.string(),
  text: z.string(),
  builtIn: z.boolean(),
});
export type AnswerTemplate = z.infer<typeof AnswerTemplate>;

/** GET /api/units/:id/answer-templates */
export const AnswerTemplates = z.object({
  templates: z.array(AnswerTemplate),
  canEdit: z.boolean(),
});
export type AnswerTemplates = z.infer<typeof AnswerTemplates>;

/** GET /api/follow-up/:id */
export const FollowUpDetail = z.object({
  matterId: z.string(),
  content: z.string(),
  field: z.string().nullable(),
  state: z.string(),
  can: z.array(z.string()),
  staff: z.array(
    z.object({
      personId: z.string(),
      name: z.string(),
      position: z.string(),
      fields: z.array(z.string()),
    }),
  ),
  petitionerView: z.enum(['full', 'masked', 'hidden']),
  official: z.object({ personId: z.string().nullable(), name: z.string().nullable() }),
  /** The conclusion notice's item; absent for a matter without one. */
  item: z
    .looseObject({
      sessionId: z.string(),
      round: z.number().nullable(),
      noticeDate: z.string(),
      noticeNumber: z.string().nullable(),
      responsible: z.string(),
      due: z.object({ date: z.string(), text }),
    })
    .optional(),
  due: CurrentDue.nullable(),
  urgency: z.enum(urgencies).nullable(),
  approver: z.object({ role: z.string(), title: z.string() }),
  answers: z.array(
    z.object({
      id: z.string(),
      origin: z.string(),
      state: z.enum(answerStates),
      text: z.string(),
      officialName: z.string(),
      submittedAt: z.string().nullable(),
      approverName: z.string().nullable(),
      approvedOn: z.string().nullable(),
      publishedAt: z.string().nullable(),
      version: z.number(),
      events: z.array(
        z.object({ action: z.string(), comment: z.string().nullable(), at: z.string() }),
      ),
    }),
  ),
  letters: z.array(
    z.object({
      petitionerId: z.string(),
      documentId: z.string(),
      numberText: z.string(),
      issuedOn: z.string(),
      sentOn: z.string().nullable(),
      /** A LetterChannel once sent. */
      channel: z.string().nullable(),
    }),
  ),
  escalations: z.array(
    z.object({
      id: z.string(),
      competentBody: z.string(),
      proposal: z.string(),
      state: z.string(),
      sentOn: z.string(),
      due: z.object({ date: z.string(), text }),
      acknowledgedOn: z.string().nullable(),
      answeredOn: z.string().nullable(),
      answerText: z.string().nullable(),
      documentId: z.string().nullable(),
      numberText: z.string().nullable(),
    }),
  ),
  extensions: z.array(
    z.object({
      previousDue: z.string(),
      dueDate: z.string(),
      reason: z.string(),
      at: z.string(),
      noticeDocumentId: z.string().nullable(),
      noticeNumber: z.string().nullable(),
    }),
  ),
  petitioners: z.array(
    z.object({
      id: z.string(),
      fullName: z.string().nullable(),
      villageName: z.string().nullable(),
      phone: z.string().nullable(),
      email: z.string().nullable(),
      answered: z.boolean(),
    }),
  ),
  templates: z.array(AnswerTemplate),
});
export type FollowUpDetail = z.infer<typeof FollowUpDetail>;
