// The plan pages' words, Vietnamese first (kept beside the feature; the shared dictionary holds only the nav label).
import type { Lang } from '../../i18n';

const vi = {
  title: 'Kế hoạch tiếp xúc, đối thoại',
  create: (y: number) => `Tạo kế hoạch năm ${y} từ quy định`,
  none: 'Chưa có kế hoạch nào',
  year: (y: number) => `Năm ${y}`,
  edit: 'Nội dung kế hoạch',
  preview: 'Xem trước văn bản',
  save: 'Lưu dự thảo',
  saved: 'Đã lưu dự thảo',
  issue: 'Ban hành kế hoạch',
  issueDate: 'Ngày ban hành',
  issued: (n: string) => `Đã ban hành: ${n}`,
  onePerLine: 'mỗi dòng một mục',
  fields: {
    title: 'Trích yếu', opening: 'Căn cứ, mở đầu', purposes: 'I. Mục đích, yêu cầu', contentGroups: 'II.1 Nội dung đối thoại',
    participants: 'II.2 Thành phần', attendanceCap: 'Số người tham gia tối đa (nếu cần)', preparation: 'II.3 Công tác chuẩn bị',
    rounds: 'II.4 Thời gian (các đợt)', chairs: 'II.5 Chủ trì', followUp: 'II.6 Xử lý sau đối thoại', tasks: 'III. Tổ chức thực hiện (mỗi cơ quan một dòng: Cơ quan | Nhiệm vụ)',
    closing: 'Kết thúc', recipients: 'Nơi nhận', signer: 'Người ký',
  },
  round: (n: number) => `Đợt ${n}: tổ chức chậm nhất ngày`,
  sessions: 'Các hội nghị theo kế hoạch',
  openSessions: 'Mở trang hội nghị',
};
export type PlanText = typeof vi;
const en: PlanText = {
  title: 'Dialogue plans',
  create: (y: number) => `Create the ${y} plan from the rules`,
  none: 'No plan yet',
  year: (y: number) => `Year ${y}`,
  edit: 'Plan content',
  preview: 'Document preview',
  save: 'Save draft',
  saved: 'Draft saved',
  issue: 'Issue the plan',
  issueDate: 'Issue date',
  issued: (n: string) => `Issued: ${n}`,
  onePerLine: 'one item per line',
  fields: {
    title: 'Title', opening: 'Legal bases, opening', purposes: 'I. Purposes', contentGroups: 'II.1 Content', participants: 'II.2 Participants',
    attendanceCap: 'Attendance cap (if needed)', preparation: 'II.3 Preparation', rounds: 'II.4 Rounds', chairs: 'II.5 Chairs',
    followUp: 'II.6 Follow-up', tasks: 'III. Tasks (one body per line: Body | Task)', closing: 'Closing', recipients: 'Recipients', signer: 'Signer',
  },
  round: (n: number) => `Round ${n}: held by`,
  sessions: 'Sessions of the plan',
  openSessions: 'Open the sessions page',
};
export const planText = (lang: Lang): PlanText => (lang === 'en' ? en : vi);
