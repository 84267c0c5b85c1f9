// The access matrix (issue 10): every route the app registers, for every demo role (and an
// administrator of Sơn Giang only, made here), against a unit (Sơn Giang), its child (Thôn Giang
// Hà), its sibling (Sơn Tây) and its parent (Hương Sơn). An allowed call never answers 5xx.
// Each route is classified below: public, any signed-in user, or a rule from core's policy
// table evaluated on the target record's unit. A route nobody classified fails the first test,
// so a new route cannot silently escape. Denied calls must answer 404/403 and change no row;
// allowed calls must get past the access check (when they answer 404, the same call by the
// province administrator must answer 404 too: the record's state, not the access, refused it).
// List answers are scanned for ids of records of a unit off the caller's branch (a leak).
import { can, canAtRoot, scopePrefixes, type Action, type Actor, type Role } from '@doithoai/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaffUser } from '../src/auth/users.js';
import { ourTablesInOrder } from '../src/db/schema.js';
import { saveAttachment } from '../src/attachment/attachment.repository.js';
import { loadDemoOpinions } from '../src/demo/demo-opinions.js';
import { enqueueNotification } from '../src/notify/outbox.js';
import { createNotifier } from '../src/notify/runtime.js';
import { registeredRoutes } from '../src/http/security.js';
import { dialectCases } from './support/databases.js';
import { makePng } from './support/images.js';
import { startTestApp, type TestApp } from './support/test-app.js';

type UnitKey = 'unit' | 'child' | 'sibling' | 'parent';
const unitKeys: UnitKey[] = ['unit', 'child', 'sibling', 'parent'];
type RecordKind =
  | 'unit'
  | 'opinion'
  | 'plan'
  | 'session'
  | 'organisation'
  | 'person'
  | 'document'
  | 'attachment'
  | 'answer-template'
  | 'user'
  | 'lettered'
  | 'opinion-route'
  | 'dismissal'
  | 'inbox'
  | 'delivery'
  | 'privacy-request'
  | 'petitioner'
  | 'consent';
interface Target {
  id: string;
  unitPath: string;
  kind?: string;
  assigneeUserId?: string | null;
  ownerUserId?: string;
}
type Rule = (actor: Actor, target: Target) => boolean;

interface RouteCase {
  /** public: no sign-in; signed-in: any signed-in user, nothing unit-scoped in the answer but lists (checked for leaks). */
  /** any-scope: allowed when the caller holds scopeAction anywhere (the answer is then filtered to their units). */
  access: 'public' | 'signed-in' | 'root' | 'any-scope' | 'record';
  record?: RecordKind;
  rule?: Rule;
  rootAction?: Action;
  scopeAction?: Action;
  body?: (ctx: Ctx, target: Target) => unknown;
  query?: string;
  list?: boolean;
  why?: string;
}

const allow =
  (action: Action): Rule =>
  (a, t) =>
    can(a, action, t);
const any =
  (...actions: Action[]): Rule =>
  (a, t) =>
    actions.some((x) => can(a, x, t));
const readOpinion: Rule = (a, t) =>
  can(a, 'opinion.read', t) ||
  (can(a, 'opinion.read-assigned', t) && t.assigneeUserId === a.userId);
const writeAnswer: Rule = (a, t) =>
  readOpinion(a, t) &&
  can(a, 'answer.write', t) &&
  (can(a, 'opinion.read', t) || t.assigneeUserId === a.userId);
const both =
  (r1: Rule, r2: Rule): Rule =>
  (a, t) =>
    r1(a, t) && r2(a, t);

const today = new Date().toISOString().slice(0, 10);
const publicRoute: RouteCase = { access: 'public' };

/** The classification of every route. Add new routes here (the first test lists the missing ones). */
const routeCases: Record<string, RouteCase> = {
  'GET /api/auth/*': { access: 'public', why: 'sign-in, session, sign-out (better-auth)' },
  'POST /api/auth/*': {
    access: 'public',
    why: 'sign-in, session, sign-out (better-auth); cross-site refused',
  },
  'GET /api/health': publicRoute,
  'GET /metrics': {
    access: 'public',
    why: 'Prometheus: refused (401) without the METRICS_TOKEN bearer, 404 when metrics are off (metrics.test.ts)',
  },
  'GET /api/openapi.json': publicRoute,
  'GET /api/docs': publicRoute,
  'GET /api/docs/json': publicRoute,
  'GET /api/docs/yaml': publicRoute,
  'GET /api/docs/static/*': publicRoute,
  'GET /api/docs/static/index.html': publicRoute,
  'GET /api/docs/static/swagger-initializer.js': publicRoute,
  'GET /index.html': publicRoute,
  'GET /xa': { access: 'public', why: 'public portal' },
  'GET /xa/': publicRoute,
  'GET /xa/:slug': publicRoute,
  'GET /xa/:slug/da-gui': publicRoute,
  'GET /xa/:slug/gui-y-kien': publicRoute,
  'POST /xa/:slug/gui-y-kien': publicRoute,
  'GET /xa/:slug/tra-cuu': publicRoute,
  'GET /xa/:slug/van-ban/:sessionId/:which': publicRoute,

  'GET /api/me': { access: 'signed-in' },
  'GET /api/units/tree': { access: 'signed-in', list: true },
  'GET /api/calendar/:year': { access: 'signed-in' },
  'GET /api/calendar/deadline': {
    access: 'signed-in',
    query: `?rule=working-days-after&start=${today}&n=5`,
  },
  'GET /api/calendar/lunar/:date': { access: 'signed-in' },
  'GET /api/profiles': { access: 'signed-in' },
  'GET /api/opinions/template': { access: 'signed-in', query: '?source=village&format=csv' },
  'GET /api/documents': { access: 'signed-in', list: true },

  'PUT /api/calendar/:year': {
    access: 'root',
    rootAction: 'calendar.manage',
    body: () => ({ entries: [], reason: 'kiểm tra quyền' }),
  },
  'POST /api/calendar/:year/reset': {
    access: 'root',
    rootAction: 'calendar.manage',
    body: () => ({ reason: 'kiểm tra quyền' }),
  },
  'POST /api/profiles': {
    access: 'root',
    rootAction: 'profile.manage',
    body: () => ({
      from: 'ha-tinh-657',
      code: `thu-${Math.random().toString(36).slice(2, 8)}`,
      name: { vi: 'Thử', en: 'Test' },
    }),
  },
  'PUT /api/profiles/:code': {
    access: 'root',
    rootAction: 'profile.manage',
    body: (ctx) => ({ profile: ctx.profile, version: 0 }),
  },

  'GET /api/units/:id': { access: 'record', record: 'unit', rule: allow('unit.read') },
  'GET /api/units/:id/profile': { access: 'record', record: 'unit', rule: allow('unit.read') },
  'GET /api/units/:id/changes': { access: 'record', record: 'unit', rule: allow('unit.read') },
  'POST /api/units/:id/changes': {
    access: 'record',
    record: 'unit',
    rule: allow('unit.change'),
    body: (_ctx, t) => ({
      kind: 'parent-change',
      effectiveOn: '2031-07-01',
      legalBasis: 'kiểm tra quyền',
      unitIds: [t.id],
      toParentId: t.id,
    }),
    why: 'a unit under itself: an allowed call is refused (400) after the access check; a proposal moves nothing',
  },
  'POST /api/units/:id/changes/:changeId/confirm': {
    access: 'record',
    record: 'unit',
    rule: allow('unit.change'),
    why: 'no such change: 404 for the administrator too',
  },
  'POST /api/units/:id/changes/:changeId/undo': {
    access: 'record',
    record: 'unit',
    rule: allow('unit.change'),
    body: () => ({}),
    why: 'no such change: 404 for the administrator too',
  },
  'PUT /api/units/:id/profile': {
    access: 'record',
    record: 'unit',
    rule: allow('profile.choose'),
    body: () => ({ code: null }),
  },
  'POST /api/units/:id/organisations': {
    access: 'record',
    record: 'unit',
    rule: allow('organisation.create'),
    body: () => ({ kind: 'khac', name: 'Tổ thử quyền' }),
  },
  'PATCH /api/organisations/:id': {
    access: 'record',
    record: 'organisation',
    rule: allow('organisation.update'),
    body: () => ({ version: 0 }),
  },
  'POST /api/units/:id/people': {
    access: 'record',
    record: 'unit',
    rule: allow('person.create'),
    body: () => ({ fullName: 'Người thử quyền', position: 'Thử' }),
  },
  'PATCH /api/people/:id': {
    access: 'record',
    record: 'person',
    rule: allow('person.update'),
    body: () => ({ version: 0 }),
  },

  'GET /api/units/:id/opinions': {
    access: 'record',
    record: 'unit',
    rule: any('opinion.read', 'opinion.read-assigned'),
    list: true,
  },
  'POST /api/units/:id/opinions': {
    access: 'record',
    record: 'unit',
    rule: allow('opinion.create'),
    body: () => ({ content: 'Ý kiến thử quyền truy cập', source: 'village' }),
  },
  'POST /api/units/:id/opinions/similar': {
    access: 'record',
    record: 'unit',
    rule: allow('opinion.create'),
    body: () => ({ content: 'đường thôn' }),
  },
  'GET /api/units/:id/opinions/export': {
    access: 'record',
    record: 'unit',
    rule: allow('opinion.export'),
  },
  'GET /api/units/:id/opinions/triage': {
    access: 'record',
    record: 'unit',
    rule: allow('opinion.update'),
    list: true,
  },
  'POST /api/units/:id/opinions/import': {
    access: 'record',
    record: 'unit',
    rule: allow('opinion.import'),
    body: () => ({ source: 'village', mode: 'check', rows: [{ content: 'Ý kiến nhập thử' }] }),
  },
  'POST /api/units/:id/opinions/import/preview': {
    access: 'record',
    record: 'unit',
    rule: allow('opinion.import'),
    query: '?source=village',
  },
  'GET /api/units/:id/opinion-routes': {
    access: 'record',
    record: 'unit',
    rule: allow('opinion.read'),
    list: true,
  },
  'PUT /api/units/:id/opinion-routes': {
    access: 'record',
    record: 'unit',
    rule: allow('opinion.route'),
    body: (ctx, t) => ({ field: 'khac', personId: ctx.personIn(t) }),
  },
  'GET /api/opinions/:id': { access: 'record', record: 'opinion', rule: readOpinion },
  'GET /api/opinions/:id/receipt': { access: 'record', record: 'opinion', rule: readOpinion },
  'POST /api/opinions/:id/tracking-codes': {
    access: 'record',
    record: 'opinion',
    rule: both(readOpinion, allow('opinion.update')),
  },
  'POST /api/opinions/:id/classify': {
    access: 'record',
    record: 'opinion',
    rule: both(readOpinion, allow('opinion.update')),
    body: () => ({ field: 'khac', version: 0 }),
  },
  'POST /api/opinions/:id/assign': {
    access: 'record',
    record: 'opinion',
    rule: both(readOpinion, allow('opinion.update')),
    body: (ctx, t) => ({ personId: ctx.personIn(t), version: 0 }),
  },
  'POST /api/opinions/:id/move': {
    access: 'record',
    record: 'opinion',
    rule: both(readOpinion, allow('opinion.update')),
    body: () => ({ to: 'rejected', reason: 'thử', version: 0 }),
  },
  'POST /api/opinions/:id/merge': {
    access: 'record',
    record: 'opinion',
    rule: both(readOpinion, allow('opinion.update')),
    body: (ctx, t) => ({ sourceIds: [ctx.otherOpinion(t)] }),
  },
  'POST /api/opinions/:id/unmerge': {
    access: 'record',
    record: 'opinion',
    rule: both(readOpinion, allow('opinion.update')),
  },

  'GET /api/units/:id/follow-up': {
    access: 'record',
    record: 'unit',
    rule: any('opinion.read', 'opinion.read-assigned'),
    list: true,
  },
  'GET /api/follow-up/:id': { access: 'record', record: 'opinion', rule: readOpinion },
  'PUT /api/follow-up/:id/answer': {
    access: 'record',
    record: 'opinion',
    rule: writeAnswer,
    body: () => ({ text: 'Trả lời thử' }),
  },
  'POST /api/follow-up/:id/answer/submit': {
    access: 'record',
    record: 'opinion',
    rule: writeAnswer,
  },
  'POST /api/follow-up/:id/answer/return': {
    access: 'record',
    record: 'opinion',
    rule: both(readOpinion, allow('answer.approve')),
    body: () => ({ comment: 'Sửa lại' }),
  },
  'POST /api/follow-up/:id/answer/approve': {
    access: 'record',
    record: 'opinion',
    rule: both(readOpinion, allow('answer.approve')),
    body: () => ({}),
  },
  'POST /api/follow-up/:id/letters/sent': {
    access: 'record',
    record: 'opinion',
    rule: both(readOpinion, allow('followup.manage')),
    body: () => ({ channel: 'post' }),
  },
  'POST /api/follow-up/:id/escalate': {
    access: 'record',
    record: 'opinion',
    rule: both(readOpinion, allow('followup.manage')),
    body: () => ({ competentBody: 'UBND huyện', proposal: 'Đề nghị' }),
  },
  'POST /api/follow-up/:id/escalation/acknowledge': {
    access: 'record',
    record: 'opinion',
    rule: both(readOpinion, allow('followup.manage')),
    body: () => ({}),
  },
  'POST /api/follow-up/:id/escalation/answer': {
    access: 'record',
    record: 'opinion',
    rule: both(readOpinion, allow('followup.manage')),
    body: () => ({ text: 'Cấp trên trả lời' }),
  },
  'POST /api/follow-up/:id/extend': {
    access: 'record',
    record: 'opinion',
    rule: both(readOpinion, allow('followup.manage')),
    body: () => ({ dueDate: '2099-01-01', reason: 'Phức tạp' }),
  },

  'GET /api/units/:id/plans': {
    access: 'record',
    record: 'unit',
    rule: allow('plan.read'),
    list: true,
  },
  'POST /api/units/:id/plans': {
    access: 'record',
    record: 'unit',
    rule: allow('plan.manage'),
    body: () => ({ year: 2099 }),
  },
  'GET /api/plans/:id': { access: 'record', record: 'plan', rule: allow('plan.read') },
  'GET /api/plans/:id/document.html': {
    access: 'record',
    record: 'plan',
    rule: allow('plan.read'),
  },
  'PUT /api/plans/:id': {
    access: 'record',
    record: 'plan',
    rule: allow('plan.manage'),
    body: (ctx, t) => ({ content: ctx.planContent.get(t.id), version: 0 }),
  },
  'POST /api/plans/:id/issue': {
    access: 'record',
    record: 'plan',
    rule: allow('plan.manage'),
    body: () => ({ version: 0 }),
  },
  'GET /api/units/:id/sessions': {
    access: 'record',
    record: 'unit',
    rule: allow('plan.read'),
    list: true,
  },
  'GET /api/units/:id/sessions.ics': {
    access: 'public',
    why: 'announced sessions only: the public notice, as a calendar feed',
  },
  'GET /api/sessions/:id': { access: 'record', record: 'session', rule: allow('plan.read') },
  'GET /api/sessions/:id/conclusion': {
    access: 'record',
    record: 'session',
    rule: allow('plan.read'),
  },
  'GET /api/sessions/:id/conclusion.html': {
    access: 'record',
    record: 'session',
    rule: allow('plan.read'),
  },
  'GET /api/sessions/:id/notice.html': {
    access: 'record',
    record: 'session',
    rule: allow('plan.read'),
  },
  'POST /api/sessions/:id/schedule': {
    access: 'record',
    record: 'session',
    rule: allow('plan.manage'),
    body: () => ({
      date: '2099-06-01',
      startTime: '07:30',
      venue: 'Hội trường',
      chairs: ['Chủ tịch'],
      participants: [],
      topics: [],
      version: 0,
    }),
  },
  'POST /api/sessions/:id/announce': {
    access: 'record',
    record: 'session',
    rule: allow('plan.manage'),
    body: () => ({
      noticeDate: today,
      submissionDeadline: today,
      channels: ['Loa truyền thanh xã'],
      version: 0,
    }),
  },
  'POST /api/sessions/:id/registrations': {
    access: 'record',
    record: 'session',
    rule: allow('plan.manage'),
    body: () => ({ clientId: `c${Math.random()}`, fullName: 'Người nói thử', question: 'Hỏi thử' }),
  },
  'PUT /api/sessions/:id/agenda/:itemId': {
    access: 'record',
    record: 'session',
    rule: allow('plan.manage'),
    body: () => ({ rev: 1, position: 0, question: 'Hỏi thử' }),
  },
  'PUT /api/sessions/:id/attendance': {
    access: 'record',
    record: 'session',
    rule: allow('plan.manage'),
    body: () => ({ rev: 1, groups: [], total: 0 }),
  },
  'POST /api/sessions/:id/hold': {
    access: 'record',
    record: 'session',
    rule: allow('plan.manage'),
    body: () => ({ version: 0 }),
  },
  'PUT /api/sessions/:id/conclusion': {
    access: 'record',
    record: 'session',
    rule: allow('plan.manage'),
    body: () => ({ date: today, summary: [], responsible: {}, recipients: ['Lưu VT'] }),
  },
  'POST /api/sessions/:id/conclusion/issue': {
    access: 'record',
    record: 'session',
    rule: allow('plan.manage'),
    body: () => ({ version: 0 }),
  },
  'POST /api/sessions/:id/close': {
    access: 'record',
    record: 'session',
    rule: allow('plan.manage'),
    body: () => ({ version: 0 }),
  },

  'GET /api/opinions/:id/attachments': { access: 'record', record: 'opinion', rule: readOpinion },
  'POST /api/opinions/:id/attachments': {
    access: 'record',
    record: 'opinion',
    rule: both(readOpinion, allow('opinion.update')),
    why: 'no file sent: an allowed call is refused for the empty file (400), after the access check',
  },
  'GET /api/attachments/:id': {
    access: 'record',
    record: 'attachment',
    rule: allow('opinion.read'),
    why: "a held upload (portal) or a matter's attachment",
  },
  'GET /api/units/:id/answer-templates': {
    access: 'record',
    record: 'unit',
    rule: any('answer.write', 'followup.manage'),
    list: true,
  },
  'POST /api/units/:id/answer-templates': {
    access: 'record',
    record: 'unit',
    rule: allow('followup.manage'),
    body: () => ({ field: null, title: 'Mẫu thử quyền', text: 'Nội dung mẫu' }),
  },
  'PUT /api/answer-templates/:id': {
    access: 'record',
    record: 'answer-template',
    rule: allow('followup.manage'),
    body: () => ({ field: null, title: 'Mẫu thử quyền', text: 'Nội dung mẫu' }),
  },
  'DELETE /api/answer-templates/:id': {
    access: 'record',
    record: 'answer-template',
    rule: allow('followup.manage'),
  },
  'GET /api/units/:id/my-work': {
    access: 'record',
    record: 'unit',
    rule: allow('unit.read'),
    list: true,
  },
  'GET /api/units/:id/dashboard': {
    access: 'record',
    record: 'unit',
    rule: allow('dashboard.read' as Action),
    list: true,
  },
  'GET /api/units/:id/dashboard/matters': {
    access: 'record',
    record: 'unit',
    rule: allow('opinion.read'),
    list: true,
  },
  'GET /api/units/:id/dashboard/matters.xlsx': {
    access: 'record',
    record: 'unit',
    rule: allow('opinion.read'),
  },
  'GET /api/units/:id/dashboard/overdue.xlsx': {
    access: 'record',
    record: 'unit',
    rule: allow('dashboard.read' as Action),
  },
  'GET /api/units/:id/oversight': {
    access: 'record',
    record: 'unit',
    rule: allow('dashboard.read' as Action),
    list: true,
  },
  'GET /api/units/:id/oversight.xlsx': {
    access: 'record',
    record: 'unit',
    rule: allow('dashboard.read' as Action),
  },
  'GET /api/open-data/:slug/answers.json': {
    access: 'public',
    why: 'open data: published answers, no personal data (checked by the dashboards helper)',
  },
  'GET /api/open-data/:slug/answers.csv': { access: 'public', why: 'open data' },
  'GET /api/units/:id/users': {
    access: 'record',
    record: 'unit',
    rule: allow('user.manage'),
    list: true,
  },
  'GET /api/users/:id/sessions': { access: 'record', record: 'user', rule: allow('user.manage') },
  'POST /api/users/:id/sessions/revoke': {
    access: 'record',
    record: 'user',
    rule: allow('user.manage'),
  },
  'DELETE /api/users/:id/sessions/:sessionId': {
    access: 'record',
    record: 'user',
    rule: allow('user.manage'),
  },
  'PUT /api/users/:id/grants': {
    access: 'record',
    record: 'user',
    rule: allow('user.manage'),
    body: (ctx, t) => ({ grants: [{ role: 'collector', unitId: ctx.unitAt(t) }] }),
  },
  'GET /api/opinions/:id/conflicts': {
    access: 'record',
    record: 'opinion',
    rule: both(readOpinion, allow('opinion.update')),
  },
  'POST /api/opinions/:id/conflicts': {
    access: 'record',
    record: 'opinion',
    rule: both(readOpinion, allow('opinion.update')),
    body: (ctx, t) => ({ personId: ctx.bystanderIn(t), reason: 'thử' }),
    why: 'names a person with no account: naming a user would, rightly, hide petitioners from them in the calls that follow',
  },
  'DELETE /api/opinions/:id/conflicts/:personId': {
    access: 'record',
    record: 'opinion',
    rule: both(readOpinion, allow('opinion.update')),
  },
  // Routes added late in the session by other features, each with its rule from core's policy table.
  'GET /xa/:slug/tra-loi': { access: 'public', why: 'public portal: published answers' },
  'PUT /api/follow-up/:id/responsible': {
    access: 'record',
    record: 'opinion',
    rule: both(readOpinion, allow('followup.manage')),
    body: (ctx, t) => ({ personId: ctx.bystanderIn(t) }),
  },
  'GET /api/follow-up/:id/letters.html': {
    access: 'record',
    record: 'lettered',
    rule: (a, t) =>
      readOpinion(a, t) && can(a, 'document.read', t) && can(a, 'opinion.personal', t),
    why: 'issued letters name the petitioners',
  },
  'POST /api/units/:id/sessions': {
    access: 'record',
    record: 'unit',
    rule: allow('plan.manage'),
    body: () => ({ reason: 'Kiểm tra quyền tạo hội nghị ngoài kế hoạch' }),
  },
  'GET /api/units/:id/reports/:period': {
    access: 'record',
    record: 'unit',
    rule: allow('plan.read'),
  },
  'PUT /api/units/:id/reports/:period': {
    access: 'record',
    record: 'unit',
    rule: both(allow('plan.read'), allow('report.write')),
    body: (ctx) => ctx.reportWording,
  },
  'POST /api/units/:id/reports/:period/issue': {
    access: 'record',
    record: 'unit',
    rule: both(allow('plan.read'), allow('document.issue')),
  },
  'DELETE /api/opinion-routes/:id': {
    access: 'record',
    record: 'opinion-route',
    rule: allow('opinion.route'),
  },
  'POST /api/units/:id/opinions/not-duplicates': {
    access: 'record',
    record: 'unit',
    rule: allow('opinion.update'),
    body: (ctx, t) => ctx.pairIn(t),
  },
  'DELETE /api/opinions/not-duplicates/:id': {
    access: 'record',
    record: 'dismissal',
    rule: allow('opinion.update'),
  },
  'POST /api/units/:id/opinions/not-same': {
    access: 'record',
    record: 'unit',
    rule: allow('opinion.update'),
    body: (ctx, t) => {
      const p = ctx.pairIn(t);
      return { matterId: p.a, otherIds: [p.b] };
    },
  },
  'GET /api/units/:id/lexicon': { access: 'record', record: 'unit', rule: allow('opinion.update') },
  'PUT /api/units/:id/lexicon': {
    access: 'record',
    record: 'unit',
    rule: allow('opinion.update'),
    body: () => ({
      entries: [{ kind: 'place', canonical: 'Đập thử quyền', variants: [] }],
      version: 0,
    }),
  },
  'GET /api/notifications': {
    access: 'signed-in',
    list: true,
    why: "the caller's own inbox (other users' items are leaks)",
  },
  'GET /api/notifications/unread-count': { access: 'signed-in' },
  'POST /api/notifications/:id/read': {
    access: 'record',
    record: 'inbox',
    rule: (a, t) => a.userId === t.ownerUserId,
    why: 'only the owner of the inbox item',
  },
  'POST /api/notifications/read-all': {
    access: 'signed-in',
    why: "marks the caller's own items only",
  },
  'GET /api/admin/deliveries': { access: 'any-scope', scopeAction: 'user.manage', list: true },
  'GET /api/admin/deliveries/:id/attempts': {
    access: 'record',
    record: 'delivery',
    rule: allow('user.manage'),
  },
  'POST /api/admin/deliveries/:id/retry': {
    access: 'record',
    record: 'delivery',
    rule: allow('user.manage'),
  },
  'GET /api/audit': { access: 'any-scope', scopeAction: 'audit.read', list: true },
  'GET /api/audit.xlsx': { access: 'any-scope', scopeAction: 'audit.read' },
  'GET /api/audit/verify': { access: 'root', rootAction: 'audit.read' },
  'GET /api/units/:id/privacy/requests': {
    access: 'record',
    record: 'unit',
    rule: allow('privacy.manage'),
    list: true,
  },
  'POST /api/units/:id/privacy/requests': {
    access: 'record',
    record: 'unit',
    rule: allow('privacy.manage'),
    body: () => ({
      kind: 'access',
      requesterName: 'Người yêu cầu thử',
      detail: 'Xin bản sao dữ liệu',
    }),
  },
  'GET /api/units/:id/privacy/petitioners': {
    access: 'record',
    record: 'unit',
    rule: allow('privacy.manage'),
    query: '?q=Nguyễn',
    list: true,
  },
  'POST /api/privacy/requests/:id/decision': {
    access: 'record',
    record: 'privacy-request',
    rule: allow('privacy.manage'),
    body: () => ({ to: 'acknowledged' }),
  },
  'GET /api/privacy/requests/:id/data': {
    access: 'record',
    record: 'privacy-request',
    rule: allow('privacy.manage'),
    list: true,
  },
  'POST /api/privacy/petitioners/:id/consents': {
    access: 'record',
    record: 'petitioner',
    rule: allow('privacy.manage'),
    body: () => ({
      purpose: 'contact-about-answer',
      wording: 'Đồng ý được liên hệ',
      channel: 'in-person',
      granted: true,
    }),
  },
  'POST /api/privacy/consents/:id/withdraw': {
    access: 'record',
    record: 'consent',
    rule: allow('privacy.manage'),
    body: () => ({ how: 'phone' }),
  },
  'POST /api/privacy/breach': {
    access: 'any-scope',
    scopeAction: 'audit.read',
    list: true,
    body: () => ({ from: `${today}T00:00:00Z`, to: `${today}T23:59:59Z` }),
  },
  'GET /api/documents/:kind/:file': {
    access: 'record',
    record: 'document',
    rule: allow('document.read'),
  },
  'GET /api/documents/:kind/:id/preview': {
    access: 'record',
    record: 'document',
    rule: allow('document.read'),
  },
};

/** Routes from the built web app (file names change with each build). */
const isStaticAsset = (url: string) => url.startsWith('/assets/');

interface Ctx {
  unitAt(t: Target): string;
  personIn(t: Target): string;
  /** A person of the target's unit with no account (naming them responsible moves no caller's rights). */
  bystanderIn(t: Target): string;
  /** Two matters of the target's unit. */
  pairIn(t: Target): { a: string; b: string };
  reportWording: unknown;
  otherOpinion(t: Target): string;
  planContent: Map<string, unknown>;
  profile: unknown;
}

const demoUsers: { username: string; role: Role | 'sibling-office' | 'commune-admin' }[] = [
  { username: 'vanphong', role: 'office' },
  { username: 'congchuc', role: 'official' },
  { username: 'chutich', role: 'chair' },
  { username: 'mttq', role: 'collector' },
  { username: 'tinh', role: 'oversight' },
  { username: 'vanphong.sontay', role: 'sibling-office' },
  { username: 'quantri.xa', role: 'commune-admin' }, // made by the test: an administrator of Sơn Giang only
  { username: 'admin', role: 'admin' }, // last: the reference for "the record's state refused it"
];

function urlFor(route: string, target: Target, kind: RecordKind): string {
  let url = route;
  if (kind === 'document') {
    url = url
      .replace(':kind', target.kind!)
      .replace(':file', `${target.id}.html`)
      .replace(':id', target.id);
  }
  return url
    .replace(':id', target.id)
    .replace(':itemId', 'no-such-item')
    .replace(':sessionId', 'no-such-session')
    .replace(':personId', 'no-such-person')
    .replace(':period', `year:${new Date().getFullYear()}`)
    .replace(':year', '2031')
    .replace(':code', 'ha-tinh-657')
    .replace(':date', today);
}

describe.each(dialectCases)('access matrix on $dialect', ({ dialect, skip }) => {
  let t: TestApp;
  const cookies = new Map<string, string>();
  const actors = new Map<string, Actor>();
  const units = new Map<UnitKey, { id: string; path: string }>();
  const targets = new Map<RecordKind, Map<UnitKey, Target>>();
  const owners = new Map<string, string>(); // record id → unit path, for the leak scan
  const userOwners = new Map<string, string>(); // inbox item id → its user, for the leak scan
  const renew: Partial<Record<RecordKind, (target: Target) => Promise<string>>> = {};
  let ctx: Ctx;

  beforeAll(async () => {
    if (skip) return;
    t = await startTestApp(dialect);
    const k = t.deps.db.kysely;
    const unitRows = await k.selectFrom('unit').select(['id', 'code', 'path']).execute();
    const byCode = (code: string) => unitRows.find((u) => u.code === code)!;
    units.set('unit', byCode('demo-son-giang'));
    units.set('child', byCode('18184-01'));
    units.set('sibling', byCode('demo-son-tay'));
    units.set('parent', byCode('42'));
    await createStaffUser(t.deps.db, t.deps.auth, {
      username: 'quantri.xa',
      name: 'Quản trị xã',
      email: 'quantri.xa@demo.doithoai.local',
      password: 'doithoai2026',
      grants: [{ role: 'admin', unitId: units.get('unit')!.id }],
    });
    for (const u of demoUsers) {
      cookies.set(u.username, await t.login(u.username));
      const user = (await k
        .selectFrom('user' as never)
        .select('id' as never)
        .where('username' as never, '=', u.username as never)
        .executeTakeFirstOrThrow()) as { id: string };
      const grants = await k
        .selectFrom('role_grant')
        .innerJoin('unit', 'unit.id', 'role_grant.unit_id')
        .select(['role', 'unit_id', 'unit.path'])
        .where('user_id', '=', user.id)
        .execute();
      actors.set(u.username, {
        userId: user.id,
        grants: grants.map((g) => ({ role: g.role as Role, unitId: g.unit_id, unitPath: g.path })),
      });
    }
    // Records in the sibling, the child and the parent as well: the demo's opinions loaded there too.
    for (const key of ['sibling', 'child', 'parent'] as const) {
      const ids = new Map<string, string>();
      for (const v of ['sg', 'sg-1', 'sg-2', 'sg-3', 'sg-4', 'sg-5', 'sg-6'])
        ids.set(v, units.get(key)!.id);
      await loadDemoOpinions(t.deps.db, ids);
    }
    const sibling = units.get('sibling')!;
    const siblingCookie = cookies.get('vanphong.sontay')!;
    const plan = await t.app.inject({
      method: 'POST',
      url: `/api/units/${sibling.id}/plans`,
      headers: { cookie: siblingCookie },
      payload: { year: 2030 },
    });
    expect(plan.statusCode, plan.body).toBeLessThan(300);
    // Issued, so that its sessions exist too (a plan is issued by the commune's Party committee).
    await t.app.inject({
      method: 'POST',
      url: `/api/units/${sibling.id}/organisations`,
      headers: { cookie: siblingCookie },
      payload: { kind: 'dang-uy', name: 'Đảng ủy xã Sơn Tây', abbreviation: 'ĐU' },
    });
    const issued = await t.app.inject({
      method: 'POST',
      url: `/api/plans/${plan.json().id}/issue`,
      headers: { cookie: siblingCookie },
      payload: { version: plan.json().version },
    });
    expect(issued.statusCode, issued.body).toBeLessThan(300);
    for (const [who, key] of [
      ['vanphong', 'unit'],
      ['vanphong.sontay', 'sibling'],
    ] as const) {
      const tpl = await t.app.inject({
        method: 'POST',
        url: `/api/units/${units.get(key)!.id}/answer-templates`,
        headers: { cookie: cookies.get(who)! },
        payload: { field: null, title: 'Mẫu', text: 'Nội dung' },
      });
      expect(tpl.statusCode, tpl.body).toBeLessThan(300);
    }

    const unitPathOf = new Map(unitRows.map((u) => [u.id, u.path]));
    for (const u of unitRows) owners.set(u.id, u.path);
    const add = async (
      kind: RecordKind,
      table: 'matter' | 'plan' | 'dialogue_session' | 'organisation' | 'person',
    ) => {
      const rows = await k.selectFrom(table).select(['id', 'unit_id']).execute();
      for (const r of rows) owners.set(r.id, unitPathOf.get(r.unit_id)!);
      const m = new Map<UnitKey, Target>();
      for (const key of unitKeys) {
        const unit = units.get(key)!;
        let rowsHere = rows.filter((r) => r.unit_id === unit.id);
        if (table === 'matter') {
          // One not assigned to the official signing in (their own are the field-level test's).
          const assigned = await k
            .selectFrom('matter')
            .leftJoin('person', 'person.id', 'matter.assignee_person_id')
            .select(['matter.id', 'person.user_id'])
            .where('matter.unit_id', '=', unit.id)
            .where('matter.state', 'not in', ['merged'])
            .execute();
          const official = actors.get('congchuc')!.userId;
          rowsHere = rowsHere.filter((r) =>
            assigned.some((a) => a.id === r.id && a.user_id !== official),
          );
        }
        const first = rowsHere[0];
        if (first) m.set(key, { id: first.id, unitPath: unit.path });
      }
      targets.set(kind, m);
    };
    targets.set(
      'unit',
      new Map(
        unitKeys.map((key) => [key, { id: units.get(key)!.id, unitPath: units.get(key)!.path }]),
      ),
    );
    await add('opinion', 'matter');
    await add('plan', 'plan');
    // Sessions in the village and the district too (an extra session, the administrator's).
    for (const key of ['child', 'parent'] as const) {
      const extra = await t.app.inject({
        method: 'POST',
        url: `/api/units/${units.get(key)!.id}/sessions`,
        headers: { cookie: cookies.get('admin')! },
        payload: { reason: 'Hội nghị thử quyền truy cập' },
      });
      expect(extra.statusCode, extra.body).toBeLessThan(300);
    }
    await add('session', 'dialogue_session');
    await add('organisation', 'organisation');
    await add('person', 'person');
    const docs = (
      await t.app.inject({ url: '/api/documents', headers: { cookie: cookies.get('admin')! } })
    ).json().documents as { id: string; kind: string; unitId?: string }[];
    const docTargets = new Map<UnitKey, Target>();
    for (const d of docs) {
      const key = unitKeys.find((uk) => units.get(uk)!.id === d.unitId);
      if (key && !docTargets.has(key))
        docTargets.set(key, { id: d.id, kind: d.kind, unitPath: units.get(key)!.path });
    }
    targets.set('document', docTargets);
    // A photo kept with the opinion target of every unit (as the portal keeps a citizen's photo).
    const adminId = actors.get('admin')!.userId;
    for (const key of unitKeys) {
      const o = targets.get('opinion')!.get(key);
      if (o)
        await saveAttachment(k, {
          unitId: units.get(key)!.id,
          matterId: o.id,
          bytes: makePng(4, 4),
          mediaType: 'image/png',
          originalName: 'anh.png',
          createdBy: adminId,
        });
    }
    // Attachments (portal uploads, a matter's files), when that feature's table exists.
    const attachments = await sql<{
      id: string;
      unit_id: string;
    }>`select id, unit_id from attachment`
      .execute(k)
      .then(
        (r) => r.rows,
        () => [],
      );
    const attachmentTargets = new Map<UnitKey, Target>();
    for (const a of attachments) {
      owners.set(a.id, unitPathOf.get(a.unit_id)!);
      const key = unitKeys.find((uk) => units.get(uk)!.id === a.unit_id);
      if (key && !attachmentTargets.has(key))
        attachmentTargets.set(key, { id: a.id, unitPath: units.get(key)!.path });
    }
    targets.set('attachment', attachmentTargets);
    const templates = await sql<{
      id: string;
      unit_id: string;
    }>`select id, unit_id from answer_template`
      .execute(k)
      .then(
        (r) => r.rows,
        () => [],
      );
    const templateTargets = new Map<UnitKey, Target>();
    for (const a of templates) {
      owners.set(a.id, unitPathOf.get(a.unit_id)!);
      const key = unitKeys.find((uk) => units.get(uk)!.id === a.unit_id);
      if (key && !templateTargets.has(key))
        templateTargets.set(key, { id: a.id, unitPath: units.get(key)!.path });
    }
    targets.set('answer-template', templateTargets);
    // Accounts to manage, one per unit, none of them a caller above (revoking must not sign a caller out).
    const userTargets = new Map<UnitKey, Target>();
    for (const key of unitKeys) {
      const unit = units.get(key)!;
      const id = await createStaffUser(t.deps.db, t.deps.auth, {
        username: `thu.${key}`,
        name: `Tài khoản thử ${key}`,
        email: `thu.${key}@demo.doithoai.local`,
        password: 'doithoai2026',
        grants: [{ role: 'collector', unitId: unit.id }],
      });
      userTargets.set(key, { id, unitPath: unit.path });
      owners.set(id, unit.path);
    }
    targets.set('user', userTargets);

    // Fixtures for the late routes, in every unit, made by the province administrator.
    const asAdmin = async (method: 'POST' | 'PUT', url: string, payload: object) => {
      const r = await t.app.inject({
        method,
        url,
        headers: { cookie: cookies.get('admin')! },
        payload,
      });
      expect(r.statusCode, `${method} ${url}: ${r.body.slice(0, 300)}`).toBeLessThan(300);
      return r.json();
    };
    const perUnit = async (
      kind: RecordKind,
      make: (key: UnitKey, unit: { id: string; path: string }) => Promise<string | undefined>,
    ) => {
      const m = new Map<UnitKey, Target>();
      for (const key of unitKeys) {
        const unit = units.get(key)!;
        const id = await make(key, unit);
        if (id) {
          m.set(key, { id, unitPath: unit.path });
          owners.set(id, unit.path);
        }
      }
      targets.set(kind, m);
    };
    for (const key of ['child', 'parent'] as const) {
      const tpl = await asAdmin('POST', `/api/units/${units.get(key)!.id}/answer-templates`, {
        field: null,
        title: 'Mẫu',
        text: 'Nội dung',
      });
      templateTargets.set(key, { id: tpl.id, unitPath: units.get(key)!.path });
      owners.set(tpl.id, units.get(key)!.path);
    }
    await perUnit(
      'privacy-request',
      async (_, unit) =>
        (
          await asAdmin('POST', `/api/units/${unit.id}/privacy/requests`, {
            kind: 'access',
            requesterName: 'Người yêu cầu',
            detail: 'Xin bản sao dữ liệu',
          })
        ).id,
    );
    for (const p of await k.selectFrom('petitioner').select(['id', 'unit_id']).execute())
      owners.set(p.id, unitPathOf.get(p.unit_id)!);
    await perUnit(
      'petitioner',
      async (_, unit) =>
        (
          await k
            .selectFrom('petitioner')
            .select('id')
            .where('unit_id', '=', unit.id)
            .where('full_name', 'is not', null)
            .executeTakeFirst()
        )?.id,
    );
    await perUnit('consent', async (key) => {
      const p = targets.get('petitioner')!.get(key);
      return (
        p &&
        (
          await asAdmin('POST', `/api/privacy/petitioners/${p.id}/consents`, {
            purpose: 'publish-name',
            wording: 'Đồng ý công khai họ tên',
            channel: 'in-person',
            granted: true,
          })
        ).id
      );
    });
    // A message to someone of each unit: an inbox item (in-app) and an email that cannot go (no SMTP).
    const inboxOwner: Record<UnitKey, string> = {
      unit: 'vanphong',
      child: 'thu.child',
      sibling: 'vanphong.sontay',
      parent: 'tinh',
    };
    const userIdOf = async (username: string) =>
      (
        (await k
          .selectFrom('user' as never)
          .select('id' as never)
          .where('username' as never, '=', username as never)
          .executeTakeFirstOrThrow()) as { id: string }
      ).id;
    const notificationOf = new Map<UnitKey, string>();
    for (const key of unitKeys) {
      const id = await enqueueNotification(k, {
        unitId: units.get(key)!.id,
        to: { userId: await userIdOf(inboxOwner[key]), email: `thu.${key}@demo.doithoai.local` },
        kind: 'test',
        subject: 'Thử quyền',
        text: 'Thử quyền',
      });
      notificationOf.set(key, id!);
    }
    const notifier = createNotifier(t.deps.db, {
      notifyConfig: { smtp: null, sms: null, zalo: null },
      planReminders: false,
    });
    await notifier.runner.drain();
    await notifier.stop();
    const inboxTargets = new Map<UnitKey, Target>();
    for (const key of unitKeys) {
      const item = await k
        .selectFrom('inbox_item')
        .select(['id', 'user_id'])
        .where('notification_id', '=', notificationOf.get(key)!)
        .executeTakeFirstOrThrow();
      inboxTargets.set(key, {
        id: item.id,
        unitPath: units.get(key)!.path,
        ownerUserId: item.user_id,
      });
      userOwners.set(item.id, item.user_id);
    }
    targets.set('inbox', inboxTargets);
    await perUnit(
      'delivery',
      async (key) =>
        (
          await k
            .selectFrom('notification_delivery')
            .select('id')
            .where('notification_id', '=', notificationOf.get(key)!)
            .where('channel', '=', 'email')
            .executeTakeFirstOrThrow()
        ).id,
    );
    // A matter of the commune with its answer approved: letters issued to its petitioners.
    const followed = await k
      .selectFrom('matter')
      .innerJoin('raising', 'raising.matter_id', 'matter.id')
      .select('matter.id')
      .where('matter.unit_id', '=', units.get('unit')!.id)
      .where('matter.state', 'in', ['in-follow-up', 'complex'])
      .where('raising.petitioner_id', 'is not', null)
      .executeTakeFirst();
    if (followed) {
      const office = cookies.get('vanphong')!;
      for (const [url, payload, who] of [
        [`/api/follow-up/${followed.id}/answer`, { text: 'UBND xã trả lời thử.' }, office],
        [`/api/follow-up/${followed.id}/answer/submit`, undefined, office],
        [`/api/follow-up/${followed.id}/answer/approve`, {}, cookies.get('chutich')!],
      ] as const) {
        const r = await t.app.inject({
          method: url.endsWith('/answer') ? 'PUT' : 'POST',
          url,
          headers: { cookie: who },
          ...(payload ? { payload } : {}),
        });
        expect(r.statusCode, `${url}: ${r.body.slice(0, 300)}`).toBeLessThan(300);
      }
      targets.set(
        'lettered',
        new Map([['unit', { id: followed.id, unitPath: units.get('unit')!.path }]]),
      );
    }
    // Records a permitted call removes: made again before every call (a refusal must leave it).
    renew['opinion-route'] = async (tg) =>
      (
        await asAdmin('PUT', `/api/units/${ctx.unitAt(tg)}/opinion-routes`, {
          field: 'khac',
          personId: ctx.personIn(tg),
        })
      ).id;
    renew.dismissal = async (tg) =>
      (
        await asAdmin(
          'POST',
          `/api/units/${ctx.unitAt(tg)}/opinions/not-duplicates`,
          ctx.pairIn(tg),
        )
      ).id;
    for (const kind of ['opinion-route', 'dismissal'] as const)
      targets.set(
        kind,
        new Map(unitKeys.map((key) => [key, { id: '', unitPath: units.get(key)!.path }])),
      );

    const people = await k.selectFrom('person').select(['id', 'unit_id', 'user_id']).execute();
    const matters = await k.selectFrom('matter').select(['id', 'unit_id', 'state']).execute();
    const report = await t.app.inject({
      url: `/api/units/${units.get('unit')!.id}/reports/year:${new Date().getFullYear()}`,
      headers: { cookie: cookies.get('admin')! },
    });
    expect(report.statusCode, report.body.slice(0, 300)).toBe(200);
    const planContent = new Map<string, unknown>();
    for (const p of await k.selectFrom('plan').select(['id', 'content']).execute())
      planContent.set(p.id, typeof p.content === 'string' ? JSON.parse(p.content) : p.content);
    const profiles = (
      await t.app.inject({ url: '/api/profiles', headers: { cookie: cookies.get('admin')! } })
    ).json();
    ctx = {
      unitAt: (target) => unitRows.find((u) => u.path === target.unitPath)!.id,
      personIn: (target) =>
        people.find((p) => owners.get(p.unit_id) === target.unitPath)?.id ?? people[0]!.id,
      otherOpinion: (target) =>
        matters.find((m) => m.id !== target.id && unitPathOf.get(m.unit_id) === target.unitPath)
          ?.id ?? 'none',
      bystanderIn: (target) =>
        people.find((p) => owners.get(p.unit_id) === target.unitPath && !p.user_id)?.id ??
        'no-such-person',
      pairIn: (target) => {
        const [a, b] = matters.filter(
          (m) => unitPathOf.get(m.unit_id) === target.unitPath && m.state !== 'merged',
        );
        return { a: a!.id, b: b!.id };
      },
      reportWording: report.json().wording,
      planContent,
      profile: profiles.profiles?.[0]?.profile ?? profiles.profiles?.[0],
    };
  }, 240_000);

  afterAll(async () => {
    if (!skip) await t.close();
  });

  it.skipIf(skip)(
    'every registered route is classified (public, signed-in, root or per record)',
    () => {
      const unclassified = registeredRoutes(t.app)
        .map((r) => `${r.method} ${r.url}`)
        .filter((key) => !routeCases[key] && !isStaticAsset(key.split(' ')[1]!));
      expect(
        unclassified,
        `routes missing from access-matrix.test.ts routeCases:\n${unclassified.join('\n')}`,
      ).toEqual([]);
    },
  );

  /** Row counts of every table but the audit log (a refused call may be logged), in one round trip. */
  async function rowCounts(): Promise<string> {
    const tables = ourTablesInOrder.filter((x) => x !== 'audit_event');
    const r = await sql<
      Record<string, number | string>
    >`select ${sql.join(tables.map((x) => sql`(select count(*) from ${sql.table(x)}) as ${sql.ref(x)}`))}`.execute(
      t.deps.db.kysely,
    );
    return JSON.stringify(r.rows[0]);
  }

  function leaks(body: unknown, actor: Actor): string[] {
    const scope = actor.grants.map((g) => g.unitPath);
    const onBranch = (path: string) => scope.some((p) => path.startsWith(p) || p.startsWith(path));
    const found: string[] = [];
    const walk = (v: unknown) => {
      if (typeof v === 'string') {
        const owner = owners.get(v);
        if (owner && !onBranch(owner)) found.push(v);
        const user = userOwners.get(v);
        if (user && user !== actor.userId) found.push(v);
      } else if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(body);
    return found;
  }

  it.skipIf(skip)(
    "public and signed-in routes: signed-in ones refuse anonymous calls; lists leak no other unit's rows",
    async () => {
      for (const [key, c] of Object.entries(routeCases)) {
        if (c.access !== 'signed-in') continue;
        const [method, route] = key.split(' ') as [string, string];
        const url = urlFor(route, { id: 'x', unitPath: '/' }, 'unit') + (c.query ?? '');
        const anon = await t.app.inject({ method: method as 'GET', url });
        expect(anon.statusCode, `${key} anonymous`).toBe(401);
        for (const u of demoUsers) {
          const res = await t.app.inject({
            method: method as 'GET',
            url,
            headers: { cookie: cookies.get(u.username)! },
          });
          expect(res.statusCode, `${key} as ${u.username}: ${res.body.slice(0, 200)}`).toBe(200);
          if (c.list)
            expect(
              leaks(res.json(), actors.get(u.username)!),
              `${key} as ${u.username} leaks`,
            ).toEqual([]);
        }
      }
    },
  );

  it.skipIf(skip)(
    'root-only routes (calendar, profiles, audit chain) and routes for any holder of an action (deliveries, audit log, breach listing)',
    async () => {
      for (const [key, c] of Object.entries(routeCases)) {
        if (c.access !== 'root' && c.access !== 'any-scope') continue;
        const [method, route] = key.split(' ') as [string, string];
        const url = urlFor(route, { id: 'x', unitPath: '/' }, 'unit');
        const anon = await t.app.inject({
          method: method as 'PUT',
          url,
          payload: c.body?.(ctx, { id: 'x', unitPath: '/' }) as object,
        });
        expect(anon.statusCode, `${key} anonymous`).toBe(401);
        for (const u of demoUsers) {
          const actor = actors.get(u.username)!;
          const allowed =
            c.access === 'root'
              ? canAtRoot(actor, c.rootAction!)
              : scopePrefixes(actor, c.scopeAction!).length > 0;
          const res = await t.app.inject({
            method: method as 'PUT',
            url,
            headers: { cookie: cookies.get(u.username)! },
            payload: c.body?.(ctx, { id: 'x', unitPath: '/' }) as object,
          });
          expect(res.statusCode, `${key} as ${u.username}: ${res.body.slice(0, 300)}`).not.toBe(
            400,
          );
          if (allowed)
            expect(
              [401, 403, 404],
              `${key} as ${u.username} should be allowed: ${res.body.slice(0, 300)}`,
            ).not.toContain(res.statusCode);
          else expect(res.statusCode, `${key} as ${u.username} should be refused`).toBe(404);
          if (allowed && c.list) {
            expect(res.statusCode, `${key} as ${u.username}: ${res.body.slice(0, 300)}`).toBe(200);
            expect(leaks(res.json(), actor), `${key} as ${u.username} leaks`).toEqual([]);
          }
        }
      }
    },
  );

  it.skipIf(skip)(
    'every unit-scoped route × every role × unit, child, sibling, parent: allowed exactly as the policy says',
    async () => {
      const failures: string[] = [];
      const unreached: string[] = [];
      let checked = 0;
      let denied = 0;
      for (const [key, c] of Object.entries(routeCases)) {
        if (c.access !== 'record') continue;
        const [method, route] = key.split(' ') as [string, string];
        const write = method !== 'GET';
        for (const unitKey of unitKeys) {
          const target = targets.get(c.record!)?.get(unitKey);
          if (!target) {
            unreached.push(`${key} @${unitKey}: no ${c.record} there`);
            continue;
          }
          if (c.record === 'opinion') {
            const a = await t.deps.db.kysely
              .selectFrom('matter')
              .leftJoin('person', 'person.id', 'matter.assignee_person_id')
              .select('person.user_id')
              .where('matter.id', '=', target.id)
              .executeTakeFirst();
            target.assigneeUserId = a?.user_id ?? null;
          }
          const results = new Map<string, number>();
          for (const u of demoUsers) {
            if (renew[c.record!]) target.id = await renew[c.record!]!(target);
            const url = urlFor(route, target, c.record!) + (c.query ?? '');
            const actor = actors.get(u.username)!;
            const expected = c.rule!(actor, target);
            const before = write && !expected ? await rowCounts() : '';
            const payload = c.body?.(ctx, target);
            const res = await t.app.inject({
              method: method as 'POST',
              url,
              headers: { cookie: cookies.get(u.username)! },
              ...(payload !== undefined ? { payload: payload as object } : {}),
            });
            results.set(u.username, res.statusCode);
            checked += 1;
            const cell = `${key} @${unitKey} as ${u.username} (${u.role})`;
            // 400 from the schema comes before the access check: the cell would prove nothing.
            if (res.statusCode === 401 || (res.statusCode === 400 && !expected)) {
              failures.push(
                `${cell}: ${res.statusCode} before the access check ${res.body.slice(0, 200)}`,
              );
              continue;
            }
            if (!expected) {
              denied += 1;
              if (![403, 404].includes(res.statusCode))
                failures.push(
                  `${cell}: expected refusal, got ${res.statusCode} ${res.body.slice(0, 200)}`,
                );
              if (write && (await rowCounts()) !== before)
                failures.push(`${cell}: refused but rows changed`);
            } else if (res.statusCode === 403 || res.statusCode >= 500) {
              failures.push(
                `${cell}: expected allowed, got ${res.statusCode} ${res.body.slice(0, 200)}`,
              );
            } else if (res.statusCode === 200 && c.list) {
              const leaked = leaks(res.json(), actor);
              if (leaked.length)
                failures.push(`${cell}: leaks ${leaked.length} rows of other units`);
            }
          }
          // An allowed 404 counts only when the administrator's call also got 404 (state, not access).
          for (const u of demoUsers) {
            const actor = actors.get(u.username)!;
            if (
              c.rule!(actor, target) &&
              results.get(u.username) === 404 &&
              results.get('admin') !== 404
            ) {
              failures.push(
                `${key} @${unitKey} as ${u.username}: expected allowed, got 404 (admin got ${results.get('admin')})`,
              );
            }
          }
        }
      }
      console.info(
        `access matrix (${dialect}): ${checked} calls, ${denied} refusals checked; not reachable: ${unreached.length}\n  ${unreached.join('\n  ')}`,
      );
      expect(failures).toEqual([]);
      expect(denied).toBeGreaterThan(300);
    },
    600_000,
  );
});
