// The demo commune's confirmed opinions (Sơn Giang, invented for the demo): what a clerk would
// have compiled from MTTQ, the unions, the villages, officials and citizens before round 1.
// The server's demo loader stores them; the classifier's accuracy test trains on them alone.
// Villages are the demo loader's keys (sg-1 Giang Hà … sg-6 Quyết Tiến).
import type { OpinionField } from './fields.js';
import type { OpinionSource } from './opinion.js';

export interface DemoOpinion {
  text: string;
  field: OpinionField;
  village: string;
  source: OpinionSource;
  name: string | null;
  phone?: string;
}

export const demoOpinions: DemoOpinion[] = [
  { text: 'Đề nghị xã sớm nâng cấp, bê tông hóa tuyến đường liên thôn từ Giang Hà đi Thanh Tiến, hiện nay đường xuống cấp, nhiều ổ gà, mùa mưa đi lại rất khó khăn.', field: 'nong-nghiep', village: 'sg-1', source: 'village', name: 'Nguyễn Văn Bình', phone: '0912345601' },
  { text: 'Tuyến đường liên thôn Giang Hà - Thanh Tiến hư hỏng nặng, nhiều ổ gà, đề nghị xã sửa chữa, bê tông hóa trước mùa mưa.', field: 'nong-nghiep', village: 'sg-1', source: 'mttq', name: 'Trần Thị Hoa' },
  { text: 'Kênh mương nội đồng xứ đồng Cồn Trạng bị bồi lấp, không dẫn được nước tưới cho lúa vụ Hè Thu, đề nghị xã có kế hoạch nạo vét.', field: 'nong-nghiep', village: 'sg-2', source: 'doan-the', name: 'Lê Văn Tám' },
  { text: 'Đề nghị hỗ trợ giống lúa và phân bón cho các hộ bị thiệt hại do lũ lụt cuối năm.', field: 'nong-nghiep', village: 'sg-3', source: 'doan-the', name: 'Phạm Văn Lợi' },
  { text: 'Giá thu mua cam bù đỏ năm nay thấp, người trồng cam thua lỗ, đề nghị xã hỗ trợ tìm đầu ra, liên kết tiêu thụ sản phẩm.', field: 'nong-nghiep', village: 'sg-5', source: 'doan-the', name: 'Hồ Văn Sáu' },
  { text: 'Đường giao thông nội đồng thôn Khe Bá chưa được cứng hóa, xe chở nông sản không vào được, đề nghị đưa vào kế hoạch xây dựng nông thôn mới.', field: 'nong-nghiep', village: 'sg-5', source: 'village', name: null },
  { text: 'Nhiều hộ dân chưa được cấp giấy chứng nhận quyền sử dụng đất dù đã nộp hồ sơ từ lâu, đề nghị xã đẩy nhanh tiến độ.', field: 'tai-nguyen', village: 'sg-2', source: 'mttq', name: 'Nguyễn Thị Lành' },
  { text: 'Hồ sơ cấp sổ đỏ của gia đình tôi nộp từ năm 2020 đến nay vẫn chưa được giải quyết, đề nghị xã trả lời rõ lý do.', field: 'tai-nguyen', village: 'sg-2', source: 'citizen-online', name: 'Đinh Văn Phúc', phone: '0987654321' },
  { text: 'Tình trạng khai thác cát trái phép trên sông Ngàn Phố gây sạt lở bờ sông, đề nghị chính quyền kiểm tra, xử lý.', field: 'tai-nguyen', village: 'sg-4', source: 'village', name: 'Trần Văn Quang' },
  { text: 'Có hộ lấn chiếm đất hành lang giao thông để xây công trình phụ, đề nghị xã kiểm tra, xử lý dứt điểm.', field: 'tai-nguyen', village: 'sg-3', source: 'mttq', name: null },
  { text: 'Tranh chấp ranh giới đất giữa hai hộ ở thôn Đồng Lạc kéo dài, đề nghị xã tổ chức đo đạc lại và hòa giải.', field: 'tai-nguyen', village: 'sg-4', source: 'official-report', name: null },
  { text: 'Nước sinh hoạt mùa khô thiếu trầm trọng, giếng khoan bị cạn, đề nghị xã kêu gọi đầu tư hệ thống nước sạch.', field: 'tai-nguyen', village: 'sg-6', source: 'village', name: 'Võ Văn Hùng' },
  { text: 'Rác thải sinh hoạt không được thu gom thường xuyên, bãi tập kết rác gần khu dân cư bốc mùi hôi, đề nghị xã có biện pháp xử lý.', field: 'moi-truong', village: 'sg-1', source: 'doan-the', name: 'Nguyễn Thị Xuân' },
  { text: 'Bãi rác tạm của thôn Giang Hà gây ô nhiễm, mùi hôi ảnh hưởng sức khỏe người dân, đề nghị di dời.', field: 'moi-truong', village: 'sg-1', source: 'citizen-online', name: 'Lê Thị Mơ' },
  { text: 'Trại chăn nuôi lợn của hộ ông N. xả nước thải ra mương chung, gây ô nhiễm môi trường, đề nghị kiểm tra.', field: 'moi-truong', village: 'sg-3', source: 'village', name: null },
  { text: 'Người dân đốt rơm rạ sau thu hoạch gây khói bụi, ảnh hưởng giao thông và sức khỏe, đề nghị tuyên truyền.', field: 'moi-truong', village: 'sg-2', source: 'doan-the', name: null },
  { text: 'Đề nghị xem xét đưa gia đình bà Phan Thị Lý vào danh sách hộ cận nghèo vì hoàn cảnh khó khăn, chồng mất sức lao động.', field: 'van-hoa-xa-hoi', village: 'sg-4', source: 'doan-the', name: 'Phan Thị Lý' },
  { text: 'Trạm y tế xã thiếu thuốc, thiếu bác sĩ, người dân phải lên tuyến huyện khám bệnh, đề nghị tăng cường.', field: 'van-hoa-xa-hoi', village: 'sg-1', source: 'mttq', name: null },
  { text: 'Phòng học trường tiểu học điểm lẻ Khe Bá xuống cấp, mùa mưa dột, đề nghị sửa chữa để đảm bảo an toàn cho học sinh.', field: 'van-hoa-xa-hoi', village: 'sg-5', source: 'doan-the', name: 'Nguyễn Văn Thành' },
  { text: 'Chế độ trợ cấp cho người cao tuổi từ 75 tuổi trở lên chi trả chậm, đề nghị xã chi trả đúng hạn.', field: 'van-hoa-xa-hoi', village: 'sg-6', source: 'doan-the', name: 'Trần Văn Lộc' },
  { text: 'Hồ sơ đề nghị hưởng chế độ người có công với cách mạng của bố tôi gửi lâu chưa có kết quả, đề nghị xã quan tâm.', field: 'van-hoa-xa-hoi', village: 'sg-3', source: 'doan-the', name: 'Lê Văn Chiến' },
  { text: 'Nhà văn hóa thôn Quyết Tiến xuống cấp, thiếu bàn ghế, loa máy, đề nghị xã hỗ trợ kinh phí sửa chữa.', field: 'van-hoa-xa-hoi', village: 'sg-6', source: 'village', name: null },
  { text: 'Tình trạng trộm cắp gà, trâu bò ban đêm xảy ra nhiều, đề nghị công an xã tăng cường tuần tra.', field: 'an-ninh-trat-tu', village: 'sg-4', source: 'doan-the', name: 'Phạm Văn Lâm' },
  { text: 'Thanh thiếu niên tụ tập đua xe, gây mất trật tự vào ban đêm trên tuyến đường trục xã, đề nghị công an xử lý.', field: 'an-ninh-trat-tu', village: 'sg-2', source: 'mttq', name: null },
  { text: 'Đề nghị lắp camera an ninh tại các ngã ba trung tâm xã để phòng chống trộm cắp.', field: 'an-ninh-trat-tu', village: 'sg-1', source: 'doan-the', name: null },
  { text: 'Xe tải chở gỗ, chở cát quá tải chạy qua đường thôn gây hư hỏng đường và mất an toàn giao thông.', field: 'an-ninh-trat-tu', village: 'sg-3', source: 'village', name: 'Nguyễn Văn Tuấn' },
  { text: 'Cán bộ bộ phận một cửa có thái độ chưa đúng mực khi tiếp công dân, hướng dẫn thủ tục không rõ ràng, phải đi lại nhiều lần.', field: 'can-bo', village: 'sg-2', source: 'citizen-online', name: null },
  { text: 'Một số cán bộ xã đi làm không đúng giờ, người dân đến làm thủ tục phải chờ đợi lâu.', field: 'can-bo', village: 'sg-1', source: 'mttq', name: null },
  { text: 'Cán bộ địa chính gây khó khăn khi người dân làm hồ sơ chuyển nhượng đất, đề nghị xã chấn chỉnh.', field: 'can-bo', village: 'sg-4', source: 'citizen-online', name: null },
  { text: 'Thủ tục chứng thực, đăng ký khai sinh còn rườm rà, đề nghị xã thực hiện dịch vụ công trực tuyến thuận tiện hơn.', field: 'chinh-quyen', village: 'sg-2', source: 'doan-the', name: null },
  { text: 'Đề nghị UBND xã công khai các khoản thu, chi ngân sách và các khoản đóng góp của nhân dân.', field: 'chinh-quyen', village: 'sg-3', source: 'mttq', name: null },
  { text: 'Việc sáp nhập thôn đã lâu nhưng con dấu, hồ sơ hành chính của thôn mới chưa được chuyển đổi, đề nghị UBND xã hướng dẫn.', field: 'chinh-quyen', village: 'sg-6', source: 'village', name: null },
  { text: 'Đề nghị xã chỉ đạo quyết liệt việc triển khai quy hoạch khu dân cư mới, hiện nay chậm triển khai nhiều năm.', field: 'lanh-dao', village: 'sg-1', source: 'official-report', name: null },
  { text: 'Các kết luận tại hội nghị đối thoại năm trước còn nhiều nội dung chưa được thực hiện, đề nghị lãnh đạo xã chỉ đạo giải quyết dứt điểm.', field: 'lanh-dao', village: 'sg-4', source: 'mttq', name: null },
  { text: 'Đề nghị Đảng ủy quan tâm công tác phát triển đảng viên trẻ ở các chi bộ thôn, nhiều chi bộ lâu không kết nạp được đảng viên mới.', field: 'xay-dung-dang', village: 'sg-5', source: 'official-report', name: null },
  { text: 'Sinh hoạt chi bộ thôn còn hình thức, nội dung chưa thiết thực, đề nghị Đảng ủy hướng dẫn đổi mới.', field: 'xay-dung-dang', village: 'sg-2', source: 'village', name: 'Trần Văn Quang' },
  { text: 'Đề nghị trao huy hiệu Đảng kịp thời cho các đảng viên đủ tuổi đảng.', field: 'xay-dung-dang', village: 'sg-3', source: 'village', name: null },
  { text: 'Kinh phí hoạt động của Hội Nông dân, Hội Phụ nữ ở thôn quá thấp, đề nghị xã hỗ trợ thêm cho các chi hội.', field: 'mttq-doan-the', village: 'sg-1', source: 'doan-the', name: null },
  { text: 'Đề nghị Ủy ban MTTQ xã công khai việc sử dụng quỹ Vì người nghèo và danh sách hộ được hỗ trợ làm nhà.', field: 'mttq-doan-the', village: 'sg-4', source: 'citizen-online', name: null },
  { text: 'Ban công tác Mặt trận thôn chưa phát huy vai trò giám sát, đề nghị MTTQ xã củng cố.', field: 'mttq-doan-the', village: 'sg-6', source: 'mttq', name: null },
  { text: 'Đề nghị ngân hàng chính sách tạo điều kiện cho hộ nghèo, hộ mới thoát nghèo vay vốn phát triển sản xuất với thủ tục đơn giản.', field: 'kinh-te', village: 'sg-5', source: 'doan-the', name: null },
  { text: 'Chợ xã xuống cấp, tiểu thương buôn bán lấn chiếm lòng đường, đề nghị xã quy hoạch, nâng cấp chợ.', field: 'kinh-te', village: 'sg-2', source: 'mttq', name: null },
  { text: 'Giá điện sinh hoạt tăng cao, hóa đơn tiền điện tháng nóng bất thường, đề nghị điện lực kiểm tra công tơ.', field: 'kinh-te', village: 'sg-3', source: 'citizen-online', name: null },
  { text: 'Đề nghị xã có chính sách thu hút doanh nghiệp, phát triển làng nghề để tạo việc làm cho lao động địa phương.', field: 'kinh-te', village: 'sg-6', source: 'doan-the', name: null },
  { text: 'Đề nghị bố trí đèn chiếu sáng công cộng trên tuyến đường trục thôn Trung Thủy.', field: 'khac', village: 'sg-3', source: 'village', name: null },
  { text: 'Loa truyền thanh của thôn bị hỏng đã lâu, người dân không nghe được thông tin, đề nghị sửa chữa.', field: 'van-hoa-xa-hoi', village: 'sg-5', source: 'village', name: null },
];
