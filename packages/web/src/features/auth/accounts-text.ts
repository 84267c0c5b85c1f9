// The accounts screen's words, Vietnamese first (the nav label is in i18n.tsx).
import type { Lang } from '@doithoai/core';

const vi = {
  title: 'Tài khoản và phiên đăng nhập',
  intro:
    'Tài khoản có vai trò trong đơn vị đang chọn và các đơn vị trực thuộc. Thu hồi phiên buộc người đó đăng nhập lại; đổi vai trò cũng kết thúc mọi phiên của họ.',
  user: 'Tài khoản',
  roles: 'Vai trò',
  sessions: 'Phiên',
  show: 'Xem phiên',
  revokeAll: 'Thu hồi mọi phiên',
  revoke: 'Thu hồi',
  signedIn: 'Đăng nhập lúc',
  lastSeen: 'Làm mới lúc',
  expires: 'Hết hạn',
  from: 'Địa chỉ, trình duyệt',
  none: 'Không có phiên nào đang mở.',
  noUsers: 'Không có tài khoản nào trong phạm vi quản trị của bạn.',
  noAccess: 'Bạn không có quyền quản trị tài khoản ở đơn vị này.',
  revoked: (n: number) => `Đã thu hồi ${n} phiên.`,
};
type Text = typeof vi;
const en: Text = {
  title: 'Accounts and sessions',
  intro:
    'Accounts holding a role in the chosen unit and below. Revoking a session makes that person sign in again; changing their roles also ends all their sessions.',
  user: 'Account',
  roles: 'Roles',
  sessions: 'Sessions',
  show: 'Show sessions',
  revokeAll: 'Revoke every session',
  revoke: 'Revoke',
  signedIn: 'Signed in',
  lastSeen: 'Refreshed',
  expires: 'Expires',
  from: 'Address, browser',
  none: 'No open session.',
  noUsers: 'No account within your administration.',
  noAccess: 'You do not administer accounts in this unit.',
  revoked: (n: number) => `${n} session(s) revoked.`,
};
export const accountsText = (lang: Lang): Text => (lang === 'en' ? en : vi);
