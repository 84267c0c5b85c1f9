// The staff console's pages: one line per page. The navbar and the router both read this list.
// Add a feature: create src/features/<name>/, then add its page here, in the stage of the round
// where it is used, with the roles that can use it (from core's permission table: the server
// still decides; this only keeps a menu item from a role that would get "not found").
import type { Role } from '@doithoai/core';
import type { ComponentType } from 'react';
import { UnitsPage } from '../features/unit/UnitsPage';
import { UnitChangesPage } from '../features/unit/UnitChangesPage';
import { unitChangeText } from '../features/unit/unit-change-text';
import {
  ImportPage,
  LexiconPage,
  OpinionEntryPage,
  OpinionListPage,
  TriagePage,
} from '../features/opinion';
import { CalendarPage } from '../features/calendar/CalendarPage';
import { ProfilesPage } from '../features/profile/ProfilesPage';
import { PlanPage } from '../features/plan/PlanPage';
import { SessionsPage } from '../features/session/SessionsPage';
import { DocumentsPage } from '../features/document/DocumentsPage';
import { FollowUpPage } from '../features/follow-up/FollowUpPage';
import { NotificationsPage } from '../features/notify/NotificationsPage';
import { DeliveriesPage } from '../features/notify/DeliveriesPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { OversightPage } from '../features/oversight/OversightPage';
import { AuditLogPage } from '../features/privacy/AuditLogPage';
import { PrivacyRequestsPage } from '../features/privacy/PrivacyRequestsPage';
import { AccountsPage } from '../features/auth/AccountsPage';
import { TwoFactorPage } from '../features/auth/TwoFactorPage';
import { HomePage } from '../features/home/HomePage';
import { homeText } from '../features/home/home-text';
import type { Dict, Lang } from '../i18n';
import type { PageProps } from './page-props';
import { opinionText } from '../features/opinion/opinion-text';
import { calendarText } from '../features/calendar/calendar-text';
import { profileText } from '../features/profile/profile-text';
import { documentText } from '../features/document/document-text';

/** The stages of a round, in the order the menu shows them; 'start' has no heading. */
export const stages = ['start', 'prepare', 'session', 'after', 'report', 'admin'] as const;
export type Stage = (typeof stages)[number];
export const stageNames: Record<Exclude<Stage, 'start'>, { vi: string; en: string }> = {
  prepare: { vi: 'Chuẩn bị', en: 'Preparation' },
  session: { vi: 'Hội nghị', en: 'Session' },
  after: { vi: 'Sau hội nghị', en: 'After the session' },
  report: { vi: 'Báo cáo', en: 'Reports' },
  admin: { vi: 'Quản trị', en: 'Administration' },
};

export interface Page {
  path: string;
  label: (t: Dict, lang: Lang) => string;
  component: ComponentType<PageProps>;
  stage: Stage;
  /** Shown in the menu only to these roles at the chosen unit (the server still decides). */
  roles?: Role[];
}

// Who can use what (core/policy/roles.ts): reading matters (opinion.read or read-assigned), plans
// and documents (plan.read, document.read), handling matters (opinion.update), dashboards.
const readers: Role[] = ['admin', 'office', 'official', 'chair', 'oversight'];
const handlers: Role[] = ['admin', 'office'];

export const pages: Page[] = [
  {
    path: '/viec-cua-toi',
    label: (_t, lang) => homeText(lang).nav,
    component: HomePage,
    stage: 'start',
  },
  {
    path: '/thong-bao',
    label: (t) => t.notificationsNav,
    component: NotificationsPage,
    stage: 'start',
  },
  {
    path: '/ke-hoach',
    label: (t) => t.plansNav,
    component: PlanPage,
    stage: 'prepare',
    roles: readers,
  },
  {
    path: '/lich',
    label: (_t, lang) => calendarText(lang).nav,
    component: CalendarPage,
    stage: 'prepare',
  },
  {
    path: '/nhap-y-kien',
    label: (_t, lang) => opinionText(lang).entryNav,
    component: OpinionEntryPage,
    stage: 'prepare',
    roles: ['admin', 'office', 'collector'],
  },
  {
    path: '/y-kien',
    label: (_t, lang) => opinionText(lang).nav,
    component: OpinionListPage,
    stage: 'prepare',
    roles: readers,
  },
  {
    path: '/phan-loai',
    label: (_t, lang) => opinionText(lang).triageNav,
    component: TriagePage,
    stage: 'prepare',
    roles: handlers,
  },
  {
    path: '/nhap-tep',
    label: (_t, lang) => opinionText(lang).importNav,
    component: ImportPage,
    stage: 'prepare',
    roles: handlers,
  },
  {
    path: '/hoi-nghi',
    label: (t) => t.sessionsNav,
    component: SessionsPage,
    stage: 'session',
    roles: readers,
  },
  {
    path: '/theo-doi',
    label: (t) => t.followUpNav,
    component: FollowUpPage,
    stage: 'after',
    roles: readers,
  },
  {
    path: '/van-ban',
    label: (_t, lang) => documentText(lang).nav,
    component: DocumentsPage,
    stage: 'after',
    roles: readers,
  },
  {
    path: '/tong-hop',
    label: (t) => t.dashboardNav,
    component: DashboardPage,
    stage: 'report',
    roles: ['admin', 'office', 'chair', 'oversight'],
  },
  {
    path: '/giam-sat',
    label: (t) => t.oversightNav,
    component: OversightPage,
    stage: 'report',
    roles: ['admin', 'oversight'],
  },
  { path: '/don-vi', label: (t) => t.units, component: UnitsPage, stage: 'admin' },
  {
    path: '/sap-xep-don-vi',
    label: (_t, lang) => unitChangeText(lang).nav,
    component: UnitChangesPage,
    stage: 'admin',
    roles: ['admin'],
  },
  {
    path: '/quy-dinh',
    label: (_t, lang) => profileText(lang).nav,
    component: ProfilesPage,
    stage: 'admin',
  },
  {
    path: '/tu-dien-gom-y-kien',
    label: (_t, lang) => opinionText(lang).lexiconNav,
    component: LexiconPage,
    stage: 'admin',
    roles: handlers,
  },
  {
    path: '/du-lieu-ca-nhan',
    label: (t) => t.privacyNav,
    component: PrivacyRequestsPage,
    stage: 'admin',
    roles: handlers,
  },
  {
    path: '/tai-khoan',
    label: (t) => t.accountsNav,
    component: AccountsPage,
    stage: 'admin',
    roles: ['admin'],
  },
  {
    path: '/nhat-ky',
    label: (t) => t.auditNav,
    component: AuditLogPage,
    stage: 'admin',
    roles: ['admin'],
  },
  {
    path: '/gui-thong-bao',
    label: (t) => t.deliveriesNav,
    component: DeliveriesPage,
    stage: 'admin',
    roles: ['admin'],
  },
  { path: '/bao-mat', label: (t) => t.twoFactorNav, component: TwoFactorPage, stage: 'admin' },
];

/** The page after sign-in and for any unknown path. */
export const homePath = '/viec-cua-toi';
