// The audit log's and personal data pages' words, Vietnamese first (the shared dictionary holds only the nav labels).
import type { Lang } from '../i18n';

const vi = {
  auditTitle: 'Nhật ký kiểm tra',
  auditIntro: 'Mọi thay đổi, văn bản ban hành, thay đổi quyền và mọi lần xem, xuất dữ liệu cá nhân được ghi theo chuỗi băm: sửa hay xóa một mục đều bị phát hiện.',
  user: 'Người thực hiện (mã người dùng)', entity: 'Loại bản ghi', entityId: 'Mã bản ghi', from: 'Từ ngày', to: 'Đến ngày',
  filter: 'Lọc', more: 'Xem thêm', verify: 'Kiểm tra chuỗi băm',
  chainOk: (n: number) => `Chuỗi nguyên vẹn: ${n} mục.`,
  chainBroken: (seq: number) => `Chuỗi bị hỏng tại mục số ${seq}.`,
  at: 'Thời điểm', action: 'Thao tác', record: 'Bản ghi', detail: 'Chi tiết', none: 'Không có mục nào.',
  noAccess: 'Bạn không có quyền xem mục này.',
  requestsTitle: 'Yêu cầu của chủ thể dữ liệu',
  requestsIntro: 'Người dân yêu cầu xem, sửa, xóa dữ liệu của mình hoặc phản đối việc xử lý: phản hồi trong 02 ngày làm việc và thực hiện trong thời hạn luật định (Luật 91/2025/QH15, NĐ 356/2025/NĐ-CP).',
  newRequest: 'Tiếp nhận yêu cầu', kind: 'Loại yêu cầu', petitioner: 'Người kiến nghị', findPetitioner: 'Tìm theo họ tên hoặc số điện thoại',
  find: 'Tìm', requester: 'Người yêu cầu', contact: 'Liên hệ', content: 'Nội dung yêu cầu', receivedOn: 'Ngày nhận', save: 'Lưu',
  state: 'Trạng thái', ackBy: 'Phản hồi trước', completeBy: 'Thực hiện trước', how: 'Cách tính', overdue: 'Quá hạn',
  acknowledge: 'Đã phản hồi', done: 'Đã thực hiện', refuse: 'Từ chối', outcome: 'Kết quả / lý do', copy: 'Bản sao dữ liệu',
  correctName: 'Họ tên đúng', correctPhone: 'Số điện thoại đúng', correctEmail: 'Thư điện tử đúng',
  breachTitle: 'Sự cố lộ lọt: ai bị ảnh hưởng',
  breachIntro: 'Liệt kê người có dữ liệu cá nhân bị truy cập hoặc thay đổi trong khoảng thời gian, theo người dùng hoặc loại bản ghi — để thông báo trong 72 giờ.',
  users: 'Mã người dùng (cách nhau dấu phẩy)', tables: 'Loại bản ghi (matter, petitioner, unit, document…)', list: 'Liệt kê',
  people: (n: number, e: number) => `${n} người, từ ${e} mục nhật ký`,
  name: 'Họ tên', phone: 'Điện thoại', events: 'Số lần',
  kinds: { access: 'Xem, nhận bản sao', correct: 'Chỉnh sửa', erase: 'Xóa', object: 'Phản đối, hạn chế xử lý' } as Record<string, string>,
  states: { received: 'Mới tiếp nhận', acknowledged: 'Đã phản hồi', done: 'Đã thực hiện', refused: 'Từ chối' } as Record<string, string>,
};
export type PrivacyText = typeof vi;
const en: PrivacyText = {
  auditTitle: 'Audit log',
  auditIntro: 'Every change, issued document, permission change and every view or export of personal data is recorded in a hash chain: editing or removing an entry is detected.',
  user: 'Actor (user id)', entity: 'Record type', entityId: 'Record id', from: 'From', to: 'To',
  filter: 'Filter', more: 'More', verify: 'Verify the hash chain',
  chainOk: (n: number) => `Chain intact: ${n} entries.`,
  chainBroken: (seq: number) => `Chain broken at entry ${seq}.`,
  at: 'At', action: 'Action', record: 'Record', detail: 'Detail', none: 'No entries.',
  noAccess: 'You may not see this.',
  requestsTitle: 'Data subject requests',
  requestsIntro: 'People ask to see, correct or erase their data, or object to its use: acknowledge within 2 working days, carry out within the legal period (Law 91/2025/QH15, Decree 356/2025/NĐ-CP).',
  newRequest: 'Receive a request', kind: 'Kind', petitioner: 'Petitioner', findPetitioner: 'Find by name or phone',
  find: 'Find', requester: 'Requester', contact: 'Contact', content: 'Request', receivedOn: 'Received on', save: 'Save',
  state: 'State', ackBy: 'Acknowledge by', completeBy: 'Carry out by', how: 'How computed', overdue: 'Overdue',
  acknowledge: 'Acknowledged', done: 'Carried out', refuse: 'Refuse', outcome: 'Outcome / reason', copy: 'Copy of the data',
  correctName: 'Correct name', correctPhone: 'Correct phone', correctEmail: 'Correct email',
  breachTitle: 'Breach: who is affected',
  breachIntro: 'Lists the people whose personal data was read or changed in a window, by users or record types — for a notice within 72 hours.',
  users: 'User ids (comma separated)', tables: 'Record types (matter, petitioner, unit, document…)', list: 'List',
  people: (n: number, e: number) => `${n} people, from ${e} audit entries`,
  name: 'Name', phone: 'Phone', events: 'Times',
  kinds: { access: 'See a copy', correct: 'Correct', erase: 'Erase', object: 'Object / restrict' },
  states: { received: 'Received', acknowledged: 'Acknowledged', done: 'Carried out', refused: 'Refused' },
};

export const privacyText = (lang: Lang): PrivacyText => (lang === 'en' ? en : vi);
