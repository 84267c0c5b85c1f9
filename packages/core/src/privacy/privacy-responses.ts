// What the privacy routes answer (server: privacy/data-subject-requests.ts,
// privacy/find-petitioners.ts, privacy/consent.ts, privacy/breach.ts), as zod contracts shared by
// the server's response schemas and the web app's types. The serializer drops a key a contract
// does not name: a field added to a use case's answer is added here too.
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

/** POST /api/privacy/petitioners/:id/consents (201): the consent as recorded, with its wording. */
export const RecordedConsent = z.object({
  id: z.string(),
  purpose: z.string(),
  granted: z.boolean(),
  wording: z.string(),
  channel: z.string(),
  recordedAt: z.string(),
  recordedBy: z.string(),
});
export type RecordedConsent = z.infer<typeof RecordedConsent>;

/** POST /api/privacy/consents/:id/withdraw: when and how the consent was withdrawn. */
export const ConsentWithdrawal = z.object({
  id: z.string(),
  withdrawnAt: z.string(),
  withdrawnHow: z.string(),
});
export type ConsentWithdrawal = z.infer<typeof ConsentWithdrawal>;

/** A person whose data the audit log says was touched in the window, and the entries that did. */
export const TouchedPerson = z.object({
  petitionerId: z.string(),
  fullName: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  unitId: z.string(),
  erased: z.boolean(),
  events: z.array(
    z.object({
      seq: z.number(),
      at: z.string(),
      action: z.string(),
      actorUserId: z.string().nullable(),
      entity: z.string(),
      entityId: z.string(),
    }),
  ),
});
export type TouchedPerson = z.infer<typeof TouchedPerson>;

/**
 * POST /api/privacy/breach: for a notice within 72 hours, how many audit entries the window holds
 * and whose personal data they touched.
 */
export const BreachListing = z.object({
  events: z.number(),
  people: z.array(TouchedPerson),
});
export type BreachListing = z.infer<typeof BreachListing>;
