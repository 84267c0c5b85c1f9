// Personal data: data-subject requests (list, receive, acknowledge / carry out / refuse, the
// copy for an access request), consent withdrawal, and the breach listing for a 72-hour notice.
import {
  BreachListing,
  ConsentWithdrawal,
  DataSubjectRequestInput,
  DataSubjectRequestView,
  DomainError,
  PetitionerDataCopy,
  PetitionerMatches,
  RecordedConsent,
  RequestDecisionInput,
  scopePrefixes,
  UnitPrivacyRequests,
} from '@doithoai/core';
import { z } from 'zod';
import type { ZodApp } from '../http/zod-app.js';
import { requireActor } from '../http/actor.js';
import type { AppDeps } from '../http/deps.js';
import {
  createRequest,
  decideRequest,
  listRequests,
  requestData,
} from './data-subject-requests.js';
import { consentChannels, recordConsent, withdrawConsent, withdrawalChannels } from './consent.js';
import { personalDataTouched } from './breach.js';
import { recordAudit } from '../audit/audit.js';
import { findPetitioners } from './find-petitioners.js';

const id = z.object({ id: z.string().max(64) });
const ConsentInput = z.strictObject({
  purpose: z.string().trim().min(1).max(64),
  wording: z.string().trim().min(1).max(2000),
  channel: z.enum(consentChannels),
  granted: z.boolean(),
});
const BreachInput = z.strictObject({
  from: z.string().min(10).max(30),
  to: z.string().min(10).max(30),
  userIds: z.array(z.string().max(64)).max(200).optional(),
  tables: z.array(z.string().max(64)).max(50).optional(),
});

export function privacyRoutes(app: ZodApp, deps: AppDeps) {
  app.get(
    '/api/units/:id/privacy/requests',
    { schema: { tags: ['privacy'], params: id, response: { 200: UnitPrivacyRequests } } },
    async (request) => {
      const actor = await requireActor(request, deps.auth, deps.db);
      return { requests: await listRequests(deps, actor, request.params.id) };
    },
  );
  app.post(
    '/api/units/:id/privacy/requests',
    {
      schema: {
        tags: ['privacy'],
        params: id,
        body: DataSubjectRequestInput,
        response: { 201: DataSubjectRequestView },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(request, deps.auth, deps.db);
      reply.code(201);
      return createRequest(deps, actor, request.params.id, request.body);
    },
  );
  app.get(
    '/api/units/:id/privacy/petitioners',
    {
      schema: {
        tags: ['privacy'],
        params: id,
        querystring: z.strictObject({ q: z.string().max(100) }),
        response: { 200: PetitionerMatches },
      },
    },
    async (request) => {
      const actor = await requireActor(request, deps.auth, deps.db);
      return {
        petitioners: await findPetitioners(deps, actor, request.params.id, request.query.q),
      };
    },
  );
  app.post(
    '/api/privacy/requests/:id/decision',
    {
      schema: {
        tags: ['privacy'],
        params: id,
        body: RequestDecisionInput,
        response: { 200: DataSubjectRequestView },
      },
    },
    async (request) => {
      const actor = await requireActor(request, deps.auth, deps.db);
      return decideRequest(deps, actor, request.params.id, request.body);
    },
  );
  app.get(
    '/api/privacy/requests/:id/data',
    { schema: { tags: ['privacy'], params: id, response: { 200: PetitionerDataCopy } } },
    async (request) => {
      const actor = await requireActor(request, deps.auth, deps.db);
      return requestData(deps, actor, request.params.id);
    },
  );
  app.post(
    '/api/privacy/petitioners/:id/consents',
    {
      schema: {
        tags: ['privacy'],
        params: id,
        body: ConsentInput,
        response: { 201: RecordedConsent },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(request, deps.auth, deps.db);
      reply.code(201);
      return recordConsent(deps, actor, request.params.id, request.body);
    },
  );
  app.post(
    '/api/privacy/consents/:id/withdraw',
    {
      schema: {
        tags: ['privacy'],
        params: id,
        body: z.strictObject({ how: z.enum(withdrawalChannels) }),
        response: { 200: ConsentWithdrawal },
      },
    },
    async (request) => {
      const actor = await requireActor(request, deps.auth, deps.db);
      return withdrawConsent(deps, actor, request.params.id, request.body.how);
    },
  );
  app.post(
    '/api/privacy/breach',
    { schema: { tags: ['privacy'], body: BreachInput, response: { 200: BreachListing } } },
    async (request) => {
      const actor = await requireActor(request, deps.auth, deps.db);
      const underPaths = scopePrefixes(actor, 'audit.read');
      if (underPaths.length === 0) throw new DomainError('NOT_FOUND');
      const result = await personalDataTouched(deps.db.kysely, { ...request.body, underPaths });
      // The listing itself shows personal data: it is logged too.
      await recordAudit(deps.db.kysely, {
        actorUserId: actor.userId,
        action: 'privacy.breach-list',
        entity: 'audit',
        entityId: 'breach',
        unitId: null,
        detail: { from: request.body.from, to: request.body.to, people: result.people.length },
      });
      return result;
    },
  );
}
