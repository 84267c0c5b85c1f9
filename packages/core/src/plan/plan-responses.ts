// What the plan routes answer (a unit's plans, one plan with its sessions, a plan created, edited
// or issued), as zod contracts shared by the server's response schemas and the web app's types.
// The serializer drops a key a contract does not name: a field added to a use case's answer is
// added here too.
import { z } from 'zod';
import { SessionSummary } from '../session/session-responses.js';
import { PlanContent } from './plan-content.js';
import { planStates } from './plan-state.js';

export const PlanView = z.object({
  id: z.string(),
  unitId: z.string(),
  year: z.number(),
  state: z.enum(planStates),
  profileCode: z.string(),
  /** Read back through PlanContent when the plan is loaded, so it holds to the same contract. */
  content: PlanContent,
  documentId: z.string().nullable(),
  numberText: z.string().nullable(),
  version: z.number(),
  updatedAt: z.string(),
});
export type PlanView = z.infer<typeof PlanView>;

/** GET /api/units/:id/plans */
export const UnitPlans = z.object({
  plans: z.array(PlanView),
  can: z.array(z.string()),
  thisYear: z.number(),
});
export type UnitPlans = z.infer<typeof UnitPlans>;

/** GET /api/plans/:id */
export const PlanDetail = PlanView.extend({
  issuedOn: z.string().nullable(),
  can: z.array(z.string()),
  sessions: z.array(SessionSummary),
});
export type PlanDetail = z.infer<typeof PlanDetail>;
