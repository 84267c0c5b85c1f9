// Follow-up after the conclusion notice: the unit's worklist, one matter's follow-up, the written
// answer (draft, submit, return, approve → letters), escalation (send, acknowledge, the higher
// level's answer) and a complex matter's extension.
import {
  AcknowledgeInput,
  AnswerDraftInput,
  AnswerTemplateInput,
  AnswerTemplates,
  ResponsibleInput,
  AnswerReviewInput,
  EscalateInput,
  EscalationAnswerInput,
  ExtendInput,
  FollowUpDetail,
  FollowUpFilter,
  LettersSentInput,
  Worklist,
} from '@doithoai/core';
import { z } from 'zod';
import type { ZodApp } from '../http/zod-app.js';
import { requireActor } from '../http/actor.js';
import type { AppDeps } from '../http/deps.js';
import { approveAnswer, returnAnswer, saveAnswer, submitAnswer } from './answer.js';
import {
  acknowledgeEscalation,
  answerEscalation,
  escalateMatter,
  extendDue,
} from './escalation.js';
import { recordLettersSent } from './letters-sent.js';
import { printLetters } from './letters-print.js';
import { setResponsible } from './responsible.js';
import {
  archiveTemplate,
  createTemplate,
  listTemplates,
  updateTemplate,
} from './answer-templates.js';
import { getFollowUp, listFollowUp } from './worklist.js';

const Id = z.object({ id: z.string().max(64) });
const tags = ['follow-up'];

export function followUpRoutes(app: ZodApp, deps: AppDeps) {
  const actor = (request: Parameters<typeof requireActor>[0]) =>
    requireActor(request, deps.auth, deps.db);

  app.get(
    '/api/units/:id/follow-up',
    {
      schema: {
        tags,
        summary: 'Theo dõi trả lời sau đối thoại / follow-up worklist',
        params: Id,
        querystring: FollowUpFilter,
        response: { 200: Worklist },
      },
    },
    async (request) => listFollowUp(deps, await actor(request), request.params.id, request.query),
  );

  app.get(
    '/api/follow-up/:id',
    {
      schema: {
        tags,
        summary: "Theo dõi một vấn đề / one matter's follow-up",
        params: Id,
        response: { 200: FollowUpDetail },
      },
    },
    async (request) => getFollowUp(deps, await actor(request), request.params.id),
  );

  app.put(
    '/api/follow-up/:id/answer',
    {
      schema: {
        tags,
        summary: 'Lưu dự thảo trả lời / save the draft answer',
        params: Id,
        body: AnswerDraftInput,
      },
    },
    async (request) => saveAnswer(deps, await actor(request), request.params.id, request.body),
  );

  app.post(
    '/api/follow-up/:id/answer/submit',
    { schema: { tags, summary: 'Trình duyệt / submit for approval', params: Id } },
    async (request) => submitAnswer(deps, await actor(request), request.params.id),
  );

  app.post(
    '/api/follow-up/:id/answer/return',
    {
      schema: {
        tags,
        summary: 'Trả lại kèm ý kiến / return with a comment',
        params: Id,
        body: AnswerReviewInput,
      },
    },
    async (request) => returnAnswer(deps, await actor(request), request.params.id, request.body),
  );

  app.post(
    '/api/follow-up/:id/answer/approve',
    {
      schema: {
        tags,
        summary: 'Duyệt và phát hành văn bản trả lời / approve and issue the letters',
        params: Id,
        body: AnswerReviewInput,
      },
    },
    async (request) => approveAnswer(deps, await actor(request), request.params.id, request.body),
  );

  app.get(
    '/api/units/:id/answer-templates',
    {
      schema: {
        tags,
        summary: 'Mẫu trả lời theo lĩnh vực / answer templates',
        params: Id,
        response: { 200: AnswerTemplates },
      },
    },
    async (request) => listTemplates(deps, await actor(request), request.params.id),
  );

  app.post(
    '/api/units/:id/answer-templates',
    { schema: { tags, params: Id, body: AnswerTemplateInput } },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createTemplate(deps, await actor(request), request.params.id, request.body)),
  );

  app.put(
    '/api/answer-templates/:id',
    { schema: { tags, params: Id, body: AnswerTemplateInput } },
    async (request) => updateTemplate(deps, await actor(request), request.params.id, request.body),
  );

  app.delete('/api/answer-templates/:id', { schema: { tags, params: Id } }, async (request) =>
    archiveTemplate(deps, await actor(request), request.params.id),
  );

  app.put(
    '/api/follow-up/:id/responsible',
    {
      schema: {
        tags,
        summary: 'Giao công chức trả lời / name the responsible official',
        params: Id,
        body: ResponsibleInput,
      },
    },
    async (request) => setResponsible(deps, await actor(request), request.params.id, request.body),
  );

  app.get(
    '/api/follow-up/:id/letters.html',
    { schema: { tags, summary: 'In tất cả văn bản trả lời / print every letter', params: Id } },
    async (request, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .send(await printLetters(deps, await actor(request), request.params.id)),
  );

  app.post(
    '/api/follow-up/:id/letters/sent',
    {
      schema: {
        tags,
        summary: 'Ghi nhận đã gửi văn bản trả lời / record the letters as sent',
        params: Id,
        body: LettersSentInput,
      },
    },
    async (request) =>
      recordLettersSent(deps, await actor(request), request.params.id, request.body),
  );

  app.post(
    '/api/follow-up/:id/escalate',
    { schema: { tags, summary: 'Đề nghị cấp trên / escalate', params: Id, body: EscalateInput } },
    async (request, reply) =>
      reply
        .status(201)
        .send(await escalateMatter(deps, await actor(request), request.params.id, request.body)),
  );

  app.post(
    '/api/follow-up/:id/escalation/acknowledge',
    { schema: { tags, params: Id, body: AcknowledgeInput } },
    async (request) =>
      acknowledgeEscalation(deps, await actor(request), request.params.id, request.body),
  );

  app.post(
    '/api/follow-up/:id/escalation/answer',
    {
      schema: {
        tags,
        summary: "Ghi nhận trả lời của cấp trên / the higher level's answer",
        params: Id,
        body: EscalationAnswerInput,
      },
    },
    async (request) =>
      answerEscalation(deps, await actor(request), request.params.id, request.body),
  );

  app.post(
    '/api/follow-up/:id/extend',
    {
      schema: {
        tags,
        summary: 'Gia hạn vấn đề phức tạp / extend a complex matter',
        params: Id,
        body: ExtendInput,
      },
    },
    async (request) => extendDue(deps, await actor(request), request.params.id, request.body),
  );
}
