// The staff console's pages: one line per page. The navbar and the router both read this list.
// Add a feature: create src/features/<name>/, then add its page here.
import type { Role } from '@doithoai/core';
import type { ComponentType } from 'react';
import { UnitsPage } from '../features/unit/UnitsPage';
import { ImportPage, LexiconPage, OpinionEntryPage, OpinionListPage, TriagePage } from '../features/opinion';
import { CalendarPage } from '../features/calendar/CalendarPage';
import { ProfilesPage } from '../features/profile/ProfilesPage';
import { PlanPage } from '../features/plan/PlanPage';
import { SessionsPage } from '../features/session/SessionsPage';
import { DocumentsPage } from '../features/document/DocumentsPage';
import { FollowUpPage } from '../features/follow-up/FollowUpPage';
import { NotificationsPage } from '../notify/NotificationsPage';
import { DeliveriesPage } from '../notify/DeliveriesPage';
import { DashboardPage } from '../dashboard/DashboardPage';
import { OversightPage } from '../oversight/OversightPage';
import { AuditLogPage } from '../privacy/AuditLogPage';
import { PrivacyRequestsPage } from '../privacy/PrivacyRequestsPage';
import { AccountsPage } from '../features/auth/AccountsPage';
import { TwoFactorPage } from '../features/auth/TwoFactorPage';
import type { Dict } from '../i18n';

export interface PageProps {
  /** The unit chosen in the header's unit switcher. */
  unitId: string;
}

export interface Page {
  path: string;
  label: (t: Dict) => string;
  component: ComponentType<PageProps>;
  /** Shown in the menu only to these roles at the chosen unit (the server still decides). */
  roles?: Role[];
}

export const pages: Page[] = [
  { path: '/don-vi', label: (t) => t.units, component: UnitsPage },
  { path: '/y-kien', label: (t) => t.opinion.nav, component: OpinionListPage },
  { path: '/nhap-y-kien', label: (t) => t.opinion.entryNav, component: OpinionEntryPage },
  { path: '/phan-loai', label: (t) => t.opinion.triageNav, component: TriagePage },
  { path: '/tu-dien-gom-y-kien', label: (t) => t.opinion.lexiconNav, component: LexiconPage, roles: ['office', 'admin'] },
  { path: '/nhap-tep', label: (t) => t.opinion.importNav, component: ImportPage },
  { path: '/lich', label: (t) => t.calendar.nav, component: CalendarPage },
  { path: '/quy-dinh', label: (t) => t.profiles.nav, component: ProfilesPage },
  { path: '/ke-hoach', label: (t) => t.plansNav, component: PlanPage },
  { path: '/hoi-nghi', label: (t) => t.sessionsNav, component: SessionsPage },
  { path: '/van-ban', label: (t) => t.documents.nav, component: DocumentsPage },
  { path: '/theo-doi', label: (t) => t.followUpNav, component: FollowUpPage },
  { path: '/thong-bao', label: (t) => t.notificationsNav, component: NotificationsPage },
  { path: '/gui-thong-bao', label: (t) => t.deliveriesNav, component: DeliveriesPage },
  { path: '/tong-hop', label: (t) => t.dashboardNav, component: DashboardPage },
  { path: '/giam-sat', label: (t) => t.oversightNav, component: OversightPage },
  { path: '/du-lieu-ca-nhan', label: (t) => t.privacyNav, component: PrivacyRequestsPage },
  { path: '/nhat-ky', label: (t) => t.auditNav, component: AuditLogPage },
  { path: '/tai-khoan', label: (t) => t.accountsNav, component: AccountsPage },
  { path: '/bao-mat', label: (t) => t.twoFactorNav, component: TwoFactorPage },
];
