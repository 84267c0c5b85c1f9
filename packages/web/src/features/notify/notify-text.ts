// The notification screens' words, Vietnamese first (kept beside the feature; the nav labels are in i18n.tsx).
import type { Lang } from '@doithoai/core';

const vi = {
  bell: (n: number) => (n ? `Thông báo: ${n} chưa đọc` : 'Thông báo'),
  inboxTitle: 'Thông báo của tôi',
  unread: (n: number) => `${n} chưa đọc`,
  onlyUnread: 'Chỉ hiện chưa đọc',
  markRead: 'Đánh dấu đã đọc',
  markAllRead: 'Đánh dấu tất cả đã đọc',
  open: 'Mở',
  empty: 'Chưa có thông báo nào.',
  deliveriesTitle: 'Gửi thông báo: lỗi và đang chờ',
  deliveriesIntro:
    'Thư điện tử, tin nhắn SMS/Zalo và thông báo trong ứng dụng. Việc gửi lỗi không làm mất thay đổi đã lưu; hệ thống tự gửi lại, hoặc bấm «Gửi lại ngay».',
  channelSettings: 'Cấu hình kênh gửi',
  configured: 'đã cấu hình',
  notConfigured: 'chưa cấu hình',
  state: 'Trạng thái',
  states: {
    problems: 'Lỗi, chờ, chưa cấu hình',
    failed: 'Lỗi (đã thử hết)',
    pending: 'Đang chờ gửi',
    'not-configured': 'Kênh chưa cấu hình',
    sent: 'Đã gửi',
  } as Record<string, string>,
  channel: 'Kênh',
  channels: { 'in-app': 'Trong ứng dụng', email: 'Email', sms: 'SMS', zalo: 'Zalo' } as Record<
    string,
    string
  >,
  subject: 'Nội dung',
  to: 'Người nhận',
  attempts: 'Số lần thử',
  lastError: 'Lỗi gần nhất',
  nextAttempt: 'Thử lại lúc',
  retry: 'Gửi lại ngay',
  retried: 'Đã đưa vào hàng đợi gửi lại',
  none: 'Không có việc gửi nào ở trạng thái này.',
  noAccess: 'Chỉ quản trị viên xem được mục này.',
};
export type NotifyText = typeof vi;

const en: NotifyText = {
  bell: (n) => (n ? `Notifications: ${n} unread` : 'Notifications'),
  inboxTitle: 'My notifications',
  unread: (n) => `${n} unread`,
  onlyUnread: 'Unread only',
  markRead: 'Mark read',
  markAllRead: 'Mark all read',
  open: 'Open',
  empty: 'No notifications yet.',
  deliveriesTitle: 'Deliveries: failed and pending',
  deliveriesIntro:
    'Email, SMS/Zalo and in-app messages. A failed delivery never undoes a saved change; the system retries by itself, or press "Retry now".',
  channelSettings: 'Channel settings',
  configured: 'configured',
  notConfigured: 'not configured',
  state: 'State',
  states: {
    problems: 'Failed, pending, not configured',
    failed: 'Failed (all attempts used)',
    pending: 'Waiting to send',
    'not-configured': 'Channel not configured',
    sent: 'Sent',
  },
  channel: 'Channel',
  channels: { 'in-app': 'In-app', email: 'Email', sms: 'SMS', zalo: 'Zalo' },
  subject: 'Message',
  to: 'Recipient',
  attempts: 'Attempts',
  lastError: 'Last error',
  nextAttempt: 'Next attempt',
  retry: 'Retry now',
  retried: 'Queued to be sent again',
  none: 'No deliveries in this state.',
  noAccess: 'Only an administrator can see this.',
};

export const notifyText = (lang: Lang): NotifyText => (lang === 'en' ? en : vi);
