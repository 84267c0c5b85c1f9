// Opinions: entry, the list and its search, one matter, classify, merge/unmerge, assign, move,
// and the suggestions shown while typing. Each route parses and calls one use case.
import {
  ClassifyInput,
  EnteredOpinion,
  MatterPage,
  MatterSummaryContract,
  MatterReceipt,
  MergeInput,
  MoveInput,
  OpinionInput,
  SearchQuery,
  IssuedTrackingCode,
  MatterListPage,
  OpinionTriage,
  SimilarOpinions,
} from '@doithoai/core';
import { z } from 'zod';
import type { ZodApp } from '../http/zod-app.js';
import { requireActor } from '../http/actor.js';
import type { AppDeps } from '../http/deps.js';
import { readWith } from '../http/reads.js';
import { assignOpinion } from './assign-opinion.js';
import { classifyOpinion } from './classify-opinion.js';
import { createOpinion } from './create-opinion.js';
import { newTrackingCode } from '../portal/tracking-code.js';
import { getOpinion } from './get-opinion.js';
import { getReceipt, issueReceiptCode } from './matter-receipt.js';
import { mergeOpinions, unmergeOpinion } from './merge-opinions.js';
import { moveOpinion } from './move-opinion.js';
import { searchOpinions } from './search-opinions.js';
import { similarOpinions } from './similar-opinions.js';
import { triageOpinions } from './triage-opinions.js';

const id = z.object({ id: z.string().max(64) });
const tags = ['opinions'];
const Similar = z.strictObject({
  content: z.string().max(4000),
  villageId: z.string().max(64).nullable().optional(),
});
const Triage = z.strictObject({
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  /** The window of open matters older than this seq (from `window.olderBefore`). */
  before: z.coerce.number().int().min(0).optional(),
});
const ReceiptQuery = z.strictObject({ code: z.string().max(20).optional() });
const Assign = z.strictObject({
  personId: z.string().max(64),
  prepareBy: z.iso.date().nullable().optional(),
  version: z.number().int().nonnegative(),
});

export function opinionRoutes(app: ZodApp, deps: AppDeps) {
  app.post(
    '/api/units/:id/opinions',
    {
      schema: {
        tags,
        summary: 'Nhập một ý kiến (enter an opinion)',
        params: id,
        body: OpinionInput,
        response: { 201: EnteredOpinion },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(request, deps.auth, deps.db);
      // Every opinion the staff enter gets a tracking code for the person (the paper receipt).
      return reply
        .status(201)
        .send(
          await createOpinion(deps, actor, request.params.id, request.body, { newTrackingCode }),
        );
    },
  );
  app.get(
    '/api/units/:id/opinions',
    {
      schema: {
        tags,
        summary: 'Danh sách, tìm kiếm ý kiến (list and search)',
        params: id,
        querystring: SearchQuery,
        response: { 200: MatterListPage },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(request, deps.auth, deps.db);
      // The replica when it has the user's own latest entry (http/reads.ts).
      return readWith(deps, request, reply, (d) =>
        searchOpinions(d, actor, request.params.id, request.query),
      );
    },
  );
  app.post(
    '/api/units/:id/opinions/similar',
    {
      schema: {
        tags,
        summary: 'Gợi ý lĩnh vực và ý kiến trùng (suggestions while typing)',
        params: id,
        body: Similar,
        response: { 200: SimilarOpinions },
      },
    },
    async (request) => {
      const actor = await requireActor(request, deps.auth, deps.db);
      return similarOpinions(deps, actor, request.params.id, request.body);
    },
  );
  app.get(
    '/api/units/:id/opinions/triage',
    {
      schema: {
        tags,
        summary: 'Nhóm ý kiến cùng nội dung, chưa phân loại, chưa phân công (triage)',
        params: id,
        querystring: Triage,
        response: { 200: OpinionTriage },
      },
    },
    async (request) => {
      const actor = await requireActor(request, deps.auth, deps.db);
      return triageOpinions(deps, actor, request.params.id, request.query);
    },
  );
  app.get(
    '/api/opinions/:id',
    {
      schema: {
        tags,
        summary: "Một ý kiến: người nêu, hạn, trả lời, văn bản, lịch sử (one matter's page)",
        params: id,
        response: { 200: MatterPage },
      },
    },
    async (request) => {
      const actor = await requireActor(request, deps.auth, deps.db);
      return getOpinion(deps, actor, request.params.id);
    },
  );
  app.get(
    '/api/opinions/:id/receipt',
    {
      schema: {
        tags,
        summary: 'Giấy biên nhận ý kiến (the receipt with the tracking code)',
        params: id,
        querystring: ReceiptQuery,
        response: { 200: MatterReceipt },
      },
    },
    async (request) => {
      const actor = await requireActor(request, deps.auth, deps.db);
      return getReceipt(deps, actor, request.params.id, request.query.code);
    },
  );
  app.post(
    '/api/opinions/:id/tracking-codes',
    {
      schema: {
        tags,
        summary: 'Cấp mã tra cứu cho ý kiến (issue a tracking code)',
        params: id,
        response: { 201: IssuedTrackingCode },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(request, deps.auth, deps.db);
      return reply.status(201).send(await issueReceiptCode(deps, actor, request.params.id));
    },
  );
  app.post(
    '/api/opinions/:id/classify',
    { schema: { tags, params: id, body: ClassifyInput } },
    async (request) => {
      const actor = await requireActor(request, deps.auth, deps.db);
      return classifyOpinion(deps, actor, request.params.id, request.body);
    },
  );
  app.post(
    '/api/opinions/:id/merge',
    {
      schema: {
        tags,
        summary: 'Gộp các ý kiến vào ý kiến này (merge into this one)',
        params: id,
        body: MergeInput,
        response: { 200: MatterSummaryContract },
      },
    },
    async (request) => {
      const actor = await requireActor(request, deps.auth, deps.db);
      return mergeOpinions(deps, actor, request.params.id, request.body);
    },
  );
  app.post(
    '/api/opinions/:id/unmerge',
    {
      schema: {
        tags,
        summary: 'Tách ý kiến khỏi nhóm gộp (undo a merge)',
        params: id,
        response: { 200: MatterSummaryContract },
      },
    },
    async (request) => {
      const actor = await requireActor(request, deps.auth, deps.db);
      return unmergeOpinion(deps, actor, request.params.id);
    },
  );
  app.post(
    '/api/opinions/:id/assign',
    { schema: { tags, params: id, body: Assign } },
    async (request) => {
      const actor = await requireActor(request, deps.auth, deps.db);
      return assignOpinion(deps, actor, request.params.id, request.body);
    },
  );
  app.post(
    '/api/opinions/:id/move',
    { schema: { tags, params: id, body: MoveInput } },
    async (request) => {
      const actor = await requireActor(request, deps.auth, deps.db);
      return moveOpinion(deps, actor, request.params.id, request.body);
    },
  );
}
