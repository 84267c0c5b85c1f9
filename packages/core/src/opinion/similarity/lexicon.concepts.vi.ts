// Concept classes for what citizens petition about: the problems and the things, each with the
// other ways people write it (standard synonyms, northern/central/southern words, colloquial
// phrasings, the misspellings that change letters: s/x, ch/tr, d/gi/r, l/n, c/t), so that
// "xói lở" and "sạt lở", "trụ điện" and "cột điện", "cẩu tặc" and "trộm chó" read alike.
//
// Compiled with the built-in table (lexicon.vi.ts): folded, greedy longest match from the left,
// accents compared without the tone ("sửa" = "sữa", "lộ" ≠ "lò"). So:
// - a misspelling that only swaps the tone needs no entry; one that changes a letter or a vowel
//   mark does ("xạt lở", "dò rỉ", "hoa mầu");
// - no variant may equal, tone aside, a common word or phrase: "đa cấp" is also "đã cấp", "bả chó"
//   "bà cho", "đê bao" "để bảo", "chợ cấp" "chờ cấp"; a thing that has such a twin keeps a longer
//   form only ("bờ đê", "bờ kè", "cống qua đường");
// - where lexicon.vi.ts already has the concept, the entry repeats its canonical ("sạt lở",
//   "chậm", "ghi sai", "thái độ"…) and adds variants: the two merge when compiled, and a problem
//   keeps its problem feature (problemCanonicals);
// - a variant never names the thing alongside the problem ("lở bờ sông"), so that both stay in
//   the petition's words;
// - words the settlement pass rewrites first ("xóm", "ấp", "khu phố" → "thôn") are written as
//   "thôn" ("đường thôn" also reads "đường xóm", "đường ấp").
import type { LexiconEntry } from './lexicon-entry.js';

const synonym = (canonical: string, ...variants: string[]): LexiconEntry => ({ kind: 'synonym', canonical, variants });

export const conceptLexicon: LexiconEntry[] = [
  // ── Problems: what is wrong. Every entry before "đường" is one (problemCanonicals) ─────────────
  synonym('sạt lở', 'xói lở', 'xói mòn', 'xạt lở', 'xạt', 'sạc lở', 'sói lở', 'sói mòn', 'sạt lở đất', 'nước cuốn trôi', 'cuốn trôi', 'lũ cuốn', 'nước xói', 'bị xói', 'khoét', 'khoét sâu', 'sụp lún', 'hố sụt', 'sụt đất', 'sụt lở', 'sụt sạt', 'xụt lún'),
  synonym('ngập úng', 'ngập lũ', 'lũ lụt', 'lụt lội', 'ngập lội', 'úng ngập', 'ngập sâu', 'ngập nặng', 'nước ngập', 'nước dâng', 'nước đọng', 'đọng nước', 'ứ đọng', 'ứ nước', 'tù đọng', 'triều cường', 'thoát nước kém', 'không thoát được nước', 'không tiêu thoát', 'nước không thoát được'),
  synonym('thiếu nước', 'khan hiếm nước', 'mất nước', 'cúp nước', 'cắt nước', 'hết nước', 'nước yếu', 'nước chảy yếu', 'khô cạn', 'nắng hạn'),
  synonym('xuống cấp', 'suống cấp', 'hư hao', 'hỏng hóc', 'không hoạt động', 'ngừng hoạt động', 'ổ trâu', 'gồ ghề', 'mấp mô', 'lởm chởm', 'trơ đá', 'lòi đá', 'bong chóc', 'tróc', 'rạn nứt', 'nức nẻ', 'nứt toác', 'dột nát', 'giột nát', 'xập xệ', 'sập xệ', 'ọp ẹp', 'tồi tàn', 'mục nát', 'mục ruỗng', 'cũ nát', 'hư nát', 'sập đổ', 'đổ sập', 'bị sập'),
  synonym('rò rỉ', 'dò rỉ', 'thấm dột', 'rò rỉ nước', 'xì nước', 'xì ống'),
  synonym('ô nhiễm', 'gây ô nhiễm', 'hôi hám', 'thum thủm', 'nồng nặc', 'khói bụi', 'bụi bặm', 'bụi mù', 'bụi bay', 'ruồi muỗi', 'ruồi nhặng', 'nhiễm bẩn', 'bẩn thỉu', 'dơ bẩn', 'mất vệ sinh', 'đục ngầu', 'vẩn đục', 'có mùi', 'nhiễm phèn', 'nhiễm asen', 'nhiễm thạch tín'),
  synonym('mất điện', 'ngắt điện', 'điện bị cắt', 'điện cúp', 'cúp điện luân phiên'),
  synonym('chậm', 'chậm giải quyết', 'hẹn đi hẹn lại', 'hẹn lên hẹn xuống', 'hẹn lần hẹn lữa', 'hẹn lần hẹn lượt', 'chờ đợi lâu', 'chờ mãi', 'đợi mãi', 'mòn mỏi', 'chờ đợi mòn mỏi', 'chưa trả kết quả', 'trễ hẹn', 'trễ hạn', 'quá hẹn', 'ngâm hồ sơ'),
  synonym('ghi sai', 'sai xót', 'xai sót', 'in sai', 'nhập sai', 'viết sai', 'đo sai', 'đo đạc sai', 'thông tin sai', 'nhầm lẫn', 'bị nhầm', 'không chính xác'),
  synonym('thái độ', 'hống hách', 'thiếu tôn trọng', 'lớn tiếng', 'quát tháo', 'cáu gắt', 'gắt gỏng', 'thô lỗ', 'cộc cằn', 'hạch sách', 'làm khó', 'làm khó dễ', 'coi thường dân', 'thiếu trách nhiệm', 'vô trách nhiệm', 'tắc trách', 'đùn đẩy', 'đùn đẩy trách nhiệm', 'đẩy qua đẩy lại', 'né tránh', 'thờ ơ', 'làm ngơ', 'làm lơ', 'bỏ mặc', 'buông lỏng', 'lơ là', 'chểnh mảng', 'không sâu sát', 'thiếu sâu sát', 'đi muộn về sớm', 'đi trễ về sớm'),
  synonym('thiếu', 'thiếu thốn', 'khan hiếm'),
  synonym('lạm thu', 'thu sai quy định', 'thu trái quy định', 'thu vượt quy định', 'thu không đúng quy định', 'thu ngoài quy định', 'thu quá cao', 'thu cao', 'thu quá nhiều', 'thu thêm', 'thu tràn lan', 'ép đóng', 'thu nhiều khoản'),
  synonym('trộm cắp', 'đạo chích', 'kẻ trộm', 'bọn trộm', 'mất cắp', 'ăn cắp', 'trộm cướp', 'cướp giật', 'giật đồ', 'móc túi', 'chôm', 'chôm chỉa', 'mất đồ', 'mất tài sản'),
  synonym('đánh bạc', 'cá độ', 'cá cược', 'lô đề', 'số đề', 'ghi đề', 'đánh đề', 'xóc đĩa', 'đánh bài', 'đá gà', 'chọi gà', 'sòng bạc', 'sòng bài', 'tụ tập đánh bạc', 'game bài'),
  synonym('ma túy', 'hút chích', 'tiêm chích', 'chích hút', 'heroin', 'hê rô in', 'thuốc lắc', 'bay lắc', 'ma túy đá', 'xì ke', 'hàng trắng', 'cần sa', 'bóng cười', 'nghiện ngập', 'người nghiện', 'đối tượng nghiện', 'cai nghiện'),
  synonym('tiếng ồn', 'ồn ào', 'karaoke', 'ka ra ô kê', 'hát karaoke', 'hát to', 'hát hò', 'loa kẹo kéo', 'loa kéo', 'loa thùng', 'mở loa to', 'mở loa lớn', 'mở nhạc to', 'mở nhạc lớn', 'ầm ĩ', 'om sòm', 'inh ỏi'),
  synonym('gây rối trật tự', 'gây rối', 'gây mất trật tự', 'mất trật tự', 'quậy phá', 'đánh nhau', 'gây gổ', 'côn đồ', 'băng nhóm', 'tụ tập', 'thanh niên tụ tập', 'hỗn chiến'),
  synonym('lừa đảo', 'lừa gạt', 'lừa đảo chiếm đoạt', 'chiếm đoạt tài sản', 'bán hàng đa cấp', 'kinh doanh đa cấp', 'lừa đảo qua mạng', 'lừa qua mạng', 'lừa đảo trực tuyến'),
  synonym('tín dụng đen', 'cho vay nặng lãi', 'vay nặng lãi', 'nặng lãi', 'cho vay lãi nặng', 'cho vay lãi suất cao', 'vay lãi cao', 'lãi suất cắt cổ', 'vay nóng', 'cho vay nóng', 'vay qua app', 'app vay tiền', 'vay online', 'đòi nợ thuê', 'siết nợ', 'khủng bố đòi nợ'),
  synonym('bạo lực gia đình', 'bạo hành', 'bạo hành gia đình', 'đánh vợ', 'bạo lực gđ'),
  synonym('xâm hại trẻ em', 'xâm hại', 'xâm hại tình dục', 'dâm ô', 'hiếp dâm'),
  synonym('đua xe', 'đánh võng', 'bốc đầu', 'nẹt bô', 'quái xế', 'nạng lách', 'lạng lách đánh võng', 'phóng nhanh', 'phóng nhanh vượt ẩu', 'chạy nhanh', 'chạy quá tốc độ', 'quá tốc độ', 'vượt quá tốc độ', 'chạy tốc độ cao', 'chạy ẩu', 'lái ẩu', 'vượt ẩu', 'phóng xe', 'chạy bạt mạng'),
  synonym('xe quá tải', 'xe quá khổ', 'quá khổ quá tải', 'quá tải trọng', 'chở quá tải', 'xe chở quá trọng tải', 'vượt tải trọng'),
  synonym('thả rông', 'chạy rông', 'rọ mõm', 'không rọ mõm', 'thả rông gia súc'),
  synonym('lấn chiếm', 'nấn chiếm', 'xâm lấn', 'xâm chiếm', 'chiếm dụng', 'lấn ranh', 'rào chiếm', 'rào lấn', 'xây lấn', 'chiếm đoạt', 'lấn chiếm trái phép'),
  synonym('tranh chấp', 'chanh chấp', 'xích mích', 'kiện tụng', 'kiện cáo'),
  synonym('khai thác gỗ trái phép', 'đốn gỗ', 'đốn hạ', 'chặt cây rừng', 'chặt phá', 'phá rừng làm rẫy', 'lấn rừng', 'lấn chiếm đất rừng', 'phát rừng', 'chặt trộm cây', 'khai thác rừng'),
  synonym('khai thác cát trái phép', 'khai thác cát', 'hút cát', 'múc cát', 'tàu hút cát', 'ghe hút cát', 'khai thác cát sỏi', 'cát sỏi', 'khai thác cát sạn'),
  synonym('sâu bệnh', 'sâu bệnh hại', 'dịch hại', 'sâu hại', 'xâu bệnh', 'sâu cuốn lá', 'sâu đục thân', 'sâu keo', 'rầy nâu', 'rầy lưng trắng', 'chuột phá', 'chuột hại', 'nạn chuột', 'ốc bươu vàng', 'ốc bưu vàng', 'đạo ôn', 'bệnh đạo ôn', 'vàng lùn', 'lùn xoắn lá', 'lem lép hạt', 'bệnh hại cây trồng', 'dịch bệnh cây trồng'),
  synonym('dịch bệnh', 'dịch bệnh gia súc', 'dịch bệnh gia cầm', 'dịch bệnh vật nuôi', 'dịch bệnh trên đàn vật nuôi'),

  // ── Things: roads and crossings. From here on, no entry is a problem ──────────────────────────
  synonym('đường', 'đường giao thông', 'đường đá', 'đường cấp phối', 'đường sỏi', 'đường lộ'),
  synonym('đường thôn', 'đường làng', 'đường trục thôn', 'trục thôn', 'đường nội thôn', 'đường trong thôn', 'giao thông nông thôn', 'gtnt', 'đường gtnt'),
  synonym('đường nội đồng', 'giao thông nội đồng', 'đường sản xuất', 'đường ra đồng', 'đường vào đồng', 'đường ra ruộng', 'đường vô ruộng', 'đường ruộng'),
  synonym('ngõ hẻm', 'hẻm', 'con hẻm', 'đường hẻm', 'kiệt', 'ngõ ngách', 'ngách', 'đường ngõ', 'ngõ thôn', 'ngõ nhỏ'),
  synonym('lối đi chung', 'lối đi', 'đường đi chung', 'ngõ đi chung', 'lối đi lại'),
  // The slogan "điện, đường, trường, trạm" is four things, not "điện đường" (street lights).
  synonym('điện đường trường trạm', 'đường điện trường trạm'),
  synonym('cầu', 'cầu dân sinh', 'cầu gỗ', 'cầu tre', 'cầu sắt', 'cầu bê tông', 'cây cầu', 'bắc cầu'),
  synonym('cầu tràn', 'ngầm tràn', 'đường tràn', 'cầu ngầm', 'tràn liên hợp', 'ngầm vượt suối'),
  synonym('cống qua đường', 'ống cống', 'cống hộp', 'cống tròn', 'cống ngang đường', 'cống bản', 'cống bọng'),
  synonym('cống điều tiết', 'cửa van', 'cửa cống', 'van cống', 'cống ngăn mặn', 'cống ngăn triều', 'cống đầu mối', 'cống tưới', 'cống tiêu'),
  synonym('bến đò', 'đò ngang', 'bến phà', 'chuyến đò'),
  synonym('lòng lề đường', 'lòng đường', 'lề đường', 'vỉa hè', 'hè phố', 'lề lộ', 'đậu xe', 'đỗ xe trái phép', 'đậu xe trái phép'),
  synonym('hành lang an toàn giao thông', 'hành lang giao thông', 'hành lang đường bộ', 'hành lang an toàn đường bộ', 'lộ giới', 'hlatgt'),
  synonym('biển báo', 'biển báo giao thông', 'biển cảnh báo', 'biển chỉ dẫn', 'cắm biển', 'biển hạn chế tải trọng'),
  synonym('gờ giảm tốc', 'gờ giảm tốc độ', 'gờ giảm chấn', 'gồ giảm tốc', 'gờ chắn', 'vạch giảm tốc', 'vạch sơn giảm tốc'),
  synonym('lan can', 'hộ lan', 'rào chắn', 'rào chắn an toàn', 'tôn lượn sóng', 'hộ lan tôn sóng', 'cọc tiêu', 'tay vịn', 'thành cầu'),
  synonym('đèn tín hiệu giao thông', 'đèn giao thông', 'đèn tín hiệu', 'đèn xanh đèn đỏ', 'đèn báo', 'đèn nháy', 'đèn vàng cảnh báo'),
  synonym('xe chở vật liệu', 'xe chở đất', 'xe chở cát', 'xe chở đá', 'xe chở vật liệu xây dựng', 'xe chở vlxd'),

  // ── Conditions and actions that come with a problem more often than alone ──────────────────────
  // (a problem of their own would push true pairs apart: "đường lầy lội" and "đường xuống cấp").
  synonym('nhiễm mặn', 'xâm nhập mặn', 'nước mặn', 'mặn xâm nhập', 'nhiễm mặn nhiễm phèn'),
  synonym('thiên tai', 'bão lũ', 'mưa bão', 'giông lốc', 'dông lốc', 'lốc xoáy', 'lốc tố', 'rét đậm rét hại', 'rét hại', 'lũ quét', 'lũ ống', 'lũ bùn đá'),
  synonym('tắc nghẽn', 'ùn tắc', 'ách tắc', 'bị tắc', 'nghẽn', 'tắt nghẽn', 'bồi lấp', 'bồi lắng', 'lắng đọng', 'kẹt xe', 'tắc đường', 'ùn ứ'),
  synonym('nạo vét', 'khơi thông', 'khai thông', 'thông tắc', 'nạo vét khơi thông', 'nạo véc', 'xáng cạp', 'xáng múc'),
  synonym('lầy lội', 'bùn lầy', 'sình lầy', 'trơn trượt', 'trơn trợt', 'lội bùn'),
  synonym('sửa chữa', 'xửa chữa', 'sửa sang', 'tôn tạo', 'duy tu', 'bảo dưỡng', 'chỉnh trang', 'trùng tu', 'dặm vá', 'vá víu', 'khắc phục sửa chữa'),
  // "bê tông" alone would otherwise read "bể" (vỡ) + "tông", tone aside.
  synonym('bê tông hóa', 'kiên cố hóa', 'bê tông', 'bêtông'),
  synonym('xây dựng', 'xây mới', 'làm mới', 'xây dựng mới', 'đầu tư xây dựng', 'xây lắp', 'sây dựng'),
  synonym('hẹp', 'chật hẹp', 'nhỏ hẹp', 'chật chội'),
  synonym('lãng phí', 'bỏ hoang', 'để hoang', 'kém hiệu quả', 'không hiệu quả', 'chưa hiệu quả'),
  synonym('nguy hiểm', 'mất an toàn', 'không an toàn', 'thiếu an toàn', 'không đảm bảo an toàn', 'tiềm ẩn nguy cơ', 'nguy cơ'),
  synonym('cây gãy đổ', 'cây đổ', 'gãy đổ', 'cây gãy', 'gãy cành', 'cành cây gãy', 'cây nghiêng'),
  synonym('phát quang', 'phát dọn', 'cắt tỉa', 'chặt tỉa', 'cỏ mọc', 'cỏ dại', 'bụi rậm', 'um tùm', 'rậm rạp', 'phát cỏ', 'dọn cỏ', 'cắt cỏ'),
  synonym('xả thải', 'xả nước thải', 'xả thải trái phép', 'xả chất thải', 'thải ra môi trường', 'xả ra môi trường', 'xả thẳng', 'xả trực tiếp', 'sả thải', 'xả thải ra'),
  synonym('xả rác bừa bãi', 'xả rác', 'vứt rác', 'vứt rác bừa bãi', 'vức rác', 'đổ rác bừa bãi', 'đổ rác trái phép', 'quăng rác', 'liệng rác', 'bỏ rác bừa bãi', 'ném rác'),
  synonym('phóng uế', 'phóng uế bừa bãi', 'đi vệ sinh bừa bãi', 'tiểu tiện bừa bãi'),
  synonym('cá chết', 'cá chết hàng loạt', 'cá chết trắng', 'cá nổi chết'),
  synonym('tai nạn giao thông', 'tngt', 'tai lạn', 'tai nạn xe', 'va chạm giao thông', 'tông xe', 'đâm xe', 'điểm đen'),
  synonym('khuất tầm nhìn', 'che khuất tầm nhìn', 'hạn chế tầm nhìn', 'tầm nhìn hạn chế', 'che tầm nhìn', 'cua gấp', 'khúc cua', 'góc cua'),
  synonym('xây dựng trái phép', 'xây trái phép', 'xây dựng không phép', 'xây không phép', 'xây dựng sai phép', 'xây sai phép', 'không có giấy phép xây dựng', 'cơi nới', 'công trình trái phép'),
  synonym('quy hoạch treo', 'qui hoạch treo', 'dự án treo', 'dự án chậm triển khai'),
  synonym('quy hoạch', 'qui hoạch'),
  synonym('mất mùa', 'thất thu', 'thất bát', 'mất trắng'),

  // ── Officials, order and safety ────────────────────────────────────────────────────────────────
  synonym('tham nhũng', 'tham ô', 'ăn chặn', 'ăn bớt', 'bớt xén', 'cắt xén', 'hối lộ', 'ăn hối lộ', 'nhận hối lộ', 'tiền bôi trơn', 'bôi trơn', 'phong bì', 'biếu xén', 'trục lợi', 'ăn chia', 'tiêu cực'),
  synonym('không công bằng', 'thiếu công bằng', 'chưa công bằng', 'bất công', 'thiên vị', 'thiếu khách quan', 'không khách quan', 'không đúng đối tượng', 'sai đối tượng', 'ưu ái người nhà'),
  synonym('bình xét', 'bình bầu', 'xét duyệt', 'bình chọn', 'xét chọn'),
  synonym('công khai minh bạch', 'công khai', 'minh bạch', 'thiếu minh bạch', 'không minh bạch', 'thiếu công khai', 'không công khai', 'niêm yết công khai', 'niêm yết'),
  synonym('phiền hà', 'rườm rà', 'nhiêu khê', 'rắc rối', 'phiền phức', 'đi lại nhiều lần', 'đi lại nhiều'),
  synonym('khiếu nại', 'khiếu kiện', 'khiếu lại', 'đơn khiếu nại', 'đơn thư', 'tố cáo', 'tố giác', 'đơn tố cáo'),
  synonym('trộm chó', 'cẩu tặc', 'bắt trộm chó', 'đánh bả chó', 'trộm chó mèo'),
  synonym('rượu bia', 'bia rượu', 'say xỉn', 'say rượu', 'say sưa', 'nhậu nhẹt', 'ăn nhậu', 'uống rượu', 'rượu chè', 'nghiện rượu', 'người nghiện rượu'),
  synonym('an ninh trật tự', 'antt', 'anttxh', 'an ninh trật tự xã hội', 'trật tự an toàn xã hội', 'trật tự trị an', 'trật tự xã hội', 'mất an ninh', 'an ninh nông thôn', 'chật tự'),
  synonym('tệ nạn xã hội', 'tệ nạn', 'tnxh'),
  synonym('mại dâm', 'bán dâm', 'mua bán dâm', 'gái mại dâm', 'massage trá hình', 'karaoke trá hình'),
  synonym('cháy nổ', 'hỏa hoạn', 'cháy nhà', 'chập điện', 'chập cháy', 'pccc', 'phòng cháy chữa cháy', 'phòng cháy', 'chữa cháy', 'pháo nổ', 'đốt pháo', 'pháo tự chế'),
  synonym('tuần tra', 'tuần tra canh gác', 'tuần tra kiểm soát', 'canh gác', 'trực gác'),
  synonym('camera an ninh', 'camera', 'camera giám sát', 'lắp camera', 'hệ thống camera', 'ca mê ra'),
  synonym('bệnh dại', 'chó dại', 'phòng dại', 'tiêm phòng dại', 'vắc xin dại', 'chó cắn'),

  // ── Things: environment ────────────────────────────────────────────────────────────────────────
  synonym('rác thải', 'chất thải', 'chất thải rắn', 'dác thải', 'rác rưởi'),
  synonym('thu gom rác', 'dọn rác', 'hốt rác', 'thu dọn rác', 'vận chuyển rác', 'lấy rác', 'rác tồn đọng', 'rác ùn ứ'),
  synonym('bãi rác', 'thùng rác', 'thùng đựng rác', 'điểm trung chuyển rác', 'bãi chứa rác', 'bãi xử lý rác', 'khu xử lý rác', 'nhà máy xử lý rác', 'hố rác', 'hố chôn rác', 'bãi chôn lấp', 'bãi chôn lấp rác'),
  synonym('lò đốt rác', 'lò đốt', 'lò xử lý rác', 'đốt rác'),
  synonym('phí thu gom rác', 'phí vệ sinh', 'tiền rác', 'phí rác', 'tiền vệ sinh', 'phí vệ sinh môi trường', 'tiền thu gom rác', 'phí môi trường'),
  synonym('vệ sinh môi trường', 'vsmt', 'dọn vệ sinh', 'tổng vệ sinh'),
  synonym('bao bì thuốc bảo vệ thực vật', 'vỏ chai thuốc', 'vỏ bao thuốc', 'bao bì thuốc', 'vỏ thuốc sâu'),
  synonym('xác động vật', 'xác lợn', 'xác heo', 'xác gia cầm', 'xác gia súc', 'xác súc vật', 'xác chó', 'xác động vật chết'),
  synonym('chất thải chăn nuôi', 'phân gia súc', 'phân lợn', 'phân heo', 'phân trâu bò', 'nước thải chăn nuôi'),
  synonym('hầm biogas', 'biogas', 'bioga', 'hầm bioga', 'bể biogas', 'hầm khí sinh học'),
  synonym('lò gạch', 'lò gạch thủ công', 'lò nung gạch', 'lò vôi', 'lò than', 'lò đốt than'),
  synonym('nhà máy', 'xưởng sản xuất', 'cơ sở sản xuất', 'xí nghiệp', 'nhà xưởng'),
  synonym('khu công nghiệp', 'kcn', 'cụm công nghiệp', 'ccn', 'cụm công nghiệp làng nghề'),

  // ── Things: water works ────────────────────────────────────────────────────────────────────────
  synonym('đập', 'hồ thủy lợi', 'hồ chứa nước', 'đập thủy lợi', 'đập dâng', 'đập đất', 'đập chắn', 'hồ đập thủy lợi'),
  synonym('thủy điện', 'nhà máy thủy điện', 'xả lũ', 'thủy điện xả lũ'),
  synonym('kênh mương', 'mương nước', 'mương dẫn nước', 'kênh dẫn', 'kênh dẫn nước', 'mương tưới', 'kênh tưới', 'mương tiêu', 'kênh tiêu', 'mương bê tông', 'kênh rạch', 'con kinh', 'mương máng nội đồng'),
  synonym('mương thoát nước', 'rãnh dọc', 'rãnh thoát', 'mương rãnh', 'hệ thống thoát nước', 'đường ống thoát nước', 'hố ga', 'ga thoát nước', 'rãnh nước'),
  synonym('thủy lợi', 'công trình thủy lợi', 'thủy nông', 'hệ thống thủy lợi', 'thủy lợi phí', 'phí thủy lợi'),
  synonym('trạm bơm', 'trạm bơm điện', 'máy bơm', 'trạm bơm nước', 'bơm tưới', 'máy bơm nước'),
  synonym('bờ đê', 'tuyến đê', 'mặt đê', 'chân đê', 'bờ bao'),
  synonym('bờ kè', 'kè đá', 'kè chắn', 'tường chắn', 'tường kè', 'kè bờ', 'kè mái', 'kè bảo vệ'),
  synonym('nước ngầm', 'mạch nước ngầm', 'nguồn nước ngầm'),

  // ── Things: water and power supply, signal ─────────────────────────────────────────────────────
  synonym('nước', 'nác', 'lước'),
  synonym('nước sạch', 'nước xạch', 'nước hợp vệ sinh', 'nước sạch nông thôn'),
  synonym('cấp nước', 'nhà máy nước', 'trạm cấp nước', 'công trình cấp nước', 'hệ thống cấp nước', 'đường ống nước', 'ống nước', 'đường ống cấp nước', 'công trình nước sạch', 'hệ thống nước sạch'),
  synonym('giá nước', 'tiền nước', 'hóa đơn nước', 'hóa đơn tiền nước', 'giá nước sạch', 'đồng hồ nước'),
  synonym('giếng nước', 'giếng khoan', 'giếng đào', 'nước giếng', 'giếng làng'),
  synonym('điện yếu', 'điện chập chờn', 'chập chờn', 'sụt áp', 'điện áp thấp', 'điện không ổn định', 'điện không đủ', 'quá tải điện', 'điện đuối'),
  synonym('lưới điện', 'hệ thống điện', 'đường điện', 'đường dây điện', 'dây điện', 'giây điện', 'đường dây hạ thế', 'lưới điện hạ thế', 'đường điện hạ thế', 'hạ thế', 'trung thế', 'đường dây trung thế', 'điện lưới', 'điện lưới quốc gia'),
  synonym('cột điện', 'trụ điện', 'cọc điện', 'cây cột điện', 'trụ điện nghiêng'),
  synonym('trạm biến áp', 'tba', 'máy biến áp', 'biến áp', 'trạm điện', 'trạm hạ thế', 'trạm biến thế', 'biến thế'),
  synonym('điện cao thế', 'đường dây cao thế', 'cao thế', 'đường điện cao thế', 'lưới điện cao thế', 'hành lang lưới điện', 'hành lang an toàn lưới điện'),
  synonym('đấu nối điện', 'câu điện', 'kéo điện', 'lắp điện', 'lắp đặt điện', 'cấp điện', 'đấu điện', 'câu nhờ điện', 'điện câu nhờ'),
  synonym('công tơ điện', 'công tơ', 'đồng hồ điện', 'điện kế', 'chỉ số điện', 'chỉ số công tơ', 'ghi chỉ số', 'ghi điện'),
  synonym('giá điện', 'điện bậc thang', 'giá điện bậc thang', 'tiền điện cao'),
  synonym('đèn đường', 'bóng điện', 'bóng đèn', 'đèn điện', 'cột đèn', 'đèn năng lượng mặt trời', 'đèn năng lượng', 'đèn led', 'chiếu sáng', 'thắp sáng', 'hệ thống đèn', 'đường điện chiếu sáng', 'chiếu sáng công cộng'),
  synonym('thiếu đèn chiếu sáng', 'tối tăm', 'tối om', 'tối thui', 'tối mịt', 'thiếu ánh sáng', 'không có ánh sáng'),
  synonym('sóng điện thoại', 'sóng di động', 'sóng yếu', 'mất sóng', 'không có sóng', 'lõm sóng', 'vùng lõm sóng', 'sóng chập chờn', 'sóng 3g', 'sóng 4g', 'sóng viettel', 'mạng điện thoại', 'mạng yếu', 'mạng chập chờn', 'internet', 'mạng internet', 'wifi', 'cáp quang', 'trạm bts', 'bts', 'cột sóng', 'trạm phát sóng', 'sóng internet'),
  synonym('loa truyền thanh', 'hệ thống truyền thanh', 'đài phát thanh', 'truyền thanh', 'loa đài', 'loa phóng thanh', 'truyền thanh thông minh', 'đài xã'),

  // ── Things: public buildings ───────────────────────────────────────────────────────────────────
  synonym('trường học', 'ngôi trường', 'điểm trường', 'trường lớp', 'cơ sở vật chất trường học'),
  synonym('phòng học', 'lớp học', 'phòng học tạm', 'phòng học kiên cố'),
  // "bàn ghế" before "ghe" (a boat) can take it.
  synonym('bàn ghế', 'bàn ghế học sinh', 'bàn học'),
  synonym('mầm non', 'trường mầm non', 'trường mẫu giáo', 'lớp mẫu giáo', 'mần non', 'nhóm trẻ', 'giữ trẻ', 'trông trẻ'),
  synonym('tường rào', 'hàng rào', 'tường bao', 'bờ rào'),
  synonym('nhà vệ sinh', 'nhà tiêu', 'hố xí', 'toilet', 'wc', 'công trình phụ', 'nhà vệ sinh công cộng', 'nhà vs'),
  synonym('y tế thôn bản', 'y tế thôn', 'y tế bản', 'nhân viên y tế thôn', 'nhân viên y tế thôn bản', 'cộng tác viên y tế'),
  synonym('bệnh viện', 'trung tâm y tế', 'ttyt', 'phòng khám', 'phòng khám đa khoa', 'bệnh viện huyện', 'khám chữa bệnh', 'khám bệnh', 'chữa bệnh'),
  synonym('bác sĩ', 'bác sỹ', 'y sỹ', 'y tá', 'điều dưỡng', 'nhân viên y tế', 'cán bộ y tế', 'thầy thuốc', 'nữ hộ sinh'),
  synonym('thuốc chữa bệnh', 'thuốc men', 'thuốc thang', 'cấp phát thuốc', 'cơ số thuốc', 'thuốc điều trị'),
  synonym('giáo viên', 'nhà giáo', 'thầy cô giáo', 'giáo viên đứng lớp'),
  synonym('nhà văn hóa', 'nhà sinh hoạt văn hóa', 'nhà sinh hoạt', 'hội trường thôn', 'nhà cộng đồng', 'nvh', 'nhà rông', 'thiết chế văn hóa'),
  synonym('sân bóng', 'sân banh', 'khu vui chơi', 'điểm vui chơi', 'nơi vui chơi', 'khu thể thao', 'sân tập', 'sân bóng chuyền', 'sân cầu lông'),
  synonym('chợ', 'chợ tự phát', 'chợ họp tự phát', 'chợ xép', 'chợ chồm hổm', 'nhà lồng chợ', 'chợ nông thôn'),
  // "một cửa hàng" is a shop, not the one-stop office.
  synonym('cửa hàng', 'một cửa hàng', 'cửa hiệu'),
  synonym('nghĩa trang', 'bãi tha ma', 'tha ma', 'gò mả', 'mộ phần', 'phần mộ', 'chôn cất', 'an táng', 'cải táng', 'bốc mộ'),
  synonym('nghĩa trang liệt sĩ', 'nghĩa trang liệt sỹ', 'mộ liệt sĩ', 'mộ liệt sỹ', 'đài tưởng niệm', 'bia tưởng niệm'),

  // ── Things: land and titles ────────────────────────────────────────────────────────────────────
  synonym('giấy chứng nhận quyền sử dụng đất', 'xổ đỏ', 'giấy chứng nhận qsdđ', 'bằng khoán', 'giấy tờ đất', 'giấy tờ nhà đất', 'sổ đỏ sổ hồng'),
  synonym('đo đạc', 'đo vẽ', 'đo đạt', 'đo đạc lại', 'trích đo', 'trích lục', 'đo đạc địa chính', 'bản đồ địa chính', 'tờ bản đồ'),
  synonym('chuyển mục đích sử dụng đất', 'chuyển mục đích', 'chuyển đổi mục đích', 'lên thổ cư', 'chuyển lên thổ cư', 'chuyển đổi mục đích sử dụng đất'),
  synonym('đất thổ cư', 'thổ cư', 'đất thổ'),
  synonym('đất nông nghiệp', 'đất sản xuất', 'đất canh tác', 'đất sx', 'đất trồng lúa', 'đất lúa', 'ruộng đất'),
  synonym('đất công ích', 'quỹ đất công ích', 'quỹ đất công'),
  synonym('giao đất', 'cấp đất', 'giao đất ở', 'giao đất làm nhà', 'cấp đất ở', 'cấp đất làm nhà', 'giao đất giao rừng'),
  synonym('đấu giá đất', 'đấu giá quyền sử dụng đất', 'đấu giá đất ở', 'đấu giá'),
  synonym('tách thửa', 'tách sổ', 'chia tách thửa', 'hợp thửa'),
  synonym('chuyển nhượng', 'sang tên', 'sang nhượng', 'mua bán đất', 'chuyển quyền', 'thừa kế', 'chia thừa kế', 'di chúc'),
  synonym('dồn điền đổi thửa', 'dồn thửa', 'đổi thửa', 'dồn điền', 'dđđt'),
  synonym('tiền sử dụng đất', 'tiền sdđ', 'nộp tiền sử dụng đất', 'ghi nợ tiền sử dụng đất'),
  synonym('thuế đất', 'thuế sử dụng đất', 'thuế phi nông nghiệp', 'thuế nhà đất', 'thuế đất phi nông nghiệp'),
  synonym('bồi thường', 'đền bù giải tỏa', 'tiền bồi thường', 'giá đền bù', 'giá bồi thường', 'áp giá', 'đơn giá bồi thường', 'phương án bồi thường', 'đền bù thiệt hại', 'bồi hoàn'),
  synonym('tái định cư', 'khu tái định cư', 'tđc', 'khu tđc'),
  synonym('ranh giới', 'ranh đất', 'mốc giới', 'mốc ranh', 'cột mốc', 'ranh giới đất', 'cắm mốc'),
  synonym('sáp nhập', 'sát nhập', 'xáp nhập', 'sáp nhập thôn', 'sáp nhập xã'),

  // ── Things: fees and social policy ─────────────────────────────────────────────────────────────
  synonym('đóng góp', 'thu phí', 'lệ phí', 'đóng phí', 'thu quỹ', 'đóng quỹ', 'nộp quỹ', 'góp quỹ', 'vận động đóng góp', 'huy động đóng góp', 'huy động sức dân', 'các khoản đóng góp', 'khoản đóng góp', 'quyên góp'),
  synonym('học phí', 'quỹ phụ huynh', 'quỹ hội phụ huynh', 'tiền đầu năm', 'các khoản thu đầu năm'),
  synonym('hoàn cảnh khó khăn', 'gia đình khó khăn', 'hộ khó khăn', 'hoàn cảnh đặc biệt khó khăn', 'neo đơn', 'người neo đơn', 'già neo đơn', 'không nơi nương tựa', 'đơn thân'),
  synonym('thoát nghèo', 'giảm nghèo', 'xóa đói giảm nghèo', 'thoát nghèo bền vững'),
  synonym('người có công', 'gia đình chính sách', 'thương binh', 'bệnh binh', 'thương bệnh binh', 'thân nhân liệt sĩ', 'gia đình liệt sĩ', 'người hoạt động kháng chiến', 'hoạt động kháng chiến', 'mẹ việt nam anh hùng'),
  synonym('liệt sĩ', 'liệt sỹ'),
  synonym('chất độc da cam', 'da cam', 'dioxin', 'chất độc hóa học', 'nhiễm chất độc hóa học'),
  synonym('trợ cấp', 'bảo trợ xã hội', 'btxh', 'đối tượng bảo trợ', 'trợ cấp hàng tháng', 'trợ giúp xã hội'),
  synonym('lương hưu', 'hưu trí', 'chế độ hưu', 'lương hưu trí'),
  synonym('người khuyết tật', 'khuyết tật', 'tàn tật', 'người tàn tật'),
  synonym('hỗ trợ nhà ở', 'xóa nhà tạm', 'nhà tạm bợ', 'nhà tạm', 'nhà đại đoàn kết', 'nhà tình nghĩa', 'nhà tình thương', 'hỗ trợ làm nhà', 'hỗ trợ xây nhà', 'nhà dột nát'),
  synonym('bảo hiểm y tế', 'thẻ bảo hiểm y tế', 'thẻ y tế', 'thẻ bh', 'thẻ khám bệnh', 'thẻ khám chữa bệnh', 'bảo hiểm y tế hộ gia đình'),
  synonym('an toàn thực phẩm', 'atvstp', 'vsattp', 'vệ sinh an toàn thực phẩm', 'vệ sinh thực phẩm', 'thực phẩm bẩn', 'ngộ độc thực phẩm', 'thực phẩm không rõ nguồn gốc'),
  synonym('sốt xuất huyết', 'sxh', 'muỗi vằn', 'phun muỗi', 'phun thuốc muỗi', 'phun thuốc diệt muỗi', 'phun hóa chất diệt muỗi'),
  synonym('bán trú', 'bữa ăn bán trú', 'ăn bán trú', 'học sinh bán trú', 'suất ăn bán trú', 'nội trú'),
  synonym('đưa đón học sinh', 'xe đưa đón', 'xe đưa rước', 'đưa rước học sinh'),
  synonym('bỏ học', 'nghỉ học', 'bỏ học giữa chừng', 'thất học'),
  synonym('xuất khẩu lao động', 'xklđ', 'đi lao động nước ngoài', 'lao động nước ngoài', 'đi xuất khẩu lao động'),
  synonym('đào tạo nghề', 'học nghề', 'dạy nghề', 'đào tạo nghề nông thôn'),

  // ── Things: forests, minerals ──────────────────────────────────────────────────────────────────
  synonym('cháy rừng', 'đốt rừng', 'phòng cháy rừng', 'phòng chống cháy rừng', 'phòng cháy chữa cháy rừng'),
  synonym('rừng', 'rừng núi', 'rừng rú', 'cánh rừng', 'khu rừng', 'núi rừng', 'đất rừng'),
  synonym('giao khoán bảo vệ rừng', 'khoán bảo vệ rừng', 'giao khoán rừng', 'khoán rừng', 'bảo vệ rừng', 'quản lý bảo vệ rừng'),
  synonym('dịch vụ môi trường rừng', 'dvmtr', 'tiền dịch vụ môi trường rừng', 'chi trả dịch vụ môi trường rừng'),
  synonym('trồng rừng', 'rừng trồng', 'trồng keo', 'cây keo', 'keo lai', 'keo tràm', 'rừng keo'),
  synonym('khai thác khoáng sản trái phép', 'khai thác khoáng sản', 'khai thác trái phép', 'vàng tặc', 'đào vàng', 'khai thác vàng', 'đãi vàng', 'khai thác titan', 'khai thác quặng'),
  synonym('mỏ đá', 'khai thác đá', 'khai thác đá trái phép', 'nổ mìn', 'bắn mìn', 'nổ mìn khai thác đá', 'nghiền đá', 'trạm nghiền đá'),
  synonym('khai thác đất', 'múc đất', 'mỏ đất', 'đào đất trái phép', 'khai thác đất trái phép', 'đất san lấp'),

  // ── Things: farming ────────────────────────────────────────────────────────────────────────────
  synonym('lúa', 'cây lúa', 'lúa gạo', 'thóc', 'lúa nước'),
  synonym('hoa màu', 'cây màu', 'rau màu', 'hoa mầu', 'cây trồng', 'cây hoa màu'),
  synonym('cây sắn', 'khoai mì', 'củ mì', 'củ sắn'),
  synonym('cà phê', 'cafe', 'cà fê', 'cây cà phê'),
  synonym('cây ăn quả', 'cây ăn trái', 'cây trái', 'hoa quả', 'trái cây', 'vườn cây ăn trái'),
  synonym('nương rẫy', 'rẫy', 'làm rẫy', 'đất rẫy', 'phát rẫy', 'đất nương rẫy', 'rẫy nương'),
  synonym('tiêu thụ nông sản', 'đầu ra cho sản phẩm', 'đầu ra sản phẩm', 'đầu ra nông sản', 'bao tiêu', 'bao tiêu sản phẩm', 'giá nông sản', 'được mùa mất giá', 'mất giá', 'ép giá', 'thương lái ép giá', 'rớt giá', 'giá bấp bênh', 'bấp bênh'),
  synonym('năng suất', 'năng xuất'),
  synonym('khuyến nông', 'tập huấn kỹ thuật', 'chuyển giao kỹ thuật', 'chuyển giao khoa học kỹ thuật', 'hướng dẫn kỹ thuật', 'kỹ thuật canh tác', 'tập huấn kĩ thuật', 'chuyển giao kĩ thuật'),
  synonym('thuốc bảo vệ thực vật', 'thuốc bvtv', 'bvtv', 'thuốc trừ sâu', 'thuốc sâu', 'thuốc diệt cỏ', 'thuốc cỏ', 'phun thuốc'),
  synonym('phân bón', 'phân hóa học', 'phân đạm', 'phân lân', 'phân kali', 'phân npk', 'phân vô cơ', 'phân hữu cơ', 'phân vi sinh', 'phân bón giả', 'phân giả', 'vật tư nông nghiệp'),
  synonym('giống cây trồng', 'giống lúa', 'lúa giống', 'hạt giống', 'cây giống', 'giống cây', 'giống ngô', 'giống bắp'),
  synonym('con giống', 'giống vật nuôi', 'bò giống', 'lợn giống', 'heo giống', 'giống bò', 'giống lợn', 'gà giống'),
  synonym('chăn nuôi', 'chăn thả', 'vật nuôi', 'đàn vật nuôi'),
  synonym('chuồng trại', 'chuồng nuôi', 'chuồng bò', 'chuồng trâu', 'chuồng gà', 'chuồng vịt', 'chuồng trại chăn nuôi'),
  synonym('trang trại', 'trang trại chăn nuôi', 'trại chăn nuôi', 'gia trại', 'trại gà', 'trại bò', 'trại vịt'),
  synonym('trâu bò', 'con tru', 'châu bò', 'đàn trâu bò', 'bò thịt'),
  synonym('nuôi trồng thủy sản', 'thủy sản', 'nuôi tôm', 'nuôi cá', 'ao nuôi', 'đầm nuôi', 'nuôi cá lồng', 'lồng bè', 'ao cá', 'đầm tôm', 'ao đìa'),
  synonym('tàu thuyền', 'thuyền bè', 'ghe', 'ghe thuyền', 'ghe xuồng', 'xuồng máy', 'xuồng ba lá', 'tàu cá', 'thuyền đánh cá', 'tàu đánh cá', 'ghe tàu'),
  synonym('dịch tả lợn châu phi', 'dịch tả heo châu phi', 'tả lợn châu phi', 'tả heo châu phi', 'dịch tả châu phi', 'dịch tả lợn', 'dịch tả heo', 'asf'),
  synonym('lở mồm long móng', 'lmlm', 'bệnh lở mồm long móng'),
  synonym('cúm gia cầm', 'cúm gà', 'h5n1', 'dịch cúm gia cầm'),
  synonym('viêm da nổi cục', 'da nổi cục', 'bệnh da nổi cục', 'nổi cục'),
  synonym('tai xanh', 'lợn tai xanh', 'heo tai xanh', 'dịch tai xanh', 'prrs'),
  synonym('thú y', 'cán bộ thú y', 'trạm thú y', 'thú y viên'),

  // ── Things: credit ─────────────────────────────────────────────────────────────────────────────
  synonym('vay vốn', 'cho vay', 'vay ưu đãi', 'vốn ưu đãi', 'vay vốn ưu đãi', 'vốn vay ưu đãi', 'khoản vay', 'gói vay', 'tiếp cận vốn', 'nguồn vốn vay', 'vay tín chấp', 'vay thế chấp', 'hạn mức vay'),
  synonym('ngân hàng chính sách xã hội', 'ngân hàng chính sách', 'nhcsxh', 'nhcs', 'tổ tiết kiệm và vay vốn', 'tổ vay vốn', 'tổ tiết kiệm vay vốn'),
  synonym('giãn nợ', 'dãn nợ', 'khoanh nợ', 'xóa nợ', 'gia hạn nợ', 'khoanh nợ xóa nợ', 'nợ quá hạn'),
  synonym('chơi hụi', 'hụi', 'bể hụi', 'vỡ hụi', 'giật hụi', 'chơi họ', 'bốc họ'),

  // ── Things: party, unions, bodies ──────────────────────────────────────────────────────────────
  synonym('kết nạp đảng', 'vô đảng', 'xin vào đảng', 'phát triển đảng', 'quần chúng ưu tú', 'cảm tình đảng', 'lớp cảm tình đảng', 'đối tượng đảng', 'đứng vào hàng ngũ của đảng'),
  synonym('chuyển sinh hoạt đảng', 'chuyển sinh hoạt', 'sinh hoạt nơi cư trú', 'giới thiệu sinh hoạt đảng'),
  synonym('đảng phí', 'thu đảng phí', 'đóng đảng phí', 'nộp đảng phí'),
  synonym('huy hiệu đảng', 'huy hiệu', 'tặng huy hiệu', 'huy hiệu # năm', 'tuổi đảng', 'năm tuổi đảng'),
  synonym('kỷ luật', 'kỉ luật', 'xử lý kỷ luật', 'kỷ luật đảng', 'thi hành kỷ luật'),
  synonym('lý lịch', 'lí lịch', 'thẩm tra lý lịch', 'xác minh lý lịch'),
  synonym('bí thư chi bộ', 'bí thư thôn', 'bí thư chi bộ thôn'),
  synonym('trưởng thôn', 'thôn trưởng', 'trưởng bản', 'trưởng làng', 'tổ trưởng dân phố', 'tổ trưởng', 'trưởng buôn', 'trưởng sóc'),
  synonym('họp dân', 'họp thôn', 'họp tổ', 'hội nghị thôn', 'cuộc họp thôn', 'họp bà con'),
  synonym('dân chủ cơ sở', 'quy chế dân chủ', 'qui chế dân chủ', 'qcdc', 'dân biết dân bàn', 'dân biết dân bàn dân làm dân kiểm tra'),
  synonym('mặt trận tổ quốc', 'ban công tác mặt trận', 'bctmt', 'ban công tác mt'),
  synonym('đoàn thể', 'các đoàn thể', 'tổ chức đoàn thể', 'tổ chức chính trị xã hội', 'đoàn thể chính trị xã hội', 'hội phí', 'đóng hội phí', 'đoàn phí'),
  synonym('hội chữ thập đỏ', 'chữ thập đỏ', 'ctđ', 'hội ctđ'),
  synonym('khuyến học', 'hội khuyến học', 'quỹ khuyến học'),
  synonym('hội phụ nữ', 'hlhpn', 'hội lhpn', 'chi hội phụ nữ'),
  synonym('đoàn thanh niên', 'đoàn tncs', 'tncs', 'chi đoàn', 'đoàn thanh niên cộng sản', 'đoàn viên thanh niên'),
  synonym('cựu chiến binh', 'cựu binh', 'cựu quân nhân'),
  synonym('hội nông dân', 'chi hội nông dân', 'nông hội'),
  synonym('tư pháp hộ tịch', 'cán bộ tư pháp', 'công chức tư pháp', 'tư pháp', 'hộ tịch'),
  synonym('công an', 'công an viên', 'cav', 'công an chính quy'),

  // ── Things: administrative procedures ──────────────────────────────────────────────────────────
  synonym('hồ sơ', 'giấy má', 'thủ tục giấy tờ', 'hồ sơ giấy tờ'),
  synonym('một cửa', 'bộ phận một cửa', 'một cửa liên thông', 'bộ phận tiếp nhận và trả kết quả', 'tiếp nhận và trả kết quả', 'phòng một cửa'),
  synonym('dịch vụ công trực tuyến', 'dịch vụ công', 'dvc', 'cổng dịch vụ công', 'nộp hồ sơ trực tuyến', 'nộp trực tuyến', 'dịch vụ công quốc gia'),
  synonym('chứng thực', 'chứng thực bản sao', 'sao y bản chính', 'chứng thực chữ ký'),
  synonym('cấp giấy khai sinh', 'giấy khai sinh', 'đăng kí khai sinh', 'làm khai sinh'),
  synonym('khai tử', 'đăng ký khai tử', 'giấy chứng tử', 'báo tử'),
  synonym('đăng ký kết hôn', 'kết hôn', 'giấy đăng ký kết hôn', 'đăng kí kết hôn', 'xác nhận tình trạng hôn nhân', 'tình trạng hôn nhân'),
  synonym('cư trú', 'hộ khẩu', 'sổ hộ khẩu', 'đăng ký thường trú', 'thường trú', 'tạm trú', 'đăng ký tạm trú', 'nhập khẩu', 'tách khẩu', 'tách hộ', 'chuyển khẩu', 'xác nhận cư trú', 'khai báo tạm trú', 'tạm vắng'),
  synonym('định danh điện tử', 'vneid', 'tài khoản định danh', 'định danh', 'định danh mức #'),
  synonym('tiếp công dân', 'tiếp dân', 'lịch tiếp dân', 'tiếp công dân định kỳ'),
];

/**
 * The problems of this table (the entries before "đường"), new to lexicon.vi.ts or repeating its
 * canonicals: what lexicon.vi.ts adds to problemCanonicals. A condition or action that comes with a
 * problem more often than alone ("lầy lội", "tắc nghẽn", "điện yếu", "sửa chữa") stays out.
 */
export const conceptProblemCanonicals: string[] = conceptLexicon.slice(0, conceptLexicon.findIndex((e) => e.canonical === 'đường')).map((e) => e.canonical);
