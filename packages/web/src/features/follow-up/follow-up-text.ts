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
  answerStates: { draft: 'Dự thảo', submitted: 'Chờ duyệt', returned: 'Trả lại', approved: 'Đã duyệt' } as Record<string, string>,
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
  answerStates: { draft: 'Draft', submitted: 'Awaiting approval', returned: 'Returned', approved: 'Approved' },
};
export const followUpText = (lang: Lang): Text => (lang === 'en' ? en : vi);
