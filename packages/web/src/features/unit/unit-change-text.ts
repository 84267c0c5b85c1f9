// Words of the page for mergers and changes of parent (issue 20), Vietnamese first.
import type { Lang } from '../../i18n';

const vi = {
  nav: 'Sắp xếp đơn vị hành chính',
  title: 'Sắp xếp đơn vị hành chính',
  intro: 'Sáp nhập các xã thành một xã mới, hoặc chuyển các xã sang đơn vị trực thuộc khác (bỏ cấp huyện). Đề xuất chưa thay đổi gì; khi xác nhận, ý kiến đang xử lý (giữ nguyên hạn), cán bộ, tài khoản và phân công chuyển sang đơn vị mới; lịch sử đã xong ở lại đơn vị cũ và vẫn tìm được từ đơn vị mới. Văn bản giữ tiêu đề theo ngày ban hành.',
  level: 'Các đơn vị trực thuộc',
  changes: 'Các thay đổi tại đơn vị này', none: 'Chưa có thay đổi nào.',
  kind: 'Loại', state: 'Trạng thái', effective: 'Hiệu lực từ', basis: 'Căn cứ', what: 'Nội dung',
  confirm: 'Xác nhận', confirmSure: 'Bấm lần nữa để xác nhận', undo: 'Hủy đề xuất',
  mergerOf: (names: string, into: string) => `${names} → ${into}`,
  moveOf: (names: string, to: string) => `${names} → trực thuộc ${to}`,
  proposeMerger: 'Đề xuất sáp nhập', proposeMove: 'Đề xuất chuyển đơn vị trực thuộc',
  predecessors: 'Các đơn vị sáp nhập (chọn ít nhất hai)', successorName: 'Tên đơn vị mới', successorCode: 'Mã đơn vị mới',
  effectiveOn: 'Ngày có hiệu lực', legalBasis: 'Căn cứ pháp lý (số, ký hiệu văn bản)', legalBasisHint: 'Ví dụ: Nghị quyết 1665/NQ-UBTVQH15',
  unitsToMove: 'Các đơn vị chuyển', toParent: 'Trực thuộc đơn vị', retire: 'Đơn vị cũ thôi hoạt động khi không còn đơn vị trực thuộc (bỏ cấp huyện)',
  propose: 'Lưu đề xuất', proposed: 'Đã lưu đề xuất: kiểm tra rồi bấm Xác nhận.', confirmed: 'Đã xác nhận thay đổi.', undone: 'Đã hủy đề xuất.',
  ended: (day: string) => `thôi hoạt động sau ${day}`,
};
type Texts = typeof vi;
const en: Texts = {
  nav: 'Reorganise units',
  title: 'Reorganise administrative units',
  intro: 'Merge communes into a new one, or move communes under another parent (the district level abolished). A proposal changes nothing; on confirmation, open matters (deadlines unchanged), people, accounts and routing move to the new unit; settled history stays with the old unit and is still found from the new one. Documents keep the header of their date.',
  level: 'Units under',
  changes: 'Changes at this unit', none: 'No changes yet.',
  kind: 'Kind', state: 'State', effective: 'Effective', basis: 'Legal basis', what: 'What',
  confirm: 'Confirm', confirmSure: 'Click again to confirm', undo: 'Undo proposal',
  mergerOf: (names: string, into: string) => `${names} → ${into}`,
  moveOf: (names: string, to: string) => `${names} → under ${to}`,
  proposeMerger: 'Propose a merger', proposeMove: 'Propose a change of parent',
  predecessors: 'Units to merge (at least two)', successorName: 'Name of the new unit', successorCode: 'Code of the new unit',
  effectiveOn: 'Effective from', legalBasis: 'Legal basis (number and symbol)', legalBasisHint: 'e.g. Nghị quyết 1665/NQ-UBTVQH15',
  unitsToMove: 'Units to move', toParent: 'New parent unit', retire: 'The former parent ends once nothing is left under it (district abolished)',
  propose: 'Save proposal', proposed: 'Proposal saved: check it, then Confirm.', confirmed: 'Change confirmed.', undone: 'Proposal undone.',
  ended: (day: string) => `ended after ${day}`,
};
export const unitChangeText = (lang: Lang): Texts => (lang === 'en' ? en : vi);
