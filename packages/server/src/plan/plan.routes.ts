// Yearly plans: list, create from the profile, edit the draft, preview, issue.
import { PlanContent, PlanDetail, PlanView, UnitPlans } from '@doithoai/core';
import { z } from 'zod';
import type { ZodApp } from '../http/zod-app.js';
import { requireActor } from '../http/actor.js';
import type { AppDeps } from '../http/deps.js';
import { createPlan } from './create-plan.js';
import { getPlan, getUnitPlans, planHtml } from './get-plans.js';
import { issuePlan } from './issue-plan.js';
import { updatePlan } from './update-plan.js';

const Id = z.object({ id: z.string().max(64) });
const tags = ['plans'];

export function planRoutes(app: ZodApp, deps: AppDeps) {
  app.get(
    '/api/units/:id/plans',
    {
      schema: {
        tags,
        summary: 'Kế hoạch của đơn vị / plans of a unit',
        params: Id,
        response: { 200: UnitPlans },
      },
    },
    async (request) =>
      getUnitPlans(deps, await requireActor(request, deps.auth, deps.db), request.params.id),
  );

  app.post(
    '/api/units/:id/plans',
    {
      schema: {
        tags,
        summary: 'Tạo kế hoạch năm từ bộ quy định / create the year’s plan',
        params: Id,
        body: z.strictObject({ year: z.number().int().min(2000).max(2100) }),
        response: { 201: PlanView },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await createPlan(
            deps,
            await requireActor(request, deps.auth, deps.db),
            request.params.id,
            request.body,
          ),
        ),
  );

  app.get(
    '/api/plans/:id',
    { schema: { tags, params: Id, response: { 200: PlanDetail } } },
    async (request) =>
      getPlan(deps, await requireActor(request, deps.auth, deps.db), request.params.id),
  );

  app.put(
    '/api/plans/:id',
    {
      schema: {
        tags,
        summary: 'Sửa dự thảo kế hoạch / edit the draft',
        params: Id,
        body: z.strictObject({ content: PlanContent, version: z.number().int().min(0) }),
        response: { 200: PlanView },
      },
    },
    async (request) =>
      updatePlan(
        deps,
        await requireActor(request, deps.auth, deps.db),
        request.params.id,
        request.body,
      ),
  );

  app.post(
    '/api/plans/:id/issue',
    {
      schema: {
        tags,
        summary: 'Ban hành kế hoạch (lấy số văn bản đi) / issue the plan',
        params: Id,
        body: z.strictObject({
          date: z.iso.date().nullable().optional(),
          version: z.number().int().min(0),
        }),
        response: { 200: PlanView },
      },
    },
    async (request) =>
      issuePlan(
        deps,
        await requireActor(request, deps.auth, deps.db),
        request.params.id,
        request.body,
      ),
  );

  app.get(
    '/api/plans/:id/document.html',
    { schema: { tags, summary: 'Xem trước văn bản kế hoạch / preview', params: Id } },
    async (request, reply) => {
      const html = await planHtml(
        deps,
        await requireActor(request, deps.auth, deps.db),
        request.params.id,
      );
      return reply.type('text/html; charset=utf-8').send(html);
    },
  );
}
