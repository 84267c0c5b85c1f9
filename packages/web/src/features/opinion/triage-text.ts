// Words of the triage additions (not a duplicate, the routing table), Vietnamese first.
import type { Lang } from '../../i18n';

const vi = {
  notDuplicate: 'Không trùng', notDuplicates: 'Đã đánh dấu không trùng', undo: 'Hoàn tác', marked: 'Đã đánh dấu hai ý kiến không trùng',
  routing: 'Bảng phân công theo lĩnh vực', routingHint: 'Ý kiến mới đã phân loại được giao tự động cho công chức theo lĩnh vực (và thôn, nếu có dòng riêng cho thôn).',
  field: 'Lĩnh vực', village: 'Thôn (để trống: cả xã)', official: 'Công chức phụ trách', save: 'Lưu dòng phân công', remove: 'Bỏ dòng',
  wholeCommune: 'Cả xã', readOnly: 'Chỉ quản trị viên được sửa bảng phân công.', none: 'Chưa có dòng phân công nào.',
};
type Text = typeof vi;
const en: Text = {
  notDuplicate: 'Not a duplicate', notDuplicates: 'Marked as not duplicates', undo: 'Undo', marked: 'Marked as not duplicates',
  routing: 'Routing table by field', routingHint: 'A newly classified matter is assigned to the official for its field (and village, when it has its own line).',
  field: 'Field', village: 'Village (empty: the whole commune)', official: 'Responsible official', save: 'Save the line', remove: 'Remove',
  wholeCommune: 'Whole commune', readOnly: 'Only an administrator edits the routing table.', none: 'No routing line yet.',
};
export const triageText = (lang: Lang): Text => (lang === 'en' ? en : vi);
