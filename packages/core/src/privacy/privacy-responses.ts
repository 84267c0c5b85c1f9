// What the data-subject request routes answer (server: privacy/data-subject-requests.ts,
// privacy/find-petitioners.ts), as zod contracts shared by the server's response schemas and the
// web app's types. The serializer drops a key a contract does not name: a field added to a use
// case's answer is added here too.
import { z } from 'zod';
import { DeadlineContract } from '../opinion/matter-page.js';
import { requestKinds, requestStates } from './request.js';

/** A request's deadline as stored with it (request.ts `requestDeadlines`): the count and its basis. */
const RequestDeadline = DeadlineContract.extend({ basis: z.string() });

/** A data-subject request with its deadlines and whether either has passed. */
export const DataSubjectRequestView = z.object({
  id: z.string(),
  unitId: z.string(),
  petitionerId: z.string().nullable(),
  kind: z.enum(requestKinds),
  requesterName: z.string(),
  requesterContact: z.string().nullable(),
  detail: z.string(),
  state: z.enum(requestStates),
  receivedOn: z.string(),
  acknowledgeBy: z.string(),
  completeBy: z.string(),
  deadlines: z.object({ acknowledge: RequestDeadline, complete: RequestDeadline }),
  acknowledgedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  outcome: z.string().nullable(),
  overdue: z.object({ acknowledge: z.boolean(), complete: z.boolean() }),
  createdAt: z.string(),
});
export type DataSubjectRequestView = z.infer<typeof DataSubjectRequestView>;

/** GET /api/units/:id/privacy/requests */
export const UnitPrivacyRequests = z.object({ requests: z.array(DataSubjectRequestView) });
export type UnitPrivacyRequests = z.infer<typeof UnitPrivacyRequests>;

/** A petitioner a request may be about (an erased one keeps its id, its name gone). */
export const PetitionerMatch = z.object({
  id: z.string(),
  fullName: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  village: z.string().nullable(),
  erased: z.boolean(),
});
export type PetitionerMatch = z.infer<typeof PetitionerMatch>;

/** GET /api/units/:id/privacy/petitioners?q= */
export const PetitionerMatches = z.object({ petitioners: z.array(PetitionerMatch) });
export type PetitionerMatches = z.infer<typeof PetitionerMatches>;

/** A consent the petitioner gave (or refused) at the office, and its withdrawal if any. */
export const ConsentRecord = z.object({
  id: z.string(),
  purpose: z.string(),
  granted: z.boolean(),
  /** What was asked, as asked; null for consents recorded before the wording was kept. */
  wording: z.string().nullable(),
  channel: z.string().nullable(),
  recordedAt: z.string(),
  recordedBy: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
  withdrawnBy: z.string().nullable(),
  withdrawnHow: z.string().nullable(),
});
export type ConsentRecord = z.infer<typeof ConsentRecord>;

/**
 * GET /api/privacy/requests/:id/data: everything held about the request's petitioner (the copy
 * an 'access' request gives): the record, consents, the portal's consent questions, the matters raised.
 */
export const PetitionerDataCopy = z.object({
  petitioner: z.object({
    id: z.string(),
    fullName: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    village: z.string().nullable(),
    answerPreference: z.string().nullable(),
    erasedAt: z.string().nullable(),
    createdAt: z.string(),
  }),
  consents: z.array(ConsentRecord),
  portalConsents: z.array(
    z.object({
      matterId: z.string(),
      purpose: z.string(),
      wording: z.string(),
      granted: z.boolean(),
      recordedAt: z.string(),
    }),
  ),
  matters: z.array(
    z.object({
      id: z.string(),
      content: z.string(),
      state: z.string(),
      answer: z.string().nullable(),
      source: z.string(),
      receivedOn: z.string(),
    }),
  ),
});
export type PetitionerDataCopy = z.infer<typeof PetitionerDataCopy>;
