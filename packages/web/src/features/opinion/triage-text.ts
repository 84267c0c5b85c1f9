// Words of the triage page beyond the shared dictionary (clusters of the same concern, not the
// same, the routing table), Vietnamese first.
import type { Lang } from '../../i18n';

const vi = {
  notDuplicate: 'Không trùng', notDuplicates: 'Đã đánh dấu không cùng nội dung', undo: 'Hoàn tác', marked: 'Đã đánh dấu hai ý kiến không trùng',
  markedOn: 'ngày',
  routing: 'Bảng phân công theo lĩnh vực', routingHint: 'Ý kiến mới đã phân loại được giao tự động cho công chức theo lĩnh vực (và thôn, nếu có dòng riêng cho thôn).',
  field: 'Lĩnh vực', village: 'Thôn (để trống: cả xã)', official: 'Công chức phụ trách', save: 'Lưu dòng phân công', remove: 'Bỏ dòng',
  wholeCommune: 'Cả xã', readOnly: 'Chỉ quản trị viên được sửa bảng phân công.', none: 'Chưa có dòng phân công nào.',
  clusters: 'Ý kiến cùng nội dung, cách viết khác nhau',
  clustersHint: 'Mỗi nhóm là các ý kiến nghi nêu cùng một việc. Bỏ chọn ý kiến không muốn gộp, chọn ý kiến giữ lại, rồi gộp một lần; gộp nhầm thì hoàn tác.',
  clusterHeading: (n: number, title: string) => `${n} ý kiến về: ${title}`,
  keep: 'Giữ ý kiến này', suggestedKeep: 'Gợi ý giữ', include: 'Gộp ý kiến này',
  mergeN: (n: number) => `Gộp ${n} ý kiến`,
  notSame: 'Không cùng nội dung',
  alike: (p: number) => `giống ${p}%`, alikeHint: 'Mức giống với ý kiến được gợi ý giữ',
  petitioners: (n: number) => `${n} người nêu`,
  received: (d: string) => `Nhận ${d}`,
  merged: (n: number, content: string) => `Đã gộp ${n} ý kiến vào «${content}»`,
  unmerged: (n: number) => `Đã tách lại ${n} ý kiến`,
  notSameDone: (n: number) => `Đã ghi nhận không cùng nội dung (${n} cặp): sẽ không gợi ý gộp nữa. Hoàn tác ở danh sách bên dưới.`,
  noClusters: 'Không có nhóm ý kiến nào nghi cùng nội dung.',
  older: 'Xem các ý kiến cũ hơn', newest: 'Về các ý kiến mới nhất',
  window: (n: number, older: boolean) => `Đã gom trong ${n} ý kiến đang mở ${older ? 'cũ hơn' : 'mới nhất'}.`,
  pages: 'Các trang nhóm ý kiến',
  shared: 'Chung',
};
type Text = typeof vi;
const en: Text = {
  notDuplicate: 'Not a duplicate', notDuplicates: 'Marked as not the same concern', undo: 'Undo', marked: 'Marked as not duplicates',
  markedOn: 'on',
  routing: 'Routing table by field', routingHint: 'A newly classified matter is assigned to the official for its field (and village, when it has its own line).',
  field: 'Field', village: 'Village (empty: the whole commune)', official: 'Responsible official', save: 'Save the line', remove: 'Remove',
  wholeCommune: 'Whole commune', readOnly: 'Only an administrator edits the routing table.', none: 'No routing line yet.',
  clusters: 'The same concern in other words',
  clustersHint: 'Each group holds opinions that seem to raise one concern. Untick the ones not to merge, choose the one to keep, then merge in one step; undo a wrong merge.',
  clusterHeading: (n, title) => `${n} opinions about: ${title}`,
  keep: 'Keep this one', suggestedKeep: 'Suggested to keep', include: 'Merge this one',
  mergeN: (n) => `Merge ${n} opinions`,
  notSame: 'Not the same concern',
  alike: (p) => `${p}% alike`, alikeHint: 'How alike it is to the opinion suggested to keep',
  petitioners: (n) => (n === 1 ? '1 petitioner' : `${n} petitioners`),
  received: (d) => `Received ${d}`,
  merged: (n, content) => `Merged ${n} opinions into '${content}'`,
  unmerged: (n) => `${n} opinions separated again`,
  notSameDone: (n) => `Recorded as not the same concern (${n} pairs): they will not be suggested again. Undo in the list below.`,
  noClusters: 'No group of opinions looks like the same concern.',
  older: 'Look at older opinions', newest: 'Back to the newest opinions',
  window: (n, older) => `Grouped among the ${n} ${older ? 'older' : 'newest'} open opinions.`,
  pages: 'Pages of groups',
  shared: 'In common',
};
export const triageText = (lang: Lang): Text => (lang === 'en' ? en : vi);
