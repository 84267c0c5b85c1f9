// The follow-up page's words, Vietnamese first (the shared dictionary holds only the nav label).
import type { Lang } from '../../i18n';

const vi = {
  title: 'Theo dõi trả lời sau đối thoại',
  none: 'Không có vấn đề nào đang chờ trả lời.',
  official: 'Công chức phụ trách', field: 'Lĩnh vực', session: 'Hội nghị', all: 'Tất cả',
  content: 'Nội dung', due: 'Hạn trả lời', howComputed: 'Cách tính', answer: 'Trả lời', state: 'Trạng thái',
  open: 'Mở', close: 'Đóng',
  draft: 'Dự thảo văn bản trả lời', template: 'Chèn câu mẫu', save: 'Lưu dự thảo', submit: 'Trình duyệt',
  approve: 'Duyệt và phát hành', returnIt: 'Trả lại', comment: 'Ý kiến khi trả lại', approver: 'Người duyệt',
  history: 'Lịch sử xử lý', letters: 'Văn bản trả lời đã phát hành', petitioners: 'Người kiến nghị',
  escalate: 'Đề nghị cấp trên', competentBody: 'Cơ quan có thẩm quyền', proposal: 'Nội dung đề nghị', acknowledge: 'Cấp trên đã tiếp nhận',
  higherAnswer: 'Ghi nhận trả lời của cấp trên', extend: 'Gia hạn (vấn đề phức tạp)', newDue: 'Hạn mới (YYYY-MM-DD)', reason: 'Lý do',
  extensions: 'Các lần gia hạn', done: 'Đã lưu',
  answerStates: { draft: 'Dự thảo', submitted: 'Chờ duyệt', returned: 'Trả lại', approved: 'Đã duyệt, chờ gửi', sent: 'Đã gửi' } as Record<string, string>,
  groupBy: 'Nhóm theo', byUrgency: 'Mức độ khẩn', byOfficial: 'Công chức', byField: 'Lĩnh vực', bySession: 'Hội nghị', noOfficial: 'Chưa giao', noField: 'Chưa phân loại',
  responsible: 'Giao cho công chức', assign: 'Giao', lettersToSend: 'văn bản chờ gửi', channel: 'Cách gửi', sentOn: 'Ngày gửi (YYYY-MM-DD, để trống: hôm nay)',
  recordSent: 'Ghi nhận đã gửi', sent: 'đã gửi', notSent: 'chưa gửi', templates: 'Mẫu trả lời', addTemplate: 'Thêm mẫu', templateTitle: 'Tên mẫu',
  templateText: 'Nội dung mẫu', anyField: 'Mọi lĩnh vực', archive: 'Bỏ mẫu', builtIn: 'có sẵn',
  placeholders: 'Có thể dùng: {thon}, {linh_vuc}, {han_tra_loi}, {can_bo}, {hoi_nghi}, {ngay}',
  notice: 'Thông báo tiến độ cho người kiến nghị', responsibleText: 'Người chịu trách nhiệm (ghi trong thông báo)',
  printAll: 'In tất cả văn bản',
  actions: { save: 'Lưu dự thảo', submit: 'Trình duyệt', return: 'Trả lại', approve: 'Duyệt, phát hành', 'higher-level-answer': 'Cấp trên trả lời' } as Record<string, string>,
};
type Text = typeof vi;
const en: Text = {
  title: 'Follow-up after the dialogue',
  none: 'No matter is waiting for an answer.',
  official: 'Responsible official', field: 'Field', session: 'Session', all: 'All',
  content: 'Matter', due: 'Due', howComputed: 'How computed', answer: 'Answer', state: 'State',
  open: 'Open', close: 'Close',
  draft: 'Draft answer', template: 'Insert a sentence', save: 'Save draft', submit: 'Submit for approval',
  approve: 'Approve and issue', returnIt: 'Return', comment: 'Comment when returning', approver: 'Approver',
  history: 'History', letters: 'Letters issued', petitioners: 'Petitioners',
  escalate: 'Escalate', competentBody: 'Competent body', proposal: 'Proposal', acknowledge: 'Acknowledged by the higher level',
  higherAnswer: "Record the higher level's answer", extend: 'Extend (complex matter)', newDue: 'New due date (YYYY-MM-DD)', reason: 'Reason',
  extensions: 'Extensions', done: 'Saved',
  answerStates: { draft: 'Draft', submitted: 'Awaiting approval', returned: 'Returned', approved: 'Approved, to send', sent: 'Sent' },
  groupBy: 'Group by', byUrgency: 'Urgency', byOfficial: 'Official', byField: 'Field', bySession: 'Session', noOfficial: 'Not assigned', noField: 'Not classified',
  responsible: 'Assign to an official', assign: 'Assign', lettersToSend: 'letters to send', channel: 'Sent by', sentOn: 'Date sent (YYYY-MM-DD, empty: today)',
  recordSent: 'Record as sent', sent: 'sent', notSent: 'not sent', templates: 'Answer templates', addTemplate: 'Add a template', templateTitle: 'Title',
  templateText: 'Text', anyField: 'Every field', archive: 'Remove', builtIn: 'built-in',
  placeholders: 'You may use: {thon}, {linh_vuc}, {han_tra_loi}, {can_bo}, {hoi_nghi}, {ngay}',
  notice: 'Timeline notice to the petitioners', responsibleText: 'Responsible (named in the notice)',
  printAll: 'Print every letter',
  actions: { save: 'Draft saved', submit: 'Submitted', return: 'Returned', approve: 'Approved and issued', 'higher-level-answer': "Higher level's answer" },
};
export const followUpText = (lang: Lang): Text => (lang === 'en' ? en : vi);
