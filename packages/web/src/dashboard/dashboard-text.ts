// The dashboards' words, Vietnamese first (the shared dictionary holds only the nav labels).
import type { Lang } from '../i18n';

const vi = {
  title: 'Tổng hợp của xã',
  year: 'Năm',
  matters: 'Ý kiến, kiến nghị',
  byField: 'Theo lĩnh vực', bySource: 'Theo nguồn', byVillage: 'Theo thôn', byState: 'Theo trạng thái',
  noVillage: '(không rõ thôn)', noField: '(chưa phân loại)',
  answers: 'Trả lời bằng văn bản',
  onTimeRate: 'Tỷ lệ trả lời đúng hạn',
  onTime: 'Đúng hạn', late: 'Trễ hạn', overdue: 'Quá hạn chưa trả lời', open: 'Chưa đến hạn', escalated: 'Đề nghị cấp trên', total: 'Tổng số',
  trend: 'Tỷ lệ đúng hạn theo tháng (theo hạn trả lời)',
  overdueList: 'Quá hạn, chưa trả lời', none: 'Không có.',
  official: 'Người phụ trách', due: 'Hạn', daysLate: 'Ngày làm việc quá hạn', content: 'Nội dung',
  round: 'Đợt hiện tại', step: 'Bước', deadline: 'Hạn', done: 'Đã làm', status: 'Tình trạng',
  stepStatus: { 'on-time': 'Đúng hạn', late: 'Trễ', pending: 'Chưa đến hạn', overdue: 'Quá hạn', 'not-applicable': '—' } as Record<string, string>,
  listBehind: 'Danh sách', excel: 'Tải Excel', close: 'Đóng', readOnly: 'Chỉ xem',
  field: 'Lĩnh vực', source: 'Nguồn', village: 'Thôn', state: 'Trạng thái', received: 'Tiếp nhận', answered: 'Trả lời',
  oversight: 'Theo dõi các xã trực thuộc',
  sortHint: 'Bấm tiêu đề cột để sắp xếp',
  chart: 'Biểu đồ trả lời (30 xã đầu theo thứ tự đang xem)',
  communes: 'xã',
  open_commune: 'Xem chi tiết xã',
};
export type DashboardText = typeof vi;
const en: DashboardText = {
  title: 'Commune dashboard',
  year: 'Year',
  matters: 'Opinions and petitions',
  byField: 'By field', bySource: 'By source', byVillage: 'By village', byState: 'By state',
  noVillage: '(no village)', noField: '(not classified)',
  answers: 'Written answers',
  onTimeRate: 'Answered on time',
  onTime: 'On time', late: 'Late', overdue: 'Overdue, unanswered', open: 'Not yet due', escalated: 'Escalated', total: 'Total',
  trend: 'On-time rate by month (of the due date)',
  overdueList: 'Overdue, unanswered', none: 'None.',
  official: 'Official', due: 'Due', daysLate: 'Working days late', content: 'Matter',
  round: 'Current round', step: 'Step', deadline: 'Due', done: 'Done', status: 'Status',
  stepStatus: { 'on-time': 'On time', late: 'Late', pending: 'Pending', overdue: 'Overdue', 'not-applicable': '—' },
  listBehind: 'List', excel: 'Download Excel', close: 'Close', readOnly: 'Read-only',
  field: 'Field', source: 'Source', village: 'Village', state: 'State', received: 'Received', answered: 'Answered',
  oversight: 'Communes below',
  sortHint: 'Click a column header to sort',
  chart: 'Answers chart (first 30 communes in the current order)',
  communes: 'communes',
  open_commune: 'Open the commune',
};
export const dashboardText = (lang: Lang): DashboardText => (lang === 'vi' ? vi : en);
