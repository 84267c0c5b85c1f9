// Sessions: list, timeline, schedule, announce, register a speaker, the console's idempotent
// autosave (agenda items, attendance), hold, draft and issue the conclusion notice, close,
// document previews, and the unit's public iCal feed of announced sessions.
import {
  AgendaItemInput,
  AnnouncedSession,
  AnnounceInput,
  AttendanceInput,
  ConcludeInput,
  ConclusionDraftInput,
  ConclusionView,
  ExtraSessionInput,
  HoldInput,
  RegistrationInput,
  SavedAgendaItem,
  ScheduleInput,
  SessionDetail,
  SessionSummary,
  UnitSessions,
} from '@doithoai/core';
import { z } from 'zod';
import type { ZodApp } from '../http/zod-app.js';
import { requireActor } from '../http/actor.js';
import type { AppDeps } from '../http/deps.js';
import { announceSession } from './announce-session.js';
import { closeSession } from './close-session.js';
import { createExtraSession } from './create-extra-session.js';
import { conclusionDraftView, saveConclusionDraft } from './draft-conclusion.js';
import { getSession, getUnitSessions } from './get-session.js';
import { holdSession } from './hold-session.js';
import { issueConclusion } from './issue-conclusion.js';
import { registerSpeaker } from './register-speaker.js';
import { scheduleSession } from './schedule-session.js';
import { saveAgendaItem, saveAttendance } from './save-agenda-item.js';
import { sessionHtml } from './session-html.js';
import { sessionsIcal } from './sessions-ical.js';
import { findSession } from './session.repository.js';
import { requireAccess } from '../shared/require-access.js';

const Id = z.object({ id: z.string().max(64) });
const tags = ['sessions'];

export function sessionRoutes(app: ZodApp, deps: AppDeps) {
  const actor = (request: Parameters<typeof requireActor>[0]) =>
    requireActor(request, deps.auth, deps.db);

  app.get(
    '/api/units/:id/sessions',
    { schema: { tags, params: Id, response: { 200: UnitSessions } } },
    async (request) => getUnitSessions(deps, await actor(request), request.params.id),
  );

  app.post(
    '/api/units/:id/sessions',
    {
      schema: {
        tags,
        summary: 'Hội nghị ngoài kế hoạch / an extra session',
        params: Id,
        body: ExtraSessionInput,
        response: { 201: SessionSummary },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await createExtraSession(deps, await actor(request), request.params.id, request.body),
        ),
  );

  app.get(
    '/api/units/:id/sessions.ics',
    {
      schema: {
        tags,
        summary: 'Lịch hội nghị đã thông báo (iCal) / announced sessions as iCalendar',
        params: Id,
      },
    },
    async (request, reply) => {
      const body = await sessionsIcal(
        deps.db.kysely,
        request.params.id,
        new URL(deps.config.baseUrl).host,
      );
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', 'inline; filename="hoi-nghi.ics"')
        .send(body);
    },
  );

  app.get(
    '/api/sessions/:id',
    {
      schema: {
        tags,
        summary: 'Hội nghị và dòng thời gian / a session with its timeline',
        params: Id,
        response: { 200: SessionDetail },
      },
    },
    async (request) => getSession(deps, await actor(request), request.params.id),
  );

  app.post(
    '/api/sessions/:id/schedule',
    { schema: { tags, summary: 'Lên lịch hội nghị / schedule', params: Id, body: ScheduleInput } },
    async (request) => scheduleSession(deps, await actor(request), request.params.id, request.body),
  );

  app.post(
    '/api/sessions/:id/announce',
    {
      schema: {
        tags,
        summary: 'Phát hành thông báo / publish the notice',
        params: Id,
        body: AnnounceInput,
        response: { 200: AnnouncedSession },
      },
    },
    async (request) => announceSession(deps, await actor(request), request.params.id, request.body),
  );

  app.post(
    '/api/sessions/:id/registrations',
    {
      schema: {
        tags,
        summary: 'Đăng ký phát biểu / register to speak',
        params: Id,
        body: RegistrationInput,
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await registerSpeaker(deps, await actor(request), request.params.id, request.body)),
  );

  app.put(
    '/api/sessions/:id/agenda/:itemId',
    {
      schema: {
        tags,
        summary: 'Lưu tự động một mục chương trình (idempotent) / autosave an agenda item',
        params: z.object({ id: z.string().max(64), itemId: z.string().min(1).max(80) }),
        body: AgendaItemInput,
        response: { 200: SavedAgendaItem },
      },
    },
    async (request) =>
      saveAgendaItem(
        deps,
        await actor(request),
        request.params.id,
        request.params.itemId,
        request.body,
      ),
  );

  app.put(
    '/api/sessions/:id/attendance',
    { schema: { tags, params: Id, body: AttendanceInput } },
    async (request) => saveAttendance(deps, await actor(request), request.params.id, request.body),
  );

  app.post(
    '/api/sessions/:id/hold',
    {
      schema: {
        tags,
        summary: 'Kết thúc hội nghị, lập biên bản / close the session',
        params: Id,
        body: HoldInput,
      },
    },
    async (request) => holdSession(deps, await actor(request), request.params.id, request.body),
  );

  app.get(
    '/api/sessions/:id/conclusion',
    { schema: { tags, params: Id, response: { 200: ConclusionView } } },
    async (request) => {
      const found = await findSession(deps.db.kysely, request.params.id);
      requireAccess(await actor(request), 'plan.read', found);
      return conclusionDraftView(deps, request.params.id);
    },
  );

  app.put(
    '/api/sessions/:id/conclusion',
    {
      schema: {
        tags,
        summary: 'Lưu dự thảo thông báo kết luận / save the draft',
        params: Id,
        body: ConclusionDraftInput,
        response: { 200: ConclusionView },
      },
    },
    async (request) =>
      saveConclusionDraft(deps, await actor(request), request.params.id, request.body),
  );

  app.post(
    '/api/sessions/:id/conclusion/issue',
    {
      schema: {
        tags,
        summary: 'Ban hành thông báo kết luận / issue the conclusion notice',
        params: Id,
        body: ConcludeInput,
      },
    },
    async (request) => issueConclusion(deps, await actor(request), request.params.id, request.body),
  );

  app.post(
    '/api/sessions/:id/close',
    { schema: { tags, params: Id, body: HoldInput } },
    async (request) => closeSession(deps, await actor(request), request.params.id, request.body),
  );

  for (const which of ['notice', 'conclusion'] as const) {
    app.get(
      `/api/sessions/:id/${which}.html`,
      { schema: { tags, summary: 'Xem trước văn bản / preview', params: Id } },
      async (request, reply) => {
        const html = await sessionHtml(deps, await actor(request), request.params.id, which);
        return reply.type('text/html; charset=utf-8').send(html);
      },
    );
  }
}
