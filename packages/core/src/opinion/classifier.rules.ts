// Keyword rules per field: what a clerk would look for first. Written with accents for people
// to read; folded once at load, so "duong" and "đường" match alike. A longer phrase is worth more.
import type { OpinionField } from './fields.js';

export const fieldKeywords: Record<OpinionField, readonly string[]> = {
  'lanh-dao': ['chỉ đạo', 'điều hành', 'lãnh đạo', 'quản lý nhà nước', 'chậm triển khai', 'chủ trương', 'quy hoạch chung', 'thực hiện kết luận', 'ban hành', 'giám sát thực hiện'],
  'can-bo': ['cán bộ', 'công chức', 'thái độ', 'gây khó khăn', 'sách nhiễu', 'hách dịch', 'trách nhiệm', 'tiếp dân', 'nhũng nhiễu', 'làm việc không đúng giờ', 'đùn đẩy', 'chậm trễ giải quyết hồ sơ'],
  'kinh-te': ['kinh tế', 'vay vốn', 'ngân hàng', 'giá cả', 'thuế', 'kinh doanh', 'chợ', 'tiểu thương', 'doanh nghiệp', 'làng nghề', 'việc làm', 'thu nhập', 'tín dụng', 'ngân sách', 'đóng góp', 'thu phí', 'điện', 'giá điện', 'hóa đơn'],
  'nong-nghiep': ['nông nghiệp', 'nông thôn mới', 'giống', 'phân bón', 'lúa', 'cây trồng', 'vật nuôi', 'dịch bệnh gia súc', 'dịch tả lợn', 'thủy lợi', 'kênh mương', 'mương', 'đồng ruộng', 'giao thông nội đồng', 'đường nội đồng', 'tưới tiêu', 'bê tông hóa', 'chăn nuôi', 'cam', 'bưởi', 'sản xuất', 'hỗ trợ giống', 'đường giao thông', 'đường thôn', 'làm đường', 'đường liên thôn', 'ổ gà', 'cầu', 'tràn'],
  'tai-nguyen': ['đất', 'đất đai', 'giấy chứng nhận quyền sử dụng đất', 'sổ đỏ', 'cấp sổ', 'ranh giới', 'tranh chấp đất', 'lấn chiếm', 'khai thác cát', 'khoáng sản', 'cát sỏi', 'nguồn nước', 'nước sinh hoạt', 'nước sạch', 'giải phóng mặt bằng', 'đền bù', 'bồi thường', 'đo đạc', 'thu hồi đất', 'đất rừng', 'đất ở'],
  'moi-truong': ['môi trường', 'rác', 'rác thải', 'ô nhiễm', 'mùi hôi', 'xả thải', 'nước thải', 'vệ sinh', 'thu gom rác', 'bãi rác', 'khói bụi', 'bụi', 'trại lợn', 'thuốc bảo vệ thực vật', 'đốt rơm'],
  'van-hoa-xa-hoi': ['trường', 'học sinh', 'giáo dục', 'giáo viên', 'y tế', 'trạm y tế', 'bảo hiểm y tế', 'bảo hiểm xã hội', 'chính sách', 'hộ nghèo', 'cận nghèo', 'người có công', 'thương binh', 'liệt sĩ', 'trợ cấp', 'người cao tuổi', 'khuyết tật', 'văn hóa', 'nhà văn hóa', 'lễ hội', 'thể thao', 'lao động', 'xuất khẩu lao động', 'học phí', 'bảo trợ xã hội', 'tiêm chủng', 'khám bệnh', 'thuốc', 'loa truyền thanh', 'đám cưới', 'đám tang'],
  'an-ninh-trat-tu': ['an ninh', 'trật tự', 'trộm', 'trộm cắp', 'đánh nhau', 'ma túy', 'cờ bạc', 'đua xe', 'công an', 'tai nạn giao thông', 'tệ nạn', 'mất trộm', 'gây rối', 'lừa đảo', 'vi phạm giao thông', 'quá tải', 'xe tải', 'camera'],
  'xay-dung-dang': ['đảng viên', 'chi bộ', 'đảng ủy', 'kết nạp đảng', 'sinh hoạt chi bộ', 'phát triển đảng', 'nghị quyết', 'tổ chức đảng', 'kỷ luật đảng', 'huy hiệu đảng'],
  'chinh-quyen': ['ủy ban', 'ubnd', 'hồ sơ', 'thủ tục hành chính', 'chứng thực', 'hộ tịch', 'khai sinh', 'bộ phận một cửa', 'một cửa', 'dịch vụ công', 'công khai', 'sáp nhập', 'hội đồng nhân dân', 'hđnd', 'căn cước', 'cư trú', 'đăng ký'],
  'mttq-doan-the': ['mặt trận', 'mttq', 'hội nông dân', 'hội phụ nữ', 'đoàn thanh niên', 'cựu chiến binh', 'đoàn thể', 'hội viên', 'quỹ hội', 'khu dân cư', 'ngày hội đại đoàn kết', 'quỹ vì người nghèo', 'ban công tác mặt trận'],
  khac: [],
};
