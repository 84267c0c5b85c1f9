// The built-in normalisation table for Vietnamese petitions: what a clerk reads as the same words.
// Data, not code: a province or commune adds its own entries (abbreviations of its roads, local
// words, the rivers and dams the office names) through the lexicon page, stored per unit and
// merged down the unit tree (server/src/opinion/lexicon.ts). Written with accents for people to
// read; folded when compiled, so "UBND" and "ubnd" alike become "ủy ban nhân dân". A '#' in a
// variant stands for a number ("ql #": "QL 8A", "QL8A"), so "TL" is a road only before one.
//
// - abbreviation: the variants are short forms of the canonical words.
// - synonym: colloquial, regional or administrative words for the same thing; the canonical is
//   the word a clerk would write in a compilation.
// - place: a named place (the unit tree's villages are added by the server); a shared place is
//   strong evidence, though never the only one.
import { conceptLexicon, conceptProblemCanonicals } from './lexicon.concepts.vi.js';
import { problemLexicon } from './lexicon.problems.vi.js';
import type { LexiconEntry } from './lexicon-entry.js';

const abbreviation = (canonical: string, ...variants: string[]): LexiconEntry => ({ kind: 'abbreviation', canonical, variants });
const synonym = (canonical: string, ...variants: string[]): LexiconEntry => ({ kind: 'synonym', canonical, variants });

/** Words that name a settlement: "xóm 7", "thôn 7", "tổ dân phố 7", "TDP 7", "ấp 7" are one place. */
export const settlementWords = ['thôn', 'xóm', 'làng', 'ấp', 'bản', 'tổ dân phố', 'tdp', 'khu phố', 'kp', 'khối', 'tổ', 'đội', 'khu dân cư', 'kdc', 'buôn', 'sóc', 'plây', 'khóm', 'a'];
/** Of those, the ones that mean a settlement only before a number ("tổ 7", not "tổ chức"). */
export const settlementWordsBeforeNumber = ['bản', 'khối', 'tổ', 'đội', 'buôn', 'sóc', 'làng', 'a'];
/** "Thôn Bảy", "ấp Ba": a settlement's number written as a word. */
export const numberWords: Record<string, string> = { 'một': '1', 'hai': '2', 'ba': '3', 'bốn': '4', 'tư': '4', 'năm': '5', 'sáu': '6', 'bảy': '7', 'bẩy': '7', 'tám': '8', 'chín': '9', 'mười': '10' };

export const builtInLexicon: LexiconEntry[] = [
  // Bodies and offices.
  abbreviation('ủy ban nhân dân', 'ubnd', 'ub', 'ủy ban', 'uỷ ban nhân dân', 'uỷ ban'),
  abbreviation('hội đồng nhân dân', 'hđnd'),
  abbreviation('mặt trận tổ quốc', 'mttq', 'mặt trận'),
  abbreviation('hợp tác xã', 'htx'),
  abbreviation('đơn vị hành chính', 'đvhc'),
  abbreviation('chính quyền địa phương', 'cqđp'),
  abbreviation('công an', 'ca xã', 'công an xã'),
  abbreviation('cảnh sát giao thông', 'csgt'),
  abbreviation('trạm y tế', 'tyt', 'trạm xá'),
  abbreviation('bảo hiểm y tế', 'bhyt', 'thẻ bảo hiểm', 'thẻ bhyt'),
  abbreviation('bảo hiểm xã hội', 'bhxh'),
  abbreviation('trung học cơ sở', 'thcs', 'cấp 2', 'cấp hai'),
  abbreviation('trung học phổ thông', 'thpt', 'cấp 3', 'cấp ba'),
  // "MN", "TH" alone are other words too ("mọi người", "trường hợp"): only after "trường".
  abbreviation('tiểu học', 'cấp 1', 'cấp một', 'trường th', 'điểm trường th'),
  abbreviation('mầm non', 'mẫu giáo', 'nhà trẻ', 'trường mn', 'điểm trường mn', 'trường mg'),
  abbreviation('nông thôn mới', 'ntm'),
  abbreviation('cán bộ', 'cb'),
  abbreviation('cán bộ công chức', 'cbcc'),
  abbreviation('đảng viên', 'đv'),
  abbreviation('hội nông dân', 'hnd'),
  abbreviation('hội phụ nữ', 'hpn', 'hội liên hiệp phụ nữ'),
  abbreviation('cựu chiến binh', 'ccb'),
  abbreviation('đoàn thanh niên', 'đtn', 'đoàn tn'),
  abbreviation('giải phóng mặt bằng', 'gpmb'),
  abbreviation('thủ tục hành chính', 'tthc'),
  abbreviation('người có công', 'ncc'),
  abbreviation('người khuyết tật', 'nkt'),
  abbreviation('trật tự an toàn giao thông', 'tatgt', 'attt', 'an toàn giao thông', 'atgt'),
  // Roads: "QL8A", "quốc lộ 8A"; "ĐT.553", "TL553", "đường tỉnh 553"; "ĐH", "đường huyện".
  abbreviation('quốc lộ', 'ql #', 'qlo #'),
  abbreviation('đường tỉnh', 'đt #', 'tl #', 'tỉnh lộ', 'dt #'),
  abbreviation('đường huyện', 'đh #', 'hl #', 'huyện lộ'),
  abbreviation('đường liên xã', 'lx', 'liên xã'),
  abbreviation('đường liên thôn', 'liên thôn', 'liên xóm', 'đường liên xóm', 'đường lt'),
  abbreviation('giấy chứng nhận quyền sử dụng đất', 'gcn qsdđ', 'gcnqsdđ', 'gcn', 'sổ đỏ', 'sổ hồng', 'bìa đỏ', 'giấy chứng nhận', 'sổ đất', 'qsdđ', 'quyền sử dụng đất'),
  abbreviation('căn cước công dân', 'cccd', 'căn cước', 'cmnd', 'chứng minh nhân dân', 'chứng minh thư'),
  // Phone-style shorthand.
  abbreviation('không', 'ko', 'k', 'khg', 'hông', 'hổng', 'khong'),
  abbreviation('được', 'đc', 'dc', 'đươc'),
  abbreviation('người dân', 'ng dân', 'ngdân', 'bà con', 'nhân dân', 'bà con nhân dân', 'dân'),
  abbreviation('người', 'ng'),
  abbreviation('với', 'vs'),
  abbreviation('nước', 'nc', 'nuơc'),
  abbreviation('tôi', 'tui'),
  abbreviation('về', 'dìa'),
  abbreviation('vào', 'vô'),
  abbreviation('rồi', 'r', 'rùi'),
  abbreviation('cũng', 'cx', 'cũg'),
  abbreviation('bao nhiêu', 'bn', 'bnhiêu'),
  abbreviation('nghìn', 'ngàn'),
  abbreviation('gì', 'j'),
  abbreviation('trước', 'trc'),
  abbreviation('bây giờ', 'bh'),
  abbreviation('trách nhiệm', 'tn'),
  abbreviation('đề nghị', 'đn', 'kiến nghị', 'kn', 'yêu cầu', 'xin', 'mong', 'mong muốn'),
  // Colloquial, regional and administrative words for one thing.
  synonym('lợn', 'heo'),
  synonym('ngô', 'bắp'),
  synonym('bố', 'tía'),
  synonym('mẹ', 'mạ'),
  synonym('nhà văn hóa', 'nhà văn hoá', 'nhà sinh hoạt cộng đồng', 'hội quán', 'nhà hội'),
  synonym('khai thác gỗ trái phép', 'gỗ lậu', 'chặt phá rừng', 'phá rừng', 'khai thác rừng trái phép', 'lâm tặc', 'chặt trộm gỗ', 'chặt gỗ trái phép'),
  synonym('khai thác cát trái phép', 'cát tặc', 'hút cát trái phép', 'khai thác cát sạn trái phép', 'múc cát trái phép'),
  synonym('rác thải', 'rác', 'rác thải sinh hoạt', 'rác sinh hoạt'),
  synonym('đèn đường', 'điện chiếu sáng', 'đèn chiếu sáng', 'hệ thống chiếu sáng', 'điện đường', 'đèn cao áp'),
  synonym('mương thoát nước', 'cống thoát nước', 'rãnh thoát nước', 'mương thoát', 'cống rãnh'),
  synonym('kênh mương', 'mương', 'kênh', 'mương máng', 'kênh mương nội đồng', 'mương nội đồng'),
  synonym('sạt lở', 'sạt', 'sụt lún', 'sụt', 'sạt lún', 'lở đất'),
  synonym('xuống cấp', 'hư hỏng', 'hư hại', 'hỏng', 'hư', 'lún nứt', 'nứt', 'lún', 'bong tróc', 'nhiều ổ gà', 'ổ gà', 'ổ voi', 'lồi lõm', 'lồi', 'lõm', 'nứt nẻ', 'lún sụt'),
  synonym('vỡ', 'bể', 'bễ', 'vỡ nát', 'bể nát'),
  synonym('rò rỉ', 'thấm', 'thấm nước', 'rỉ nước', 'rò nước', 'rỉ'),
  synonym('ngập úng', 'ngập', 'ngập lụt', 'ngập nước', 'lụt'),
  synonym('ô nhiễm', 'bốc mùi', 'hôi thối', 'mùi hôi', 'bốc mùi hôi thối'),
  synonym('trộm cắp', 'trộm', 'mất trộm', 'ăn trộm', 'kẻ gian', 'trộm vặt', 'bị lấy cắp'),
  synonym('đánh bạc', 'cờ bạc', 'bài bạc', 'đánh bài ăn tiền', 'sới bạc'),
  synonym('ma túy', 'ma tuý', 'nghiện hút', 'con nghiện', 'chất cấm'),
  synonym('đua xe', 'lạng lách', 'đua xe trái phép', 'nẹt pô', 'rú ga'),
  synonym('xe quá tải', 'xe tải trọng lớn', 'xe chở quá tải', 'xe trọng tải lớn', 'xe ben', 'xe tải nặng'),
  synonym('hộ nghèo', 'nghèo', 'diện nghèo'),
  synonym('hộ cận nghèo', 'cận nghèo'),
  synonym('trợ cấp', 'phụ cấp', 'chế độ', 'tiền hỗ trợ', 'trợ cấp xã hội'),
  synonym('người cao tuổi', 'người già', 'cụ già', 'các cụ', 'người lớn tuổi'),
  synonym('học sinh', 'các cháu', 'con em', 'trẻ em', 'học trò', 'cháu nhỏ'),
  synonym('giáo viên', 'thầy cô', 'cô giáo', 'thầy giáo', 'gv'),
  synonym('bác sĩ', 'y sĩ', 'y bác sĩ', 'bs'),
  synonym('nước sạch', 'nước sinh hoạt', 'nước máy', 'nước ăn', 'nước uống'),
  synonym('thiếu nước', 'khô hạn', 'hạn hán', 'không có nước', 'cạn nước'),
  synonym('điện', 'điện lực', 'điện sinh hoạt'),
  synonym('mất điện', 'cúp điện', 'cắt điện', 'mất điện thường xuyên'),
  synonym('giá điện', 'tiền điện', 'hóa đơn điện', 'hoá đơn tiền điện'),
  synonym('cầu', 'cầu tạm', 'cầu treo', 'cầu khỉ'),
  synonym('đập', 'đập tràn', 'hồ đập', 'đập nước', 'hồ chứa'),
  synonym('đường', 'tuyến đường', 'con đường', 'lộ', 'đường sá', 'đường xá', 'tuyến lộ', 'lộ đal', 'lộ đan', 'đường đal', 'đường đan', 'đường bê tông', 'đường nhựa', 'đường đất'),
  synonym('bê tông hóa', 'bê tông hoá', 'đổ bê tông', 'cứng hóa', 'cứng hoá', 'làm đường', 'trải nhựa', 'rải nhựa', 'nhựa hóa', 'đổ nhựa', 'láng nhựa'),
  synonym('sửa chữa', 'sửa', 'tu sửa', 'khắc phục', 'nâng cấp', 'tu bổ', 'gia cố', 'làm lại', 'cải tạo'),
  synonym('chậm', 'lâu', 'chậm trễ', 'kéo dài', 'hoài', 'miết', 'lâu quá', 'lâu rồi', 'chưa xong', 'đẩy nhanh', 'đẩy nhanh tiến độ', 'chậm tiến độ', 'kẹt', 'tồn đọng', 'chờ hoài'),
  synonym('thu gom rác', 'gom rác', 'thu rác', 'chở rác', 'xe rác', 'đổ rác'),
  synonym('bãi rác', 'điểm tập kết rác', 'bãi tập kết rác', 'chỗ đổ rác'),
  synonym('trại lợn', 'trang trại lợn', 'chuồng lợn', 'trại chăn nuôi lợn', 'trại heo'),
  synonym('thu hồi đất', 'lấy đất', 'giải tỏa', 'giải toả'),
  synonym('bồi thường', 'đền bù', 'hỗ trợ tái định cư', 'tiền đền bù'),
  synonym('lấn chiếm', 'chiếm', 'lấn đất', 'chiếm đất'),
  synonym('tranh chấp', 'tranh giành', 'cãi nhau', 'mâu thuẫn'),
  synonym('hồ sơ', 'giấy tờ', 'thủ tục'),
  synonym('thái độ', 'cửa quyền', 'hách dịch', 'quát nạt', 'gây khó dễ', 'gây khó khăn', 'nhũng nhiễu', 'sách nhiễu', 'vòi tiền'),
  synonym('trâu bò', 'trâu', 'bò', 'gia súc'),
  synonym('gà vịt', 'gà', 'vịt', 'gia cầm'),
  synonym('dịch bệnh', 'bệnh dịch', 'dịch tả', 'ổ dịch'),
  synonym('tiêm phòng', 'tiêm chủng', 'tiêm vắc xin', 'chích ngừa'),
  synonym('loa truyền thanh', 'loa phát thanh', 'loa', 'đài truyền thanh', 'loa xã', 'loa thôn'),
  synonym('sân bóng', 'sân thể thao', 'sân vận động', 'sân chơi'),
  synonym('nghĩa trang', 'nghĩa địa', 'mồ mả', 'mộ'),
  synonym('hệ thống tưới', 'tưới tiêu', 'tưới', 'nước tưới', 'nước tưới ruộng'),
  synonym('ruộng', 'đồng ruộng', 'cánh đồng', 'ruộng lúa', 'xứ đồng'),
  synonym('xe máy', 'xe gắn máy', 'xe honda', 'honda'),
  synonym('vay vốn', 'vay tiền', 'vốn vay', 'vay ngân hàng', 'vốn'),
  synonym('việc làm', 'công ăn việc làm', 'thất nghiệp', 'không có việc'),
  synonym('đóng góp', 'thu tiền', 'góp tiền', 'các khoản thu', 'quỹ', 'khoản thu', 'tiền đóng góp'),
  synonym('học phí', 'tiền học', 'các khoản thu ở trường', 'tiền trường'),
  synonym('chợ', 'phiên chợ', 'chợ quê', 'chợ tạm', 'chợ cóc'),
  synonym('kết nạp đảng', 'vào đảng', 'kết nạp đảng viên', 'phát triển đảng viên'),
  synonym('sinh hoạt chi bộ', 'họp chi bộ', 'chi bộ họp', 'sinh hoạt đảng'),
  synonym('hòa giải', 'hoà giải', 'giải quyết mâu thuẫn'),
  synonym('cấp giấy khai sinh', 'khai sinh', 'làm giấy khai sinh', 'đăng ký khai sinh'),
  synonym('chứng thực', 'công chứng', 'sao y', 'xác nhận'),
  synonym('ghi sai', 'sai', 'ghi nhầm', 'nhầm', 'ghi thiếu', 'sai sót', 'sai lệch', 'không đúng', 'ko đúng', 'sai thông tin'),
  synonym('thiếu', 'không đủ', 'thiếu hụt', 'ít quá', 'không có đủ'),
  ...conceptLexicon,
  ...problemLexicon,
];

/**
 * The canonicals that say what is wrong. Two petitions that each say what is wrong, and name
 * nothing wrong in common, are about different concerns however much else they share ("sổ đỏ
 * chậm" and "sổ đỏ ghi sai diện tích").
 */
export const problemCanonicals = [
  'sạt lở', 'xuống cấp', 'vỡ', 'rò rỉ', 'ngập úng', 'ô nhiễm', 'trộm cắp', 'đánh bạc', 'ma túy', 'đua xe', 'xe quá tải', 'thiếu nước',
  'mất điện', 'chậm', 'lấn chiếm', 'tranh chấp', 'thái độ', 'dịch bệnh', 'khai thác gỗ trái phép', 'khai thác cát trái phép', 'ghi sai', 'thiếu',
  // The concept table's own problems (lexicon.concepts.vi.ts), not the things or remedies beside them.
  ...conceptProblemCanonicals,
  // Not the problem table's new classes (lexicon.problems.vi.ts says why).
];

