// Every feature of the server, in the order app.ts registers them: each brings its routes (its
// `*.routes.ts`, in its own folder) and what runs beside them (the job runner, the audit sealer).
// A new feature adds one line here.
import type { ZodApp } from './zod-app.js';
import type { AppDeps } from './deps.js';
import { healthRoute } from './health.route.js';
import { registerAuthRoutes } from '../auth/auth.routes.js';
import { meRoute } from '../auth/me.route.js';
import { userAdminRoutes } from '../auth/user-admin.routes.js';
import { unitTreeRoute } from '../unit/unit-tree.route.js';
import { unitGetRoute } from '../unit/unit-get.route.js';
import { organisationRoutes } from '../unit/organisation.routes.js';
import { personRoutes } from '../unit/person.routes.js';
import { unitChangeRoutes } from '../unit/unit-change.routes.js';
import { opinionRoutes } from '../opinion/opinion.routes.js';
import { opinionImportRoutes } from '../opinion/opinion-import.routes.js';
import { opinionRouteRoutes } from '../opinion/opinion-route.routes.js';
import { similarityRoutes } from '../opinion/similarity.routes.js';
import { opinionConflictRoutes } from '../opinion/opinion-conflict.routes.js';
import { calendarRoutes } from '../calendar/calendar.routes.js';
import { profileRoutes } from '../calendar/profile.routes.js';
import { planRoutes } from '../plan/plan.routes.js';
import { sessionRoutes } from '../session/session.routes.js';
import { followUpRoutes } from '../follow-up/follow-up.routes.js';
import { documentRoutes } from '../document/document.routes.js';
import { notificationRoutes } from '../notify/notification.routes.js';
import { registerJobRunner } from '../notify/runtime.js';
import { dashboardRoutes } from '../dashboard/dashboard.routes.js';
import { homeRoutes } from '../home/home.routes.js';
import { exportRoutes } from '../report/export.routes.js';
import { reportRoutes } from '../report/report.routes.js';
import { attachmentRoutes } from '../attachment/attachment.routes.js';
import { auditRoutes } from '../audit/audit.routes.js';
import { registerAuditSealer } from '../audit/sealer.js';
import { privacyRoutes } from '../privacy/privacy.routes.js';
import { portalRoutes } from '../portal/portal.routes.js';

type Register = (app: ZodApp, deps: AppDeps) => void | Promise<void>;

export interface Feature {
  name: string;
  register: Register;
}

const all =
  (...parts: Register[]): Register =>
  async (app, deps) => {
    for (const register of parts) await register(app, deps);
  };

export const features: readonly Feature[] = [
  { name: 'health', register: healthRoute },
  {
    name: 'auth', // sign-in, two-step, sessions; accounts and grants; who am I
    register: all(
      (app, deps) => registerAuthRoutes(app, deps.auth, deps.db),
      userAdminRoutes,
      meRoute,
    ),
  },
  {
    name: 'unit', // the unit tree, organisations, people; mergers and changes of parent
    register: all(unitTreeRoute, unitGetRoute, organisationRoutes, personRoutes, unitChangeRoutes),
  },
  {
    name: 'opinion', // matters, import, routing, the same concern, conflicts of interest
    register: all(
      opinionRoutes,
      opinionImportRoutes,
      opinionRouteRoutes,
      similarityRoutes,
      opinionConflictRoutes,
    ),
  },
  { name: 'calendar', register: all(calendarRoutes, profileRoutes) },
  { name: 'plan', register: planRoutes },
  { name: 'session', register: sessionRoutes },
  { name: 'follow-up', register: followUpRoutes },
  { name: 'document', register: documentRoutes },
  // The inbox, the admin's deliveries, and the job runner (started on listen, stopped on close).
  { name: 'notify', register: all(notificationRoutes, registerJobRunner) },
  { name: 'dashboard', register: dashboardRoutes },
  { name: 'home', register: homeRoutes }, // "Việc của tôi"
  { name: 'report', register: all(exportRoutes, reportRoutes) },
  { name: 'attachment', register: attachmentRoutes },
  // The audit trail; on PostgreSQL the chain is sealed about a second after commit.
  { name: 'audit', register: all(auditRoutes, registerAuditSealer) },
  { name: 'privacy', register: privacyRoutes },
  // The public portal (/xa…): its own pages, before the staff app's fallback.
  { name: 'portal', register: (app, deps) => portalRoutes(app, deps) },
];
