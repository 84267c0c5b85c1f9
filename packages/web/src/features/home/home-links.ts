// Where each line of "Việc của tôi" opens: the page to act on, with its filter in the URL (the
// opinion list /y-kien, the follow-up worklist /theo-doi, triage, a session, the oversight table).
import type { MyWorkItem as WorkItem, Role, WorkGroupKey } from '@doithoai/core';

/** The list behind a group. An official's overdue answers are on their worklist, not the whole list. */
export function groupLink(key: WorkGroupKey, roles: readonly Role[]): string {
  const handlesAll = roles.some(
    (r) => r === 'office' || r === 'admin' || r === 'chair' || r === 'oversight',
  );
  switch (key) {
    case 'overdue':
      return handlesAll ? '/y-kien?overdue=1' : '/theo-doi';
    case 'due-soon':
      return '/theo-doi';
    case 'unassigned-overdue':
      return '/theo-doi?unassigned=1';
    case 'unclassified':
      return '/phan-loai';
    case 'duplicates':
      return '/phan-loai';
    case 'to-approve':
      return '/theo-doi';
    case 'my-answers':
      return '/theo-doi';
    case 'notices':
      return '/hoi-nghi';
    case 'late-communes':
      return '/giam-sat';
  }
}

/** The one record a line names: a matter's page, a session, a commune's overdue matters. */
export function itemLink(key: WorkGroupKey, item: WorkItem): string {
  switch (key) {
    case 'duplicates':
      return '/phan-loai';
    case 'notices':
      return `/hoi-nghi/${encodeURIComponent(item.id)}`;
    case 'late-communes':
      return `/giam-sat?xa=${encodeURIComponent(item.id)}`;
    default:
      return `/y-kien/${encodeURIComponent(item.id)}`;
  }
}
